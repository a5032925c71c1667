package jp.sosportal.review.control;

import java.time.LocalDateTime;

import jp.sosportal.request.entity.RequestStatus;
import jp.sosportal.request.entity.StatusChange;
import jp.sosportal.review.entity.DistributionStep;

/**
 * A line of a request's timeline: when, who, the request's status before and after ({@code from} null for the
 * creation) and why. A distribution's step ({@code step} set) leaves the request 受付完了: from and to are both
 * {@link RequestStatus#ACCEPTED}.
 */
public record TimelineEntry(LocalDateTime at, String actor, RequestStatus from, RequestStatus to,
                            DistributionStep step, String reason) {

    public static TimelineEntry of(StatusChange change) {
        return new TimelineEntry(change.getAt(), change.getActor(), change.getFrom(), change.getTo(), null,
                change.getReason());
    }

    /** This entry with the actor shown under another name (a reviewer's 「東京都 確認担当」); null keeps it. */
    public TimelineEntry shownAs(String displayName) {
        return displayName == null ? this : new TimelineEntry(at, displayName, from, to, step, reason);
    }
}
