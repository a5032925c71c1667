package jp.sosportal.notice.entity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import jp.sosportal.platform.BaseEntity;

/** An お知らせ: shown from its publication date (and until its end date, if any), newest first. */
@Entity
@Table(name = "notice")
@NamedQuery(name = Notice.PUBLISHED, query = "select n from Notice n where n.publishedFrom <= :today"
        + " and (n.publishedUntil is null or n.publishedUntil >= :today) order by n.publishedFrom desc, n.id desc")
public class Notice extends BaseEntity {

    public static final String PUBLISHED = "Notice.published";

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String body;

    /** 公開開始日. */
    @Column(name = "published_from", nullable = false)
    private LocalDate publishedFrom;

    @Column(name = "published_until")
    private LocalDate publishedUntil;

    protected Notice() {
    }

    /** 新着情報: published within the last week. */
    public boolean isNewAsOf(LocalDate today) {
        return !publishedFrom.isBefore(today.minusDays(7));
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public LocalDate getPublishedFrom() {
        return publishedFrom;
    }
}
