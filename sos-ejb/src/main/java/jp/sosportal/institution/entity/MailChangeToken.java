package jp.sosportal.institution.entity;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A change of mail address waiting for the new address to confirm it (ASVS 3.7.1): the link mailed there works
 * once and until it expires ({@link SingleUseToken}). The account keeps its old address until then.
 */
@Entity
@Table(name = "mail_change_token")
@NamedQuery(name = MailChangeToken.BY_HASH, query = "select t from MailChangeToken t where t.tokenHash = :hash")
@NamedQuery(name = MailChangeToken.PENDING_OF, query = "select t from MailChangeToken t"
        + " where t.account = :account and t.usedAt is null")
public class MailChangeToken extends SingleUseToken {

    public static final String BY_HASH = "MailChangeToken.byHash";
    public static final String PENDING_OF = "MailChangeToken.pendingOf";

    @Column(name = "new_mail", nullable = false, length = UserAccount.MAIL_LENGTH)
    private String newMail;

    protected MailChangeToken() {
    }

    public MailChangeToken(UserAccount account, String newMail, String tokenHash, LocalDateTime createdAt,
                           LocalDateTime expiresAt) {
        super(account, tokenHash, createdAt, expiresAt);
        this.newMail = newMail;
    }

    /** The account takes the new address; the link is spent. */
    public void confirm(LocalDateTime now) {
        getAccount().changeMail(newMail);
        spend(now);
    }

    /** A newer request replaces this one: its link stops working. */
    public void revoke(LocalDateTime now) {
        spend(now);
    }

    public String getNewMail() {
        return newMail;
    }
}
