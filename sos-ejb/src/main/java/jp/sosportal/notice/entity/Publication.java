package jp.sosportal.notice.entity;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * When and where an お知らせ, a FAQ entry or a manual is shown: from {@code publishedFrom} to {@code publishedUntil}
 * (both days included, open-ended when null), in {@link #sortOrder} (smaller first). Days are Asia/Tokyo days of
 * the injected clock, so a test moves them with the clock.
 */
@Embeddable
public class Publication implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Where a new entry goes when the admin gives no order: after the ones placed on purpose. */
    public static final int DEFAULT_ORDER = 100;

    /** Where an entry stands on a given day. */
    public enum State { SCHEDULED, PUBLISHED, ENDED }

    @Column(name = "published_from", nullable = false)
    private LocalDate publishedFrom;

    @Column(name = "published_until")
    private LocalDate publishedUntil;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Publication() {
    }

    /** Checked by {@code PublicationValidation} before it gets here: from is given and not after until. */
    public Publication(LocalDate publishedFrom, LocalDate publishedUntil, int sortOrder) {
        this.publishedFrom = publishedFrom;
        this.publishedUntil = publishedUntil;
        this.sortOrder = sortOrder;
    }

    public State stateOn(LocalDate day) {
        if (day.isBefore(publishedFrom)) {
            return State.SCHEDULED;
        }
        return publishedUntil != null && day.isAfter(publishedUntil) ? State.ENDED : State.PUBLISHED;
    }

    public boolean isPublishedOn(LocalDate day) {
        return stateOn(day) == State.PUBLISHED;
    }

    public LocalDate getPublishedFrom() {
        return publishedFrom;
    }

    public LocalDate getPublishedUntil() {
        return publishedUntil;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
