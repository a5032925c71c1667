-- Survey ingestion (sos-batch): the reject report of each job instance, kept across its restarts. The job
-- executions themselves are in the batch runtime's own repository (the same data source).
create table batch_reject (
    id bigint primary key,
    job_instance_id bigint not null,
    file_name varchar(255) not null,
    line_no bigint not null,
    column_name varchar(200),
    cell_value varchar(200),
    reason varchar(1000) not null
);
create index ix_batch_reject on batch_reject (job_instance_id, line_no);
