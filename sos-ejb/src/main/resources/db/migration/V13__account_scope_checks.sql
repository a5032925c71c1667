-- Issue 13 (ASVS 4.1.5, fail closed): an account's role decides what it is tied to, so that no account can reach
-- more than its role says through a missing link. Staff belong to exactly one institution; a prefecture reviewer
-- to exactly one prefecture; the national reviewer and the administrators to neither.
alter table user_account add constraint ck_user_account_role
    check (role in ('STAFF', 'PREFECTURE', 'NATIONAL', 'BATCH_ADMIN', 'SYSTEM_ADMIN'));
alter table user_account add constraint ck_user_account_scope check (
    (role = 'STAFF' and institution_id is not null and prefecture_code is null)
    or (role = 'PREFECTURE' and institution_id is null and prefecture_code is not null)
    or (role in ('NATIONAL', 'BATCH_ADMIN', 'SYSTEM_ADMIN') and institution_id is null and prefecture_code is null));
