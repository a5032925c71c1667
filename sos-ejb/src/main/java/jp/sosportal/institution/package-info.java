/**
 * 医療機関 master and accounts: institutions with their type, prefecture and aggregator; user accounts with their
 * role and password hash; and {@link jp.sosportal.institution.entity.Caller}, the resolved caller whose
 * {@code reaches} rule every service applies so that staff see only their institution and prefecture
 * reviewers only their prefecture.
 */
package jp.sosportal.institution;
