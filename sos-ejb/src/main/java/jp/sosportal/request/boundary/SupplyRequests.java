package jp.sosportal.request.boundary;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.sosportal.audit.boundary.AuditTrail;
import jp.sosportal.audit.entity.AuditKind;
import jp.sosportal.calendar.boundary.Deadlines;
import jp.sosportal.eligibility.boundary.Claim;
import jp.sosportal.eligibility.boundary.EligibilityCheck;
import jp.sosportal.eligibility.control.RequestedItem;
import jp.sosportal.eligibility.entity.CheckResult;
import jp.sosportal.eligibility.entity.ConditionResult;
import jp.sosportal.institution.boundary.Accounts;
import jp.sosportal.institution.boundary.Institutions;
import jp.sosportal.institution.entity.Caller;
import jp.sosportal.platform.DatabaseUnavailable;
import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.Labels;
import jp.sosportal.platform.NotFoundException;
import jp.sosportal.platform.StaleVersionException;
import jp.sosportal.request.control.ApprovedQuantities;
import jp.sosportal.request.control.RequestInput;
import jp.sosportal.request.control.RequestPage;
import jp.sosportal.request.control.RequestQuery;
import jp.sosportal.request.control.RequestSearch;
import jp.sosportal.request.control.RequestValidation;
import jp.sosportal.request.entity.RequestContent;
import jp.sosportal.request.entity.RequestEvent;
import jp.sosportal.request.entity.StatusChange;
import jp.sosportal.request.entity.SupplyRequest;

/**
 * The 緊急配布要請 service: one method per user action, each one transaction of load → one verb of the aggregate
 * → store. Staff act on their institution's requests; reviewers reach those of their prefecture (nation: all).
 * A request the caller may not see is reported as not found.
 */
@Stateless
public class SupplyRequests {

    /** A reviewer's note or reason must fit in the timeline's reason beside the fixed words. */
    static final int REVIEW_NOTE_LENGTH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Institutions institutions;

    @Inject
    EligibilityCheck eligibility;

    @Inject
    Deadlines deadlines;

    @Inject
    Event<RequestEvent> events;

    /** The largest 承認数量 (and distribution quantity) a reviewer may enter: a typo guard, not a business limit. */
    @Inject
    @ConfigProperty(name = "sos.review.max-approved-quantity")
    int maxQuantity;

    /** 「保存」 of a new request: 未申請. Saving alone is not a request. */
    @RolesAllowed("STAFF")
    public SupplyRequest create(String institutionCode, RequestInput input) {
        Caller caller = accounts.currentCaller();
        var institution = institutions.reachable(institutionCode, caller);
        RequestContent content = RequestValidation.validate(input, knownItems());
        SupplyRequest request = new SupplyRequest(institution, content, now(), caller.username());
        em.persist(request);
        return request;
    }

    /** 「保存」 of an edit: refused for 受付完了 and for a stale copy; unchanged content changes nothing. */
    @RolesAllowed("STAFF")
    public SupplyRequest edit(long id, long version, RequestInput input) {
        SupplyRequest request = reachable(id, LockModeType.NONE);
        RequestContent content = RequestValidation.validate(input, knownItems());
        StaleVersionException.unlessChanged(request, version);
        if (!request.getContent().sameAs(content) || !request.getStatus().isEditable()) {
            request.edit(content, now(), accounts.currentCaller().username());
        }
        return request;
    }

    /** 「事前チェック」: the same check as a submission, on the saved content, changing nothing. */
    @RolesAllowed({"STAFF", "PREFECTURE", "NATIONAL"})
    public CheckResult check(long id) {
        SupplyRequest request = reachable(id, LockModeType.NONE);
        return eligibility.check(claim(request));
    }

    /**
     * 「システムチェック&申請」. The row is locked first, so two submissions at once are taken one after the
     * other; a repeat of content already under review, or a re-check that finds exactly what it found before,
     * records nothing new.
     */
    @RolesAllowed("STAFF")
    public SupplyRequest submit(long id) {
        SupplyRequest request = reachable(id, LockModeType.PESSIMISTIC_WRITE);
        if (request.isSubmittedAsIs()) {
            return request;
        }
        CheckResult result = eligibility.check(claim(request));
        if (request.isCheckedAsIs(result)) {
            return request;
        }
        LocalDateTime now = now(); // one reading: 申請日時 and 対応予定日 must agree around 13:00
        request.submit(result, eligibility.outlookMismatch(claim(request)), now,
                deadlines.handlingDate(now), accounts.currentCaller().username());
        events.fire(result.passed() ? new RequestEvent(request, RequestEvent.Kind.SUBMITTED, List.of())
                : new RequestEvent(request, RequestEvent.Kind.CHECK_FAILED,
                        result.failures().stream().map(ConditionResult::message).toList()));
        return request;
    }

    @RolesAllowed({"STAFF", "PREFECTURE", "NATIONAL"})
    public SupplyRequest find(long id) {
        return reachable(id, LockModeType.NONE);
    }

    @RolesAllowed({"STAFF", "PREFECTURE", "NATIONAL"})
    public List<StatusChange> history(long id) {
        return List.copyOf(reachable(id, LockModeType.NONE).getHistory());
    }

