/**
 * The SOS section of the institution portal (manual 3-1, 3-2; SPEC.md §6.5–§6.9, §9): the list of the
 * institution's 緊急配布要請, the new and edit forms, the detail page with 「事前チェック」 and
 * 「システムチェック&申請」, and the print view. Each bean holds one page's state and asks
 * {@link jp.sosportal.request.boundary.SupplyRequests} for everything; no rule of SPEC.md lives here.
 */
package jp.sosportal.web.sos;
