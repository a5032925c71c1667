-- Issue 8, reviewers' table: its default order (newest first) and the sort by 申請日時 read the first rows of an
-- index instead of sorting 100,000 requests for every page (bench/review; figures in bench/RESULTS.md).
create index ix_request_created on supply_request (created_at desc, id desc);
create index ix_request_submitted on supply_request (submitted_at desc, id desc);
