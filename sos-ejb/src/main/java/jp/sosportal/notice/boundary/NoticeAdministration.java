package jp.sosportal.notice.boundary;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.sosportal.audit.boundary.AuditTrail;
import jp.sosportal.audit.entity.AuditKind;
import jp.sosportal.institution.boundary.Accounts;
import jp.sosportal.notice.control.ManualInput;
import jp.sosportal.notice.control.NoticeInput;
import jp.sosportal.notice.control.PublicationValidation;
import jp.sosportal.notice.entity.Faq;
import jp.sosportal.notice.entity.Manual;
import jp.sosportal.notice.entity.ManualFile;
import jp.sosportal.notice.entity.Notice;
import jp.sosportal.platform.BaseEntity;
import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.NotFoundException;
import jp.sosportal.platform.StaleVersionException;

/**
 * The system admin keeps お知らせ, よくあるご質問 and 医療機関用マニュアル (issue 19): every entry whatever its
 * publication, create, change (at the version the admin read), delete. Invalid input writes nothing; every change
 * is in the audit trail.
 */
@Stateless
@RolesAllowed("SYSTEM_ADMIN")
public class NoticeAdministration {

    private static final long MEGABYTE = 1024L * 1024L;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "sos.manual.max-mb")
    long manualMaxMb;

    public List<Notice> notices() {
        return em.createNamedQuery(Notice.ALL, Notice.class).getResultList();
    }

    public List<Faq> faqs() {
        return em.createNamedQuery(Faq.ALL, Faq.class).getResultList();
    }

    public List<Manual> manuals() {
        return em.createNamedQuery(Manual.ALL, Manual.class).getResultList();
    }

    public long manualMaxBytes() {
        return manualMaxMb * MEGABYTE;
    }

    /** Creates the お知らせ when {@code id} is null, else changes it. */
    public Notice saveNotice(Long id, long version, NoticeInput input) {
        refuseInvalid(PublicationValidation.notice(input));
        String title = PublicationValidation.stripped(input.title());
        String body = PublicationValidation.stripped(input.body());
        Notice notice;
        if (id == null) {
            notice = new Notice(title, body, PublicationValidation.toPublication(input.publication()));
            em.persist(notice);
        } else {
            notice = current(Notice.class, id, version);
            notice.change(title, body, PublicationValidation.toPublication(input.publication()));
        }
        record(id == null ? "created" : "changed", "notice", title);
        return notice;
    }

    public Faq saveFaq(Long id, long version, NoticeInput input) {
        refuseInvalid(PublicationValidation.faq(input));
        String question = PublicationValidation.stripped(input.title());
        String answer = PublicationValidation.stripped(input.body());
        Faq faq;
        if (id == null) {
            faq = new Faq(question, answer, PublicationValidation.toPublication(input.publication()));
            em.persist(faq);
        } else {
            faq = current(Faq.class, id, version);
            faq.change(question, answer, PublicationValidation.toPublication(input.publication()));
        }
        record(id == null ? "created" : "changed", "faq", question);
        return faq;
    }

    /** A link, or a PDF (a new one replaces the stored one; none keeps it). */
    public Manual saveManual(Long id, long version, ManualInput input) {
        Manual manual = id == null ? null : current(Manual.class, id, version);
        refuseInvalid(PublicationValidation.manual(input, manual != null && manual.isFile(), manualMaxBytes()));
        String title = PublicationValidation.stripped(input.title());
        var publication = PublicationValidation.toPublication(input.publication());
        if (manual == null) {
            manual = input.isLink() ? Manual.link(title, publication, input.linkUrl().strip())
                    : Manual.file(title, publication, fileName(input), input.content().length);
            em.persist(manual);
            em.flush(); // the manual's row before its file's, which refers to it
        } else {
            manual.change(title, publication);
            if (input.isLink()) {
                manual.linkTo(input.linkUrl().strip());
            } else if (input.hasNewFile()) {
                manual.holdFile(fileName(input), input.content().length);
            }
        }
        storeFile(manual, input);
        record(id == null ? "created" : "changed", "manual", title);
        return manual;
    }

    /** The PDF of any manual, published or not: the admin's preview. */
    public Optional<ManualDownload> manualFile(long id) {
        return Optional.ofNullable(em.find(Manual.class, id)).filter(Manual::isFile)
                .map(manual -> ManualDownload.of(manual, em.find(ManualFile.class, id)));
    }

    public void deleteNotice(long id) {
        delete(Notice.class, id, "notice", Notice::getTitle);
    }

    public void deleteFaq(long id) {
        delete(Faq.class, id, "faq", Faq::getQuestion);
    }

    public void deleteManual(long id) {
        Optional.ofNullable(em.find(ManualFile.class, id)).ifPresent(file -> {
            em.remove(file);
            em.flush(); // the bytes first: they refer to the manual
        });
        delete(Manual.class, id, "manual", Manual::getTitle);
    }

    private void storeFile(Manual manual, ManualInput input) {
        ManualFile stored = em.find(ManualFile.class, manual.getId());
        if (input.isLink() && stored != null) {
            em.remove(stored);
        } else if (input.hasNewFile() && stored != null) {
            stored.replace(input.content());
        } else if (input.hasNewFile()) {
            em.persist(new ManualFile(manual.getId(), input.content()));
        }
    }

    /** Only the name's last part: a browser may send a whole path. */
    private static String fileName(ManualInput input) {
        String name = input.fileName().strip();
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private <T extends BaseEntity> void delete(Class<T> type, long id, String what, Function<T, String> title) {
        T entry = Optional.ofNullable(em.find(type, id)).orElseThrow(NotFoundException::new);
        em.remove(entry);
        record("deleted", what, title.apply(entry));
    }

    private <T extends BaseEntity> T current(Class<T> type, long id, long version) {
        return StaleVersionException.unlessChanged(
                Optional.ofNullable(em.find(type, id)).orElseThrow(NotFoundException::new), version);
    }

    private void record(String change, String what, String title) {
        audit.record(AuditKind.NOTICE_CHANGED, accounts.currentCaller().username(), title, what + " " + change);
    }

    private static void refuseInvalid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
    }
}
