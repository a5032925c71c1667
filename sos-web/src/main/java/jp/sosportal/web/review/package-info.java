/**
 * 要請の確認, the reviewers' workspace: the lazy table of the requests a prefecture or national reviewer reaches,
 * with filters and chosen columns kept for the session, several sort keys, CSV/XLSX exports of the same rows, the
 * dashboard's charts, and a request's review page with the frozen evidence of its check and the review moves
 * (prefecture confirmation, national acceptance, sending back).
 */
package jp.sosportal.web.review;
