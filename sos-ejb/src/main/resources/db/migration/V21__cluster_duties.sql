-- Issue 16 (a cluster of nodes): the open data are computed by one node per refresh period and served by every
-- node from these tables, so N nodes cost the database one aggregation per period, and all answer the same ETag.
create table open_data_snapshot (
    row_no integer primary key, -- the aggregation's order: day, prefecture, item number
    report_date date not null, -- not "day": a keyword of the H2 the EAR test domain runs
    prefecture_code varchar(2) not null,
    prefecture_name varchar(20) not null,
    item_code varchar(40) not null,
    item_name varchar(100) not null,
    accepted_requests bigint not null,
    approved_quantity bigint not null,
    distributed_quantity bigint not null
);
-- The one snapshot's moment and ETag (one row; none until the first refresh).
create table open_data_refresh (
    id integer primary key,
    computed_at timestamp not null,
    computed_by varchar(200) not null,
    etag varchar(40) not null
);

-- The duties of the cluster's nodes: whoever takes the row's lease does the work (ClusterDuties).
insert into cluster_duty (name, holder, lease_until) values ('open-data', null, timestamp '2000-01-01 00:00:00');
-- Start-up writes (demo data, the first admin) one node at a time (DatabaseMigration).
insert into cluster_duty (name, holder, lease_until) values ('startup', null, timestamp '2000-01-01 00:00:00');
