package jp.sosportal.notice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import jp.sosportal.platform.BaseEntity;

/**
 * A 医療機関用マニュアル: either a link to a page elsewhere or a PDF uploaded by the system admin, whose bytes are a
 * {@link ManualFile} of their own (read only when someone opens it). Shown while its {@link Publication} says so.
 */
@Entity
@Table(name = "manual")
@NamedQuery(name = Manual.PUBLISHED, query = "select m from Manual m where m.publication.publishedFrom <= :today"
        + " and (m.publication.publishedUntil is null or m.publication.publishedUntil >= :today)"
        + " order by m.publication.sortOrder, m.id")
@NamedQuery(name = Manual.ALL, query = "select m from Manual m order by m.publication.sortOrder, m.id")
public class Manual extends BaseEntity {

    public static final String PUBLISHED = "Manual.published";
    public static final String ALL = "Manual.all";
    public static final int TITLE_LENGTH = 200;
    public static final int URL_LENGTH = 1000;
    public static final int FILE_NAME_LENGTH = 255;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Embedded
    private Publication publication;

    @Column(name = "link_url", length = URL_LENGTH)
    private String linkUrl;

    @Column(name = "file_name", length = FILE_NAME_LENGTH)
    private String fileName;

    @Column(name = "file_size")
    private Long fileSize;

    protected Manual() {
    }

    public static Manual link(String title, Publication publication, String url) {
        Manual manual = new Manual();
        manual.change(title, publication);
        manual.linkTo(url);
        return manual;
    }

    public static Manual file(String title, Publication publication, String fileName, long size) {
        Manual manual = new Manual();
        manual.change(title, publication);
        manual.holdFile(fileName, size);
        return manual;
    }

    public final void change(String title, Publication publication) {
        this.title = title;
        this.publication = publication;
    }

    /** From now on a link: the caller removes the PDF's bytes. */
    public final void linkTo(String url) {
        this.linkUrl = url;
        this.fileName = null;
        this.fileSize = null;
    }

    /** From now on a PDF: the caller stores its bytes. */
    public final void holdFile(String name, long size) {
        this.linkUrl = null;
        this.fileName = name;
        this.fileSize = size;
    }

    public boolean isFile() {
        return fileName != null;
    }

    public String getTitle() {
        return title;
    }

    public Publication getPublication() {
        return publication;
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public String getFileName() {
        return fileName;
    }

    public Long getFileSize() {
        return fileSize;
    }
}
