-- Issue 19 (administration without SQL): what the system admin's pages need of accounts, announcements, the FAQ
-- and the manuals.
-- Accounts: the time of the last successful login (the accounts table shows and sorts it), set at each login
-- without touching the row's version (a remembered HTTP Basic credential is checked again only when the version
-- moves); the role is filtered and counted on the admin's pages.
alter table user_account add column last_login_at timestamp;
create index ix_user_account_role on user_account (role, username);

-- お知らせ and よくあるご質問 share one publication: shown from published_from to published_until (inclusive, open
-- when null), in sort_order (smaller first). The existing FAQ entries stay published as they were.
alter table notice add column sort_order integer default 100 not null;
alter table faq add column published_from date default DATE '2021-01-14' not null;
alter table faq add column published_until date;

-- 医療機関用マニュアル: a link, or an uploaded PDF kept in the database (manual_file, read only when served) so
-- that every node of a cluster serves it and the database's backup keeps it; the batch directory's files are
-- deleted after SOS_BATCH_RETENTION_DAYS and live on one node's disk.
create table manual (
    id bigint primary key,
    version bigint not null,
    title varchar(200) not null,
    sort_order integer not null,
    published_from date not null,
    published_until date,
    link_url varchar(1000),
    file_name varchar(255),
    file_size bigint,
    constraint ck_manual_link_or_file check ((link_url is not null and file_name is null)
        or (link_url is null and file_name is not null and file_size is not null))
);
create index ix_manual_published on manual (published_from);

create table manual_file (
    manual_id bigint primary key references manual (id) on delete cascade,
    content bytea not null
);
