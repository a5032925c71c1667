-- Issue 13 (ASVS 2.5.4, 2.1, 3.7.1): accounts that must set their own password before anything else (the first
-- system admin), accounts that still have the published demo password, and mail changes waiting for the new
-- address to confirm them.
alter table user_account add column must_change_password boolean default false not null;
alter table user_account add column demo_password boolean default false not null;

-- Databases seeded before this migration: DemoData gave every demo account one and the same hash (one salt), so a
-- hash that two of the demo accounts still share is the demo password's; an account whose password was changed
-- has a hash of its own.
update user_account set demo_password = true
 where username in ('hospital', 'hospital2', 'clinic', 'clinic2', 'testcenter', 'aggregator', 'osaka-hospital',
                    'osaka-hospital2', 'osaka-clinic', 'osaka-testcenter', 'osaka-aggregator', 'pref-tokyo',
                    'pref-osaka', 'national', 'batch', 'admin')
   and password_hash in (select password_hash from user_account group by password_hash having count(*) > 1);

create table mail_change_token (
    id bigint primary key,
    version bigint not null,
    account_id bigint not null references user_account (id),
    new_mail varchar(254) not null,
    token_hash varchar(64) not null unique,
    created_at timestamp not null,
    expires_at timestamp not null,
    used_at timestamp
);
create index ix_mail_change_account on mail_change_token (account_id);
