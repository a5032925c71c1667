/**
 * The eligibility check of an emergency PPE distribution request (SPEC.md §3): which conditions apply to an
 * institution type and the items asked for, whether the latest daily and weekly survey answers are fresh enough to
 * be used, and the verdict per condition with a Japanese explanation and the survey evidence it rests on. The
 * component owns the rules and their wording only; it is plain Java, reads nothing itself and keeps no state, so the
 * boundary gathers a {@link jp.sosportal.eligibility.control.CheckInput}, calls
 * {@link jp.sosportal.eligibility.control.EligibilityRules#check} and stores or shows the
 * {@link jp.sosportal.eligibility.entity.CheckResult}.
 */
package jp.sosportal.eligibility.control;
