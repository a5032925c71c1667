-- Survey ingestion (sos-batch, issue 20): the load step's counts of each job execution as of its last checkpoint,
-- written in the chunk's own transaction, so they never show a row that is not committed and a rolled-back chunk
-- counts nothing. records: the data rows of the file, counted by the whole-file check before the first row.
-- read_at_start, loading_since: where and when this execution began loading (a restart begins at the checkpoint of
-- the execution before), for its rows per second; checkpoint_at: when the counts were last committed.
create table batch_progress (
    job_execution_id bigint primary key,
    job_instance_id bigint not null,
    records bigint not null,
    read_count bigint not null,
    written_count bigint not null,
    rejected_count bigint not null,
    read_at_start bigint not null,
    loading_since timestamp not null,
    checkpoint_at timestamp not null
);
