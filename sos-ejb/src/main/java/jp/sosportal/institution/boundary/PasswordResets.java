package jp.sosportal.institution.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.sosportal.audit.boundary.AuditTrail;
import jp.sosportal.audit.entity.AuditKind;
import jp.sosportal.institution.control.PasswordHashing;
import jp.sosportal.institution.control.PasswordPolicy;
import jp.sosportal.institution.control.Tokens;
import jp.sosportal.institution.entity.AuthAttempt;
import jp.sosportal.institution.entity.PasswordResetToken;
import jp.sosportal.institution.entity.UserAccount;
import jp.sosportal.mail.boundary.Mailer;
import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.Labels;

/**
 * パスワードリセット (manual 2-2): a single-use link valid for 30 minutes goes to the account's registered mail
 * address. The answer is the same whether the user exists or not; only a hash of the token is stored. A new link
 * revokes the older ones; a reset ends the account's sessions; requests are limited per account and address.
 */
@Stateless
@PermitAll
public class PasswordResets {

    static final Duration VALIDITY = Duration.ofMinutes(30);
    /** A link the system admin sends (a new account, or on request): the user may read the mail days later. */
    public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHashing passwords;

    @Inject
    Mailer mailer;

    @Inject
    Logins logins;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "sos.base-url")
    String baseUrl;

    /**
     * Sends the link if the user exists, is enabled and has a mail address, and has not been sent
     * {@code sos.reset.account-requests} links in the last hour; says nothing either way. Returns 0, or the minutes
     * the client address must wait when it asked {@code sos.reset.address-requests} times in the last hour.
     */
    public long request(String username) {
        if (username == null || username.isBlank()) {
            return 0;
        }
        Logins.ResetAdmission admission = logins.admitReset(username, audit.currentAddress());
        if (admission.addressThrottled()) {
            return admission.retryAfterMinutes();
        }
        if (admission.send()) {
            accounts.findAccount(username.trim())
                    .filter(account -> account.isEnabled() && account.getMail() != null)
                    .ifPresent(this::sendLink);
        }
        return 0;
    }

    public boolean isUsable(String token) {
        return find(token).isPresent();
    }

    /**
     * Sets the new password, or says why not (rule, mismatch, or a link that no longer works). The password is the
     * user's own from now on: no longer a demo password, nothing left to change at the next login.
     */
    public void reset(String token, String password, String confirmation) {
        List<FieldError> errors = PasswordPolicy.check(password, confirmation);
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        PasswordResetToken reset = find(token).orElseThrow(() -> InvalidInputException.invalid(
                List.of(new FieldError("token", Labels.text("password.reset.invalidLink")))));
        reset.use(passwords.hash(password), now()); // ends the account's sessions too
        String username = reset.getAccount().getUsername();
        // The owner proved who they are: their own address may log in at once (a guesser elsewhere stays locked).
        em.createQuery("delete from AuthAttempt a where a.username = :username and a.kind = :kind"
                        + " and a.address = :address")
                .setParameter("username", username).setParameter("kind", AuthAttempt.Kind.LOGIN_FAILURE)
                .setParameter("address", String.valueOf(audit.currentAddress())).executeUpdate();
        audit.record(AuditKind.PASSWORD_RESET, username, username, null);
    }

    private void sendLink(UserAccount account) {
        String link = issueLink(account, VALIDITY);
        mailer.send(account.getMail(), Labels.text("password.reset.mail.subject"),
                Labels.text("password.reset.mail.body", account.getContactName(), link, VALIDITY.toMinutes()));
    }

    /** A new single-use link that sets the account's password; the first system admin's is printed to the log. */
    public String issueLink(UserAccount account, Duration validity) {
        em.createNamedQuery(PasswordResetToken.REVOKE_OPEN).setParameter("account", account)
                .setParameter("now", now()).executeUpdate(); // only the newest link works
        return newLink(account, validity);
    }

    /**
     * The system admin's 「パスワード設定用リンクを送信」 and the mail of a new account (issue 19): a link valid for
     * {@link #INVITATION_VALIDITY}, through the outbox. The admin never sees the link. A new account has no older
     * link to revoke: skipping that query keeps a bulk creation of thousands in batched inserts.
     */
    @RolesAllowed("SYSTEM_ADMIN")
    public void sendInvitation(UserAccount account, boolean newAccount) {
        String link = newAccount ? newLink(account, INVITATION_VALIDITY) : issueLink(account, INVITATION_VALIDITY);
        mailer.send(account.getMail(), Labels.text("account.invitation.mail.subject"),
                Labels.text("account.invitation.mail.body", account.getContactName(), account.getUsername(), link,
                        INVITATION_VALIDITY.toDays()));
    }

    private String newLink(UserAccount account, Duration validity) {
        String token = Tokens.newToken();
        LocalDateTime now = now();
        em.persist(new PasswordResetToken(account, Tokens.sha256(token), now, now.plus(validity)));
        return baseUrl + "/password-reset/new.xhtml?token=" + token;
    }

    private Optional<PasswordResetToken> find(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(PasswordResetToken.BY_HASH, PasswordResetToken.class)
                .setParameter("hash", Tokens.sha256(token)).getResultStream().findFirst()
                .filter(t -> t.isUsableAt(now()));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
