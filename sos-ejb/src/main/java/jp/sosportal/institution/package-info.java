/**
 * 医療機関 master and accounts: institutions with their type, prefecture and aggregator; user accounts with their
 * role and password hash; and {@link jp.sosportal.institution.entity.Caller}, the resolved caller whose
 * {@code reaches} rule every service applies so that staff see only their institution and prefecture
 * reviewers only their prefecture. It also guards the accounts against guessing (ASVS 2.2.1): every password
 * check — form login, HTTP Basic — goes through {@link jp.sosportal.institution.boundary.Logins}, which counts
 * failures per client address and per account in the database (every node of a cluster and a restarted node see
 * them), refuses further tries for a while ({@link jp.sosportal.institution.control.ThrottlePolicy}), spends the
 * same PBKDF2 time on unknown users as on known ones, and writes the outcome to the audit trail; and it ends an
 * account's sessions (its session epoch) when its password changes or it is disabled.
 * It also keeps new passwords safe: one password rule for every new password, the first system admin of a
 * database without one, and mail changes confirmed from the new address. The system admin keeps the accounts
 * ({@link jp.sosportal.institution.boundary.AccountAdministration}): creation one by one or from a CSV file with a
 * dry run, role and scope, disabling, unlocking, and links to set a password — never the password itself. The
 * system admin also keeps the master itself ({@link jp.sosportal.institution.boundary.InstitutionMaster}, and the master import's
 * {@link jp.sosportal.institution.boundary.InstitutionMasterLoads}): institutions are created, edited, deactivated
 * (never deleted — a deactivated one's staff cannot log in) and grouped under とりまとめ団体 one level deep
 * ({@link jp.sosportal.institution.control.Membership}).
 */
package jp.sosportal.institution;
