-- Status mails (issue 15): the kinds of mail each user turned off, and the once-a-day reviewer digest's duty row.
alter table user_account add column mail_opt_out varchar(200) default '' not null;
insert into cluster_duty (name, holder, lease_until) values ('reviewer-digest', null, timestamp '2000-01-01 00:00:00');
