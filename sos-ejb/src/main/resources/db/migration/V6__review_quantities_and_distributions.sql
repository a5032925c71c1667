-- Issue 8: what the prefecture approves per item, and what the nation distributes against an accepted request.

-- 承認数量: written when the prefecture confirms (one row per requested item), read by the nation and open data.
create table request_approval (
    request_id bigint not null references supply_request (id),
    item_code varchar(30) not null references supply_item (code),
    quantity integer not null check (quantity >= 0),
    primary key (request_id, item_code)
);

-- 配布: per accepted request and item, planned (配布予定) → shipped (発送済) → received (受領) by the institution.
create table distribution (
    id bigint primary key,
    version bigint not null,
    request_id bigint not null references supply_request (id),
    item_code varchar(30) not null references supply_item (code),
    quantity integer not null check (quantity > 0),
    planned_date date not null,
    shipped_date date,
    received_at timestamp,
    received_by varchar(64),
    recorded_at timestamp not null,
    recorded_by varchar(64) not null
);
create index ix_distribution_request on distribution (request_id);
create index ix_distribution_planned on distribution (planned_date, item_code);
