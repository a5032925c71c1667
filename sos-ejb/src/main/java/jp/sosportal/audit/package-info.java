/**
 * The audit trail (ASVS 7.1, 7.2): who did what security-relevant thing, when and from which address — log-ins,
 * password resets and changes, mail and account changes, reviewer moves and batch runs — in one append-only
 * table the system admin reads and exports. Other components call {@link jp.sosportal.audit.boundary.AuditTrail};
 * no secret (password, token) is ever passed to it.
 */
package jp.sosportal.audit;
