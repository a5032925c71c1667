/** The pages' view of お知らせ, よくあるご質問 and the help desk: the login page's side panel and the help pages. */
package jp.sosportal.web.notice;
