package jp.sosportal.review.entity;

import java.time.LocalDateTime;

/** One step of a distribution on a timeline: which step, when it was recorded and by whom. */
public record DistributionEvent(Distribution distribution, DistributionStep step, LocalDateTime at, String actor) {
}
