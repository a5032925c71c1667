/**
 * The eligibility check of SPEC.md §3 that explains itself: {@code control.EligibilityRules} decides in plain
 * Java, {@code boundary.EligibilityCheck} gathers the latest surveys and the freshness windows for it.
 */
package jp.sosportal.eligibility;
