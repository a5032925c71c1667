/**
 * The survey upload pages: batch admins (/batch/) upload a daily or weekly survey CSV, see a dry run's counts and
 * first rejects, start the load, watch the executions, stop, restart and download reject reports; とりまとめ団体
 * staff (/survey/upload.xhtml) upload for their members and see their own runs. All through {@code BatchJobs}.
 */
package jp.sosportal.web.batch;
