/**
 * 日次調査 and 週次調査 answers: one answer per institution and date, replaced by answering again with the
 * previous values kept as a revision; the PPE item master. The eligibility check reads the latest answers.
 */
package jp.sosportal.survey;
