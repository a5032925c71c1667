-- The Cabinet Office holiday list as the system admin uploaded it (the newest row wins on every node), and the
-- transactional mail outbox: a mail is a row written in the transaction of the change it reports.
create table holiday_list (
    id bigint primary key,
    version bigint not null,
    uploaded_at timestamp not null,
    uploaded_by varchar(100) not null,
    file_name varchar(255) not null,
    first_year integer not null,
    last_year integer not null,
    content varchar(1000000) not null
);

create table mail_outbox (
    id bigint primary key,
    version bigint not null,
    kind varchar(40) not null,
    recipient varchar(254) not null,
    subject varchar(300) not null,
    body varchar(20000) not null,
    status varchar(10) not null,
    created_at timestamp not null,
    attempts integer not null,
    next_attempt_at timestamp not null,
    claimed_until timestamp,
    sent_at timestamp,
    last_error varchar(1000),
    constraint ck_mail_outbox_status check (status in ('QUEUED', 'SENDING', 'SENT', 'FAILED'))
);
create index ix_mail_outbox_due on mail_outbox (status, next_attempt_at);
create index ix_mail_outbox_created on mail_outbox (created_at);

-- Duties done once per cluster (the mail sender, timers): whoever holds the lease does it until it runs out.
create table cluster_duty (
    name varchar(60) primary key,
    holder varchar(200),
    lease_until timestamp not null
);
insert into cluster_duty (name, holder, lease_until) values ('mail-outbox', null, timestamp '2000-01-01 00:00:00');
