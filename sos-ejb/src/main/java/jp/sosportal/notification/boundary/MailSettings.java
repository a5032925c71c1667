package jp.sosportal.notification.boundary;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import jp.sosportal.institution.boundary.Accounts;
import jp.sosportal.institution.entity.UserAccount;
import jp.sosportal.mail.boundary.Outbox;
import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.Labels;
import jp.sosportal.request.entity.RequestEvent;

/** Which status mails the caller receives (受付完了 and 差戻し cannot be turned off), and whether mail reaches them. */
@Stateless
@RolesAllowed("STAFF")
public class MailSettings {

    /** The kinds a user may turn off. */
    public static final Set<RequestEvent.Kind> OPTIONAL = EnumSet.copyOf(List.of(RequestEvent.Kind.values()).stream()
            .filter(RequestEvent.Kind::isOptional).toList());

    /** The kinds always mailed. */
    public static final Set<RequestEvent.Kind> ALWAYS_SENT = EnumSet.complementOf(EnumSet.copyOf(OPTIONAL));

    @Inject
    Accounts accounts;

    @Inject
    Outbox outbox;

    @Resource
    SessionContext session;

    /** The kinds the caller receives now. */
    public Set<RequestEvent.Kind> received() {
        UserAccount account = caller();
        return EnumSet.copyOf(List.of(RequestEvent.Kind.values()).stream()
                .filter(kind -> !kind.isOptional() || !account.getMailOptOut().contains(kind.name()))
                .toList());
    }

    /** Keeps the kinds the caller wants; the always-sent kinds stay on whatever is sent. */
    public void receiveOnly(Collection<RequestEvent.Kind> wanted) {
        if (wanted == null) {
            throw InvalidInputException.invalid(List.of(new FieldError("kinds", Labels.text("error.required"))));
        }
        Set<String> off = new HashSet<>();
        OPTIONAL.stream().filter(kind -> !wanted.contains(kind)).forEach(kind -> off.add(kind.name()));
        caller().setMailOptOut(off);
    }

    /** SMTP refused the last mail to the caller's address for good (a bounce): the page asks to check it. */
    public boolean lastMailFailed() {
        UserAccount account = caller();
        return account.hasMail() && outbox.lastFailedFor(account.getMail());
    }

    private UserAccount caller() {
        String username = session.getCallerPrincipal().getName();
        return accounts.findAccount(username).orElseThrow(() -> new EJBAccessException("no account " + username));
    }
}
