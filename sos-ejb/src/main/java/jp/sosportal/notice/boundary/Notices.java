package jp.sosportal.notice.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.sosportal.notice.entity.Faq;
import jp.sosportal.notice.entity.Notice;

/** What the login page and the help pages show to everyone: お知らせ, よくあるご質問 and the help desk. */
@Stateless
@PermitAll
public class Notices {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sos.helpdesk.phone", defaultValue = "0120-000-000")
    String helpdeskPhone;

    @Inject
    @ConfigProperty(name = "sos.helpdesk.hours", defaultValue = "平日 9:00～18:00")
    String helpdeskHours;

    public List<Notice> published(int max) {
        return em.createNamedQuery(Notice.PUBLISHED, Notice.class).setParameter("today", today())
                .setMaxResults(max).getResultList();
    }

    public List<Faq> faqs() {
        return em.createNamedQuery(Faq.ALL, Faq.class).getResultList();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public String helpdeskPhone() {
        return helpdeskPhone;
    }

    public String helpdeskHours() {
        return helpdeskHours;
    }
}
