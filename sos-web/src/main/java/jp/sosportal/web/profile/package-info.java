/**
 * 「ユーザ基礎情報登録」 and the first login (SPEC.md §6.3): staff confirm 担当者名 and メールアドレス before anything
 * else, and may correct them later from the home page. 「パスワード変更」 for every user (forced while someone else's
 * password is set), and the page that confirms a new mail address from the link mailed to it.
 */
package jp.sosportal.web.profile;
