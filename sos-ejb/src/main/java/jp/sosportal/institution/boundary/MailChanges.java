package jp.sosportal.institution.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.sosportal.audit.boundary.AuditTrail;
import jp.sosportal.audit.entity.AuditKind;
import jp.sosportal.institution.control.Tokens;
import jp.sosportal.institution.entity.MailChangeToken;
import jp.sosportal.institution.entity.UserAccount;
import jp.sosportal.mail.boundary.Mailer;
import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.Labels;

/**
 * A new mail address takes effect only once a link mailed to it is opened (ASVS 3.7.1): a single-use link valid
 * for 24 hours goes to the new address, the old address is told, and a newer request revokes the older link. The
 * link needs no login: holding it proves the mailbox; the change was asked for with the current password.
 */
@Stateless
@PermitAll
public class MailChanges {

    static final Duration VALIDITY = Duration.ofHours(24);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "sos.base-url")
    String baseUrl;

    /** Called by {@link Accounts} once the current password has been checked. */
    public void request(UserAccount account, String newMail) {
        LocalDateTime now = now();
        em.createNamedQuery(MailChangeToken.PENDING_OF, MailChangeToken.class).setParameter("account", account)
                .getResultStream().forEach(older -> older.revoke(now));
        String token = Tokens.newToken();
        em.persist(new MailChangeToken(account, newMail, Tokens.sha256(token), now, now.plus(VALIDITY)));
        String link = baseUrl + "/mail-change/confirm.xhtml?token=" + token;
        mailer.send(newMail, Labels.text("mail.change.confirm.subject"), Labels.text("mail.change.confirm.body",
                account.getContactName(), account.getUsername(), link, VALIDITY.toHours()));
        if (account.getMail() != null) {
            mailer.send(account.getMail(), Labels.text("mail.change.notice.subject"), Labels.text(
                    "mail.change.notice.body", account.getContactName(), account.getUsername(), newMail));
        }
    }

    /** The address a link would confirm, when the link still works. */
    public Optional<String> pendingMail(String token) {
        return find(token).map(MailChangeToken::getNewMail);
    }

    /** The account takes the new address; a spent, expired or unknown link changes nothing and says so. */
    public String confirm(String token) {
        MailChangeToken change = find(token).orElseThrow(() -> InvalidInputException.invalid(
                List.of(new FieldError("token", Labels.text("mail.change.invalidLink")))));
        change.confirm(now());
        String username = change.getAccount().getUsername();
        audit.record(AuditKind.MAIL_CHANGED, username, username, null);
        return change.getNewMail();
    }

    private Optional<MailChangeToken> find(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(MailChangeToken.BY_HASH, MailChangeToken.class)
                .setParameter("hash", Tokens.sha256(token)).getResultStream().findFirst()
                .filter(t -> t.isUsableAt(now()));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
