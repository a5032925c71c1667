/**
 * The 日次調査 and 週次調査 forms (SPEC.md §3, §4, §6.10, §9): what the eligibility check reads. Each bean holds one
 * form and hands it to {@link jp.sosportal.survey.boundary.Surveys}, whose refusals appear next to the fields;
 * the weekly form starts from the previous answer on request (「前回と同じ」) and shows days-on-hand as it is typed.
 */
package jp.sosportal.web.survey;
