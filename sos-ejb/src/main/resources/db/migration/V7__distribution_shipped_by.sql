-- Issue 8: who marked a distribution 発送済 and when, so the institution's timeline says who and when for every step.
alter table distribution add column shipped_at timestamp;
alter table distribution add column shipped_by varchar(64);
