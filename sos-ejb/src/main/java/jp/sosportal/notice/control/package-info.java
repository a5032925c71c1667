/**
 * What the system admin's pages give for お知らせ, FAQ entries and manuals, and the rules they must meet before
 * they are saved (plain Java, tested without a container): titles within their columns, a publication period that
 * does not end before it starts, links that are http(s), and PDFs that are PDFs within the size limit.
 */
package jp.sosportal.notice.control;
