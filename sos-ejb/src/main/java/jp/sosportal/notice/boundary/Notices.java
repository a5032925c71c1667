package jp.sosportal.notice.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.sosportal.notice.entity.Faq;
import jp.sosportal.notice.entity.Manual;
import jp.sosportal.notice.entity.ManualFile;
import jp.sosportal.notice.entity.Notice;

/**
 * What the login page and the help pages show to everyone: the お知らせ, よくあるご質問 and manuals published today
 * (by the injected clock), and the help desk.
 */
@Stateless
@PermitAll
public class Notices {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sos.helpdesk.phone")
    String helpdeskPhone;

    @Inject
    @ConfigProperty(name = "sos.helpdesk.hours")
    String helpdeskHours;

    public List<Notice> published(int max) {
        return em.createNamedQuery(Notice.PUBLISHED, Notice.class).setParameter("today", today())
                .setMaxResults(max).getResultList();
    }

    public List<Faq> faqs() {
        return em.createNamedQuery(Faq.PUBLISHED, Faq.class).setParameter("today", today()).getResultList();
    }

    public List<Manual> manuals() {
        return em.createNamedQuery(Manual.PUBLISHED, Manual.class).setParameter("today", today()).getResultList();
    }

    /** A manual's PDF while it is published; empty for a link, an unknown id or a manual not published today. */
    public Optional<ManualDownload> publishedManualFile(long id) {
        return Optional.ofNullable(em.find(Manual.class, id))
                .filter(manual -> manual.isFile() && manual.getPublication().isPublishedOn(today()))
                .map(manual -> ManualDownload.of(manual, em.find(ManualFile.class, id)));
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
