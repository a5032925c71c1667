package jp.sosportal.institution.entity;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

import jp.sosportal.platform.BaseEntity;

/**
 * The shape of a mailed link's token (password reset, mail change): an account, the SHA-256 of the secret (only
 * the hash is stored, so a leaked table opens nothing), when it was made, until when it works, and when it was
 * spent. It works once, before it expires, and only for an enabled account.
 */
@MappedSuperclass
public abstract class SingleUseToken extends BaseEntity {

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

    protected SingleUseToken() {
    }

    protected SingleUseToken(UserAccount account, String tokenHash, LocalDateTime createdAt, LocalDateTime expiresAt) {
        this.account = account;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isUsableAt(LocalDateTime now) {
        return usedAt == null && now.isBefore(expiresAt) && account.isEnabled();
    }

    /** The link stops working. */
    protected void spend(LocalDateTime now) {
        usedAt = now;
    }

    public UserAccount getAccount() {
        return account;
    }
}
