/**
 * Reading survey CSV files, with no container in it: the file checks made before anything is loaded (encoding,
 * binary content, over-long lines, every record readable as CSV, the header), the parsing of one record into a
 * survey row with the reasons its cells were refused, and the reading thread that parses ahead of the step. The
 * survey rules themselves stay in {@code jp.sosportal.survey.control}.
 */
package jp.sosportal.batch.control;
