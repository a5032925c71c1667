package jp.sosportal.web.admin;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;

import jp.sosportal.notice.control.ManualInput;
import jp.sosportal.notice.control.NoticeInput;
import jp.sosportal.notice.control.PublicationInput;
import jp.sosportal.notice.entity.Manual;
import jp.sosportal.notice.entity.Publication;
import jp.sosportal.web.platform.ChosenFile;

/**
 * The editor of an お知らせ, a FAQ entry (question as title, answer as body) or a manual (title; a link or a PDF):
 * a new entry (no id) or the one being changed with the version it was read at, and its publication (公開開始日,
 * 公開終了日, 表示順).
 */
public class PublicationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String title;
    private String body;
    private LocalDate from;
    private LocalDate until;
    private Integer sortOrder = Publication.DEFAULT_ORDER;
    private boolean link;
    private String linkUrl;
    private String storedFileName;
    /** A manual's new PDF, when one is chosen. */
    private final ChosenFile file = new ChosenFile();

    /** A new entry, published from today. */
    static PublicationForm startingOn(LocalDate today) {
        PublicationForm form = new PublicationForm();
        form.from = today;
        return form;
    }

    static PublicationForm of(long id, long version, String title, String body, Publication publication) {
        PublicationForm form = new PublicationForm();
        form.id = id;
        form.version = version;
        form.title = title;
        form.body = body;
        form.from = publication.getPublishedFrom();
        form.until = publication.getPublishedUntil();
        form.sortOrder = publication.getSortOrder();
        return form;
    }

    /** A manual: a link, or a PDF already stored. */
    static PublicationForm of(Manual manual) {
        PublicationForm form = of(manual.getId(), manual.getVersion(), manual.getTitle(), null, manual.getPublication());
        form.link = !manual.isFile();
        form.linkUrl = manual.getLinkUrl();
        form.storedFileName = manual.getFileName();
        return form;
    }

    PublicationInput publication() {
        return new PublicationInput(from, until, sortOrder);
    }

    NoticeInput toNotice() {
        return new NoticeInput(title, body, publication());
    }

    /**
     * A link keeps no file; a PDF manual sends a new file, or none to keep the stored one. A file above
     * {@code maxBytes} is refused with the words {@code tooLarge} before its bytes are read.
     */
    ManualInput toManual(long maxBytes, String tooLarge) throws IOException {
        boolean newFile = !link && file.isChosen();
        return new ManualInput(title, publication(), link ? linkUrl : null, newFile ? file.name() : null,
                newFile ? file.readUpTo(maxBytes, tooLarge) : null);
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    public boolean isNewEntry() {
        return id == null;
    }

    public String getStoredFileName() {
        return storedFileName;
    }

    public ChosenFile getFile() {
        return file;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isLink() {
        return link;
    }

    public void setLink(boolean link) {
        this.link = link;
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public void setLinkUrl(String linkUrl) {
        this.linkUrl = linkUrl;
    }
}
