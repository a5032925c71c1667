/**
 * The steps of the two survey-ingestion jobs ({@code META-INF/batch-jobs}): a streaming CSV reader whose
 * checkpoint is the number of records read, a processor that applies the row checks and turns a refused row into
 * a skip, a writer that upserts a chunk in JDBC batches (nothing in a dry run), the listener that records each
 * refused row, the counts of the step saved at every checkpoint in the chunk's transaction ({@code LoadProgress}), and
 * the final step that writes the reject report and the summary.
 */
package jp.sosportal.batch.job;
