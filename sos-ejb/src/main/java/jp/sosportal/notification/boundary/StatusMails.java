package jp.sosportal.notification.boundary;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.sosportal.institution.entity.UserAccount;
import jp.sosportal.mail.boundary.Mailer;
import jp.sosportal.platform.Labels;
import jp.sosportal.request.entity.RequestEvent;
import jp.sosportal.request.entity.SupplyRequest;

/**
 * One mail per change that matters to an institution, to the registered address of each of its staff accounts that
 * has not turned that kind off (受付完了 and 差戻し always go). Observed inside the boundary's transaction, so the
 * mail is queued in the outbox only if the change commits. A mail names only the request's own institution, title,
 * status and link.
 */
@ApplicationScoped
public class StatusMails {

    @PersistenceContext
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "sos.base-url")
    String baseUrl;

    void on(@Observes RequestEvent event) {
        SupplyRequest request = event.request();
        String subject = Labels.text("mail.status." + event.kind() + ".subject", request.getTitle());
        for (UserAccount staff : recipients(request, event.kind())) {
            mailer.send(event.kind().name(), staff.getMail(), subject, body(event, staff));
        }
    }

    /** The institution's enabled staff with a mail address who want this kind. */
    List<UserAccount> recipients(SupplyRequest request, RequestEvent.Kind kind) {
        return em.createNamedQuery(UserAccount.STAFF_OF, UserAccount.class)
                .setParameter("institution", request.getInstitution()).getResultList().stream()
                .filter(account -> kind.isOptional() ? account.hasMailFor(kind.name()) : account.hasMail())
                .toList();
    }

    private String body(RequestEvent event, UserAccount staff) {
        SupplyRequest request = event.request();
        String details = event.details().isEmpty() ? ""
                : "\n" + String.join("\n", event.details().stream().map(line -> "・" + line).toList()) + "\n";
        return Labels.text("mail.status.body", staff.getContactName() == null ? "" : staff.getContactName(),
                request.getInstitution().getName(), request.getTitle(), request.getStatus().label(),
                Labels.text("mail.status." + event.kind() + ".text"), details,
                baseUrl + "/sos/detail.xhtml?id=" + request.getId());
    }
}
