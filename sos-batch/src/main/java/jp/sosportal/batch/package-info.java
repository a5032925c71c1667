/**
 * Survey ingestion with Jakarta Batch: daily and weekly survey CSV files (UTF-8 or Shift_JIS) are read, each row
 * is validated by the survey component's rules, good rows are written through its boundary and bad rows go to a
 * reject report naming file, line and reason. Jobs are started and queried only through {@link
 * jp.sosportal.batch.BatchJobs}, because the batch runtime ties a job to the module that started it. Runs that
 * died with their server are marked as interrupted when their node starts again ({@link
 * jp.sosportal.batch.Interruptions}), so that they can be restarted.
 */
package jp.sosportal.batch;
