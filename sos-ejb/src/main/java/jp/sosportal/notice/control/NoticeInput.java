package jp.sosportal.notice.control;

import java.io.Serializable;

/** An お知らせ as the admin typed it (title and body), or a FAQ entry (question and answer). */
public record NoticeInput(String title, String body, PublicationInput publication) implements Serializable {
}
