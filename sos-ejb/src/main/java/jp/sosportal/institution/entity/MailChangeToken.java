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
 * A change of mail address waiting for the new address to confirm it (ASVS 3.7.1): the link mailed there works
 * once and until it expires; only the SHA-256 of its token is stored. The account keeps its old address until then.
 */
@Entity
@Table(name = "mail_change_token")
@NamedQuery(name = MailChangeToken.BY_HASH, query = "select t from MailChangeToken t where t.tokenHash = :hash")
@NamedQuery(name = MailChangeToken.PENDING_OF, query = "select t from MailChangeToken t"
        + " where t.account = :account and t.usedAt is null")
public class MailChangeToken extends BaseEntity {

    public static final String BY_HASH = "MailChangeToken.byHash";
    public static final String PENDING_OF = "MailChangeToken.pendingOf";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private UserAccount account;

    @Column(name = "new_mail", nullable = false, length = UserAccount.MAIL_LENGTH)
    private String newMail;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    protected MailChangeToken() {
    }

    public MailChangeToken(UserAccount account, String newMail, String tokenHash, LocalDateTime createdAt,
                           LocalDateTime expiresAt) {
        this.account = account;
        this.newMail = newMail;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isUsableAt(LocalDateTime now) {
        return usedAt == null && now.isBefore(expiresAt) && account.isEnabled();
    }

    /** The account takes the new address; the link is spent. */
    public void confirm(LocalDateTime now) {
        account.changeMail(newMail);
        usedAt = now;
    }

    /** A newer request replaces this one: its link stops working. */
    public void revoke(LocalDateTime now) {
        usedAt = now;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getNewMail() {
        return newMail;
    }
}
