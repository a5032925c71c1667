package jp.sosportal.review.control;

import java.io.Serializable;

/** What a bulk move did to one selected request: done, or refused with the Japanese reason. */
public record BulkOutcome(long requestId, String title, boolean done, String reason) implements Serializable {

    public static BulkOutcome done(long requestId, String title) {
        return new BulkOutcome(requestId, title, true, null);
    }

    public static BulkOutcome refused(long requestId, String title, String reason) {
        return new BulkOutcome(requestId, title, false, reason);
    }
}
