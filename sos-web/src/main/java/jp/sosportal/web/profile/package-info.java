/**
 * 「ユーザ基礎情報登録」 and the first login (SPEC.md §6.3): staff confirm 担当者名 and メールアドレス before anything
 * else, and may correct them later from the home page.
 */
package jp.sosportal.web.profile;
