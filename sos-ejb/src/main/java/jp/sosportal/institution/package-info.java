/**
 * 医療機関 master and accounts: institutions with their type, prefecture and aggregator; user accounts with their
 * role and password hash; and {@link jp.sosportal.institution.entity.Caller}, the resolved caller whose
 * {@code reaches} rule every service applies so that staff see only their institution and prefecture
 * reviewers only their prefecture. It also keeps accounts safe (issue 13): one password rule for every new
 * password, the first system admin of a database without one, and mail changes confirmed from the new address.
 */
package jp.sosportal.institution;
