package jp.sosportal.institution.entity;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import jp.sosportal.platform.BaseEntity;

/**
 * A single-use password reset link. Only the SHA-256 of the token is stored, so a leaked table opens nothing; the
 * link works once and for 30 minutes.
 */
@Entity
@Table(name = "password_reset_token")
@NamedQuery(name = PasswordResetToken.BY_HASH,
        query = "select t from PasswordResetToken t where t.tokenHash = :hash")
@NamedQuery(name = PasswordResetToken.REVOKE_OPEN, query = "update PasswordResetToken t set t.usedAt = :now,"
        + " t.version = t.version + 1 where t.account = :account and t.usedAt is null")
public class PasswordResetToken extends BaseEntity {

    public static final String BY_HASH = "PasswordResetToken.byHash";
    public static final String REVOKE_OPEN = "PasswordResetToken.revokeOpen";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private UserAccount account;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    protected PasswordResetToken() {
    }

    public PasswordResetToken(UserAccount account, String tokenHash, LocalDateTime createdAt,
                              LocalDateTime expiresAt) {
        this.account = account;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isUsableAt(LocalDateTime now) {
        return usedAt == null && now.isBefore(expiresAt) && account.isEnabled();
    }

    /** Sets the new password hash and spends the token. */
    public void use(String newPasswordHash, LocalDateTime now) {
        account.changePasswordHash(newPasswordHash);
        this.usedAt = now;
    }

    public UserAccount getAccount() {
        return account;
    }
}
