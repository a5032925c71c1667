-- SOS portal schema. The same script runs on PostgreSQL and on H2 in PostgreSQL mode: standard types only.
create sequence sos_seq start with 1000 increment by 50;

create table prefecture (
    code varchar(2) primary key,
    name varchar(10) not null
);

create table institution (
    id bigint primary key,
    version bigint not null,
    code varchar(10) not null unique,
    name varchar(200) not null,
    type varchar(20) not null,
    prefecture_code varchar(2) not null references prefecture (code),
    phone varchar(20),
    aggregator_id bigint references institution (id)
);
create index ix_institution_prefecture on institution (prefecture_code, type);
create index ix_institution_name on institution (name);

create table user_account (
    id bigint primary key,
    version bigint not null,
    username varchar(64) not null unique,
    password_hash varchar(255) not null,
    role varchar(20) not null,
    institution_id bigint references institution (id),
    prefecture_code varchar(2) references prefecture (code),
    contact_name varchar(100),
    mail varchar(254),
    enabled boolean not null,
    profile_confirmed boolean not null
);
create index ix_user_account_institution on user_account (institution_id);

create table supply_item (
    code varchar(30) primary key,
    item_no integer not null unique,
    name varchar(60) not null,
    n95_rule boolean not null
);

create table daily_survey (
    id bigint primary key,
    version bigint not null,
    institution_id bigint not null references institution (id),
    survey_date date not null,
    antigen_quantitative_tests integer not null check (antigen_quantitative_tests >= 0),
    antigen_qualitative_tests integer not null check (antigen_qualitative_tests >= 0),
    inpatients integer not null check (inpatients >= 0),
    acceptable_beds integer not null check (acceptable_beds >= 0),
    testing_institution boolean not null,
    pcr_available boolean not null,
    answered_at timestamp not null,
    answered_by varchar(64) not null,
    constraint uq_daily_survey unique (institution_id, survey_date)
);

create table weekly_survey (
    id bigint primary key,
    version bigint not null,
    institution_id bigint not null references institution (id),
    survey_date date not null,
    answered_at timestamp not null,
    answered_by varchar(64) not null,
    constraint uq_weekly_survey unique (institution_id, survey_date)
);

create table weekly_survey_item (
    weekly_survey_id bigint not null references weekly_survey (id),
    item_code varchar(30) not null references supply_item (code),
    outlook varchar(30) not null,
    stock integer not null check (stock >= 0),
    weekly_use integer not null check (weekly_use >= 0),
    planned_purchase integer not null check (planned_purchase >= 0),
    primary key (weekly_survey_id, item_code)
);

create table survey_revision (
    id bigint primary key,
    version bigint not null,
    institution_id bigint not null references institution (id),
    kind varchar(10) not null,
    survey_date date not null,
    previous_values varchar(4000) not null,
    previously_answered_at timestamp not null,
    previously_answered_by varchar(64) not null,
    replaced_at timestamp not null,
    replaced_by varchar(64) not null
);
create index ix_survey_revision on survey_revision (institution_id, kind, survey_date);

create table supply_request (
    id bigint primary key,
    version bigint not null,
    institution_id bigint not null references institution (id),
    title varchar(300) not null,
    created_at timestamp not null,
    status varchar(20) not null,
    conditions_confirmed boolean not null,
    n95_conditions_confirmed boolean not null,
    request_comment varchar(1000),
    content_revision integer not null,
    submitted_revision integer not null,
    submitted_at timestamp,
    handling_date date,
    checked_at timestamp,
    prefecture_confirmed_at timestamp,
    prefecture_confirmed_by varchar(64)
);
create index ix_request_institution on supply_request (institution_id, created_at);
create index ix_request_status_handling on supply_request (status, handling_date);

create table supply_request_item (
    request_id bigint not null references supply_request (id),
    position integer not null,
    item_code varchar(30) not null references supply_item (code)
);
-- No key on (request_id, position): EclipseLink may insert a changed list's rows before deleting the old ones.
create index ix_request_item_request on supply_request_item (request_id);
create index ix_request_item_code on supply_request_item (item_code);

create table request_check (
    request_id bigint not null references supply_request (id),
    position integer not null,
    condition_id varchar(20) not null,
    item_code varchar(30),
    passed boolean not null,
    message varchar(1000) not null,
    survey varchar(10),
    survey_date date,
    field varchar(200),
    field_value varchar(200)
);
create index ix_request_check_request on request_check (request_id);

create table status_change (
    id bigint primary key,
    request_id bigint not null references supply_request (id),
    changed_at timestamp not null,
    actor varchar(64) not null,
    from_status varchar(20),
    to_status varchar(20) not null,
    reason varchar(1000)
);
create index ix_status_change_request on status_change (request_id, changed_at);
