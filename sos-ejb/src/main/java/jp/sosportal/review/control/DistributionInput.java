package jp.sosportal.review.control;

import java.time.LocalDate;

/** What the national reviewer typed for a new distribution; any part may be missing until validated. */
public record DistributionInput(String itemCode, Integer quantity, LocalDate plannedDate) {
}
