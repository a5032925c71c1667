-- Password reset by mail (SPEC.md §6.2) and the announcements, FAQ of the login page (§6.1).
create table password_reset_token (
    id bigint primary key,
    version bigint not null,
    account_id bigint not null references user_account (id),
    token_hash varchar(64) not null unique,
    created_at timestamp not null,
    expires_at timestamp not null,
    used_at timestamp
);
create index ix_password_reset_account on password_reset_token (account_id);

create table notice (
    id bigint primary key,
    version bigint not null,
    title varchar(200) not null,
    body varchar(4000),
    published_from date not null,
    published_until date
);
create index ix_notice_published on notice (published_from);

create table faq (
    id bigint primary key,
    version bigint not null,
    sort_order integer not null,
    question varchar(500) not null,
    answer varchar(4000) not null
);

insert into notice (id, version, title, body, published_from) values
    (1, 0, '緊急配布要請(SOS)の受付を開始しました',
     '欠品等により自ら調達できない医療機関は、日次調査・週次調査にご回答のうえ、緊急配布要請を登録してください。当日13:00までに登録された要請は当日、13:00以降は翌営業日に対応します。', DATE '2021-01-14'),
    (2, 0, '緊急配布(SOS)要請 = 配布ではありません',
     '要請の内容は都道府県・国で確認し、追ってご連絡いたします。要請をもって配布が確定するものではありません。', DATE '2021-01-14');

insert into faq (id, version, sort_order, question, answer) values
    (1, 0, 1, '毎日回答する必要がありますか？',
     '毎日の回答が必要というわけではございません。貴院での必要に応じて都度ご登録をお願い申し上げます。'),
    (2, 0, 2, '「エラー有り」と表示されました。',
     '要請の詳細画面に、満たさなかった条件と、その根拠となった調査の項目・値・回答日が表示されます。調査に回答し直すか、要請を編集して「システムチェック&申請」をやり直してください。'),
    (3, 0, 3, '13:00を過ぎて申請した場合はどうなりますか？',
     '13:00以降に申請された要請は、翌営業日(土日祝日・12/29～1/3を除く)の対応となります。要請の一覧・詳細に対応予定日が表示されます。'),
    (4, 0, 4, 'N95マスクを要請できるのはどの医療機関ですか？',
     '新型コロナウイルス感染患者の入院を受け入れ、気管挿管・抜管等のエアロゾルが発生する処置を行う可能性がある病院です。');
