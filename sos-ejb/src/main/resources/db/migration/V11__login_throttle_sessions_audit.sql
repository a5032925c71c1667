-- Issue 13 (ASVS 2.2.1, 3.3, 7.1): failed logins and reset requests counted in the database so that every node of
-- a cluster and a restarted node see them; a per-account session epoch that ends every session of the account;
-- the audit trail.
create table auth_attempt (
    id bigint primary key,
    version bigint not null,
    kind varchar(20) not null,
    username varchar(64) not null,
    address varchar(64) not null,
    at timestamp not null
);
create index ix_auth_attempt_address on auth_attempt (kind, address, at);
create index ix_auth_attempt_username on auth_attempt (kind, username, at);

alter table user_account add column session_epoch bigint default 0 not null;

create table audit_event (
    id bigint primary key,
    version bigint not null,
    at timestamp not null,
    kind varchar(40) not null,
    actor varchar(64),
    subject varchar(200),
    address varchar(64),
    detail varchar(1000)
);
create index ix_audit_event_at on audit_event (at);
create index ix_audit_event_actor on audit_event (actor, at);
create index ix_audit_event_kind on audit_event (kind, at);
