package jp.sosportal.review.entity;

import jp.sosportal.platform.Labels;

/** Where a distribution stands: 配布予定 → 発送済 → 受領, one step at a time and never back. */
public enum DistributionStep {
    PLANNED, SHIPPED, RECEIVED;

    public String label() {
        return Labels.of(this);
    }
}
