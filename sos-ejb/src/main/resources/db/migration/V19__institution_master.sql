-- Issue 19: the system admin keeps the 医療機関マスタ from pages and CSV files. An institution gets its address and
-- an active flag: a deactivated institution keeps its requests, surveys and accounts (history stays) but its staff
-- cannot log in and it cannot be chosen (e.g. as a member of a とりまとめ団体). Nothing is ever deleted.
alter table institution add column address varchar(300);
alter table institution add column active boolean default true not null;

-- Nobody is their own とりまとめ団体 (that an aggregator is no member of another is checked by the application,
-- across rows, on the page and in the import).
alter table institution add constraint ck_institution_not_own_aggregator
    check (aggregator_id is null or aggregator_id <> id);

-- The admin's table filters and the aggregator's member list over 50,000+ institutions.
create index ix_institution_aggregator on institution (aggregator_id);
create index ix_institution_type on institution (type, active);

-- A master CSV being imported, row by row as the check step accepted them: the apply step merges them into
-- institution in one transaction (all or nothing), and the rows go when the job ends.
create table institution_import (
    job_instance_id bigint not null,
    line_no bigint not null,
    code varchar(10) not null,
    name varchar(200) not null,
    type varchar(20) not null,
    prefecture_code varchar(2) not null,
    phone varchar(20),
    address varchar(300),
    aggregator_code varchar(10),
    active boolean not null,
    primary key (job_instance_id, code)
);
