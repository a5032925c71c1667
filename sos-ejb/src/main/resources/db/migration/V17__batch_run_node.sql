-- Which node runs which batch job execution (issue 14, "the server dies mid-batch"). A row is written when a job
-- execution starts on a node and deleted when it ends; a row left behind by a node that is starting again names an
-- execution that died with that node's previous JVM, which the node then marks as interrupted in the job
-- repository. Other nodes' rows are never touched: in a cluster they may be running their jobs right now.
create table batch_run_node (
    execution_id bigint primary key,
    node varchar(200) not null,
    started_at timestamp not null
);
create index ix_batch_run_node on batch_run_node (node);