    /** The requests the caller may see that match, newest first. */
    @RolesAllowed({"STAFF", "PREFECTURE", "NATIONAL"})
    public RequestPage search(RequestQuery query) {
        return new RequestSearch(em, accounts.currentCaller()).run(query);
    }

    /** How many requests the caller may see match (the reviewers' table counts before it loads a page). */
    @RolesAllowed({"STAFF", "PREFECTURE", "NATIONAL"})
    public long count(RequestQuery query) {
        return new RequestSearch(em, accounts.currentCaller()).count(query);
    }

    /** The prefecture has checked the request (quantities, a phone call if needed). */
    @RolesAllowed("PREFECTURE")
    public SupplyRequest confirmByPrefecture(long id, long version) {
        return confirmByPrefecture(id, version, null);
    }

    /** As above, with a note for the nation and the institution's timeline; no 承認数量 (a bulk confirmation). */
    @RolesAllowed("PREFECTURE")
    public SupplyRequest confirmByPrefecture(long id, long version, String note) {
        SupplyRequest request = current(id, version);
        request.confirmByPrefecture(now(), accounts.currentCaller().username(), checkedNote(note, false));
        events.fire(new RequestEvent(request, RequestEvent.Kind.PREFECTURE_CONFIRMED, List.of()));
        return audited(AuditKind.REVIEW_CONFIRMED, request, null);
    }

    /**
     * The confirmation of one request on its page: the 承認数量 of every requested item (whole numbers from 0 to
     * {@code sos.review.max-approved-quantity}) and a note. A bad quantity names its field; nothing is saved.
     */
    @RolesAllowed("PREFECTURE")
    public SupplyRequest confirmByPrefecture(long id, long version, String note, Map<String, Integer> quantities) {
        SupplyRequest request = current(id, version);
        String checked = checkedNote(note, false);
        Map<String, Integer> approved = ApprovedQuantities.validate(quantities,
                request.getContent().getItemCodes(), maxQuantity);
        request.confirmByPrefecture(now(), accounts.currentCaller().username(), checked, approved);
        events.fire(new RequestEvent(request, RequestEvent.Kind.PREFECTURE_CONFIRMED, List.of()));
        return audited(AuditKind.REVIEW_CONFIRMED, request, approved.toString());
    }

    /** Back to the institution (未申請) with a reason it sees on its timeline. */
    @RolesAllowed({"PREFECTURE", "NATIONAL"})
    public SupplyRequest returnToInstitution(long id, long version, String reason) {
        SupplyRequest request = current(id, version);
        request.returnToInstitution(checkedNote(reason, true), now(), accounts.currentCaller().username());
        events.fire(new RequestEvent(request, RequestEvent.Kind.RETURNED, List.of(reason.strip())));
        return audited(AuditKind.REVIEW_RETURNED, request, null);
    }

    private static String checkedNote(String note, boolean required) {
        if (required && (note == null || note.isBlank())) {
            throw InvalidInputException.invalid(List.of(new FieldError("reason", Labels.text("error.required"))));
        }
        if (note != null && note.length() > REVIEW_NOTE_LENGTH) {
            throw InvalidInputException.invalid(List.of(new FieldError("reason",
                    Labels.text("error.tooLong", REVIEW_NOTE_LENGTH))));
        }
        return note;
    }

    /** 受付完了. */
    @RolesAllowed("NATIONAL")
    public SupplyRequest accept(long id, long version) {
        SupplyRequest request = current(id, version);
        request.accept(now(), accounts.currentCaller().username());
        events.fire(new RequestEvent(request, RequestEvent.Kind.ACCEPTED, List.of()));
        return audited(AuditKind.REVIEW_ACCEPTED, request, null);
    }

    /** A reviewer's move goes to the audit trail, in the move's transaction. */
    private SupplyRequest audited(AuditKind kind, SupplyRequest request, String detail) {
        audit.record(kind, accounts.currentCaller().username(), subject(request), detail);
        return request;
    }

    /** How the audit trail names a request: its id and its institution's code. */
    public static String subject(SupplyRequest request) {
        return "request " + request.getId() + " (" + request.getInstitution().getCode() + ")";
    }

    private SupplyRequest current(long id, long version) {
        return StaleVersionException.unlessChanged(reachable(id, LockModeType.NONE), version);
    }

    private SupplyRequest reachable(long id, LockModeType lock) {
        SupplyRequest request = em.find(SupplyRequest.class, id, lock);
        if (request != null && request.getInstitution() == null) {
            em.getEntityManagerFactory().getCache().evict(SupplyRequest.class, id); // not kept half-read for others
            throw DatabaseUnavailable.readCut("request " + id);
        }
        if (request == null || !accounts.currentCaller().reaches(request.getInstitution())) {
            throw new NotFoundException();
        }
        return request;
    }

    private static Claim claim(SupplyRequest request) {
        RequestContent content = request.getContent();
        return new Claim(request.getInstitution(), content.isConditionsConfirmed(), content.isN95ConditionsConfirmed(),
                content.getItemCodes());
    }

    private Map<String, RequestedItem> knownItems() {
        return eligibility.knownItems();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
