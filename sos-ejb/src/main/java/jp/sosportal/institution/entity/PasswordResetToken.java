package jp.sosportal.institution.entity;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A single-use password reset link ({@link SingleUseToken}): it works for 30 minutes.
 */
@Entity
@Table(name = "password_reset_token")
@NamedQuery(name = PasswordResetToken.BY_HASH,
        query = "select t from PasswordResetToken t where t.tokenHash = :hash")
@NamedQuery(name = PasswordResetToken.REVOKE_OPEN, query = "update PasswordResetToken t set t.usedAt = :now,"
        + " t.version = t.version + 1 where t.account = :account and t.usedAt is null")
public class PasswordResetToken extends SingleUseToken {

    public static final String BY_HASH = "PasswordResetToken.byHash";
    public static final String REVOKE_OPEN = "PasswordResetToken.revokeOpen";

    protected PasswordResetToken() {
    }

    public PasswordResetToken(UserAccount account, String tokenHash, LocalDateTime createdAt,
                              LocalDateTime expiresAt) {
        super(account, tokenHash, createdAt, expiresAt);
    }

    /** Sets the new password hash and spends the token. */
    public void use(String newPasswordHash, LocalDateTime now) {
        getAccount().changePasswordHash(newPasswordHash);
        spend(now);
    }
}
