package jp.sosportal.notice.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jp.sosportal.notice.entity.Faq;
import jp.sosportal.notice.entity.Manual;
import jp.sosportal.notice.entity.Notice;
import jp.sosportal.notice.entity.Publication;
import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.Labels;

/**
 * What an お知らせ, a FAQ entry or a manual must hold before it is saved: a title (or question and answer) within its
 * column, a first day of publication, a last day not before it, and for a manual either an http(s) link or a PDF
 * within the size limit that really is a PDF (its first bytes, not its name). Fields are named as the pages name
 * their inputs: title, body, from, until, sortOrder, linkUrl, file.
 */
public final class PublicationValidation {

    /** Every PDF starts with these bytes (ISO 32000-1 §7.5.2); a renamed Word or HTML file does not. */
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_ORDER = 9999;

    private PublicationValidation() {
    }

    public static List<FieldError> notice(NoticeInput input) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "title", input.title(), true, Notice.TITLE_LENGTH);
        text(errors, "body", input.body(), false, Notice.BODY_LENGTH);
        errors.addAll(publication(input.publication()));
        return errors;
    }

    public static List<FieldError> faq(NoticeInput input) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "title", input.title(), true, Faq.QUESTION_LENGTH);
        text(errors, "body", input.body(), true, Faq.ANSWER_LENGTH);
        errors.addAll(publication(input.publication()));
        return errors;
    }

    /** @param hasStoredFile an edit of a manual whose PDF is kept when no new one is given */
    public static List<FieldError> manual(ManualInput input, boolean hasStoredFile, long maxBytes) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "title", input.title(), true, Manual.TITLE_LENGTH);
        errors.addAll(publication(input.publication()));
        if (input.isLink()) {
            link(errors, input.linkUrl().strip());
        } else if (input.hasNewFile()) {
            pdf(errors, input, maxBytes);
        } else if (!hasStoredFile) {
            errors.add(new FieldError("file", Labels.text("notice.manual.fileOrLink")));
        }
        return errors;
    }

    public static List<FieldError> publication(PublicationInput publication) {
        List<FieldError> errors = new ArrayList<>();
        if (publication.from() == null) {
            errors.add(new FieldError("from", Labels.text("error.required")));
        } else if (publication.until() != null && publication.until().isBefore(publication.from())) {
            errors.add(new FieldError("until", Labels.text("notice.untilBeforeFrom")));
        }
        Integer order = publication.sortOrder();
        if (order != null && (order < 0 || order > MAX_ORDER)) {
            errors.add(new FieldError("sortOrder", Labels.text("notice.sortOrder.range", MAX_ORDER)));
        }
        return errors;
    }

    /** The publication to store; call only when {@link #publication} found nothing. */
    public static Publication toPublication(PublicationInput input) {
        return new Publication(input.from(), input.until(),
                input.sortOrder() == null ? Publication.DEFAULT_ORDER : input.sortOrder());
    }

    public static boolean isPdf(byte[] content) {
        return content != null && content.length >= PDF_MAGIC.length
                && Arrays.equals(content, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length);
    }

    /** Text without surrounding blanks, null when nothing is left. */
    public static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void pdf(List<FieldError> errors, ManualInput input, long maxBytes) {
        if (input.content().length > maxBytes) {
            errors.add(new FieldError("file", Labels.text("notice.manual.tooLarge", maxBytes / (1024 * 1024))));
        } else if (!isPdf(input.content())) {
            errors.add(new FieldError("file", Labels.text("notice.manual.notPdf")));
        }
        String name = input.fileName();
        if (name == null || name.isBlank() || name.length() > Manual.FILE_NAME_LENGTH) {
            errors.add(new FieldError("file", Labels.text("notice.manual.badName", Manual.FILE_NAME_LENGTH)));
        }
    }

    private static void link(List<FieldError> errors, String url) {
        if (url.length() > Manual.URL_LENGTH) {
            errors.add(new FieldError("linkUrl", Labels.text("error.tooLong", Manual.URL_LENGTH)));
            return;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                errors.add(new FieldError("linkUrl", Labels.text("notice.manual.badLink")));
            }
        } catch (URISyntaxException e) {
            errors.add(new FieldError("linkUrl", Labels.text("notice.manual.badLink")));
        }
    }

    private static void text(List<FieldError> errors, String field, String value, boolean required, int length) {
        String text = stripped(value);
        if (text == null) {
            if (required) {
                errors.add(new FieldError(field, Labels.text("error.required")));
            }
        } else if (text.length() > length) {
            errors.add(new FieldError(field, Labels.text("error.tooLong", length)));
        }
    }
}
