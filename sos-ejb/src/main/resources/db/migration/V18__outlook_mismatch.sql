-- 「見通しと在庫日数が不一致」: a weekly item answer whose 備蓄見通し contradicts its own days-on-hand
-- (stock × 7 ÷ weekly use, rounded down), and a submitted request whose check saw such an answer for an item it
-- asks for (frozen with the evidence, so reviewers can filter and count). The bands are those of
-- jp.sosportal.survey.control.OutlookBands (≤ 7 days 1週間以内, 8–27 2～3週間, ≥ 28 4週間以上); the application
-- computes the flag on every write, this migration only fills it in for the answers stored before it.
alter table weekly_survey_item add column outlook_mismatch boolean default false not null;

update weekly_survey_item set outlook_mismatch = true
where stock > 0 and weekly_use > 0 and outlook <> case
    when cast(stock as bigint) * 7 / weekly_use <= 7 then 'WITHIN_1_WEEK'
    when cast(stock as bigint) * 7 / weekly_use < 28 then 'TWO_TO_THREE_WEEKS'
    else 'FOUR_WEEKS_OR_MORE' end;

alter table supply_request add column outlook_mismatch boolean default false not null;

-- The batch report also lists such rows, as warnings: loaded, not rejected, so not counted as rejected rows.
alter table batch_reject add column warning boolean default false not null;
