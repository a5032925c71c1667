package jp.sosportal.notice.control;

import java.io.Serializable;

/**
 * A manual as the admin gave it: a title, its publication, and either a link ({@code linkUrl}) or a PDF (its
 * name and bytes; on an edit, no bytes keeps the PDF already stored).
 */
public record ManualInput(String title, PublicationInput publication, String linkUrl, String fileName,
                          byte[] content) implements Serializable {

    public boolean hasNewFile() {
        return content != null && content.length > 0;
    }

    public boolean isLink() {
        return linkUrl != null && !linkUrl.isBlank();
    }
}
