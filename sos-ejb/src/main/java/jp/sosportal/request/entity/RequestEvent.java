package jp.sosportal.request.entity;

import java.util.List;

/**
 * Something that happened to a request that its institution wants to hear about, fired by the boundary that did
 * it, inside its transaction (so an observer's writes commit or roll back with the change).
 *
 * @param details the lines the institution needs with it: failed conditions, the reason, the distribution
 */
public record RequestEvent(SupplyRequest request, Kind kind, List<String> details) {

    /** Kept in step with the mail templates {@code mail.status.<kind>.*}. */
    public enum Kind {
        SUBMITTED, CHECK_FAILED, PREFECTURE_CONFIRMED, ACCEPTED, RETURNED, DISTRIBUTION_PLANNED, SHIPPED;

        /** 受付完了 and 差戻し are always mailed: a user cannot turn them off. */
        public boolean isOptional() {
            return this != ACCEPTED && this != RETURNED;
        }
    }

    public RequestEvent {
        details = List.copyOf(details);
    }
}
