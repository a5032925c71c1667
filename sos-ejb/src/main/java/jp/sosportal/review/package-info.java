/**
 * The reviewers' decisions beyond a single request's status: bulk confirmation and acceptance of many requests at
 * once (each row its own transaction and outcome, through the request aggregate's verbs) and the nation's
 * distributions (配布) of an accepted request, which move 配布予定 → 発送済 → 受領 and only forward. Distributions live
 * here, not in {@code request}, because they are a separate aggregate with its own version and lifecycle that
 * starts where the request's ends (受付完了); the 承認数量 stay on the request, as its confirmation sets and its edit
 * clears them. Bulk confirmation records no 承認数量: the request form carries no requested quantity to approve as
 * is, so quantities are entered (and required) only when a prefecture reviewer confirms one request on its page.
 */
package jp.sosportal.review;
