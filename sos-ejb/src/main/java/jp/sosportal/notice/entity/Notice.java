package jp.sosportal.notice.entity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import jp.sosportal.platform.BaseEntity;

/**
 * An お知らせ: shown while its {@link Publication} says so, in its order and then newest first. Title and body are
 * plain text (pages escape them like any other text).
 */
@Entity
@Table(name = "notice")
@NamedQuery(name = Notice.PUBLISHED, query = "select n from Notice n where n.publication.publishedFrom <= :today"
        + " and (n.publication.publishedUntil is null or n.publication.publishedUntil >= :today)"
        + " order by n.publication.sortOrder, n.publication.publishedFrom desc, n.id desc")
@NamedQuery(name = Notice.ALL, query = "select n from Notice n"
        + " order by n.publication.sortOrder, n.publication.publishedFrom desc, n.id desc")
public class Notice extends BaseEntity {

    public static final String PUBLISHED = "Notice.published";
    public static final String ALL = "Notice.all";
    public static final int TITLE_LENGTH = 200;
    public static final int BODY_LENGTH = 4000;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(length = BODY_LENGTH)
    private String body;

    @Embedded
    private Publication publication;

    protected Notice() {
    }

    public Notice(String title, String body, Publication publication) {
        change(title, body, publication);
    }

    public final void change(String title, String body, Publication publication) {
        this.title = title;
        this.body = body;
        this.publication = publication;
    }

    /** 新着情報: published within the last week. */
    public boolean isNewAsOf(LocalDate today) {
        return !getPublishedFrom().isBefore(today.minusDays(7));
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Publication getPublication() {
        return publication;
    }

    public LocalDate getPublishedFrom() {
        return publication.getPublishedFrom();
    }
}
