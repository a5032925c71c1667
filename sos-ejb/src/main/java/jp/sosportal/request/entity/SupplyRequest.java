package jp.sosportal.request.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import jp.sosportal.eligibility.entity.CheckResult;
import jp.sosportal.institution.entity.Institution;
import jp.sosportal.platform.BaseEntity;
import jp.sosportal.platform.Labels;

/**
 * The 緊急配布要請 aggregate. Its status changes only through the verbs below, each of which appends a
 * {@link StatusChange}; a submission stores the explained check result as frozen evidence.
 */
@Entity
@Table(name = "supply_request")
@NamedQuery(name = SupplyRequest.OF_INSTITUTION, query = "select r from SupplyRequest r"
        + " where r.institution = :institution order by r.createdAt desc")
public class SupplyRequest extends BaseEntity {

    public static final String OF_INSTITUTION = "SupplyRequest.ofInstitution";
    public static final int TITLE_LENGTH = 300;
    public static final int COMMENT_LENGTH = 1000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RequestStatus status;

    @Embedded
    private RequestContent content;

    /** Grows with every saved edit, so a repeated submission of unchanged content can be recognised. */
    @Column(name = "content_revision", nullable = false)
    private int contentRevision;

    /** The content revision the last submission checked; -1 before any. */
    @Column(name = "submitted_revision", nullable = false)
    private int submittedRevision = -1;

    /** 申請日時: the last 「システムチェック&申請」. */
    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    /** 対応予定日: the business day the submission is handled on (13:00 cut-off). */
    @Column(name = "handling_date")
    private LocalDate handlingDate;

    @Column(name = "checked_at")
    private LocalDateTime checkedAt;

    /**
     * 「見通しと在庫日数が不一致」: the weekly answer the last check read has, for a requested item, an outlook its own
     * stock and use contradict. Part of the frozen evidence, so that reviewers can filter and count by it.
     */
    @Column(name = "outlook_mismatch", nullable = false)
    private boolean outlookMismatch;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "request_check", joinColumns = @JoinColumn(name = "request_id"))
    @OrderBy("position")
    private List<CheckCondition> check = new ArrayList<>();

    @Column(name = "prefecture_confirmed_at")
    private LocalDateTime prefectureConfirmedAt;

    @Column(name = "prefecture_confirmed_by", length = 64)
    private String prefectureConfirmedBy;

    /** 承認数量 per requested item, set by the prefecture's confirmation; empty when none was entered (bulk). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "request_approval", joinColumns = @JoinColumn(name = "request_id"))
    @MapKeyColumn(name = "item_code", length = 30)
    @Column(name = "quantity", nullable = false)
    private Map<String, Integer> approvedQuantities = new LinkedHashMap<>();

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("at, id")
    private List<StatusChange> history = new ArrayList<>();

    protected SupplyRequest() {
    }

    public SupplyRequest(Institution institution, RequestContent content, LocalDateTime now, String actor) {
        this.institution = institution;
        this.content = content;
        this.createdAt = now;
        this.title = Labels.text("request.title", Labels.day(now.toLocalDate()), institution.getName());
        this.status = RequestStatus.NOT_SUBMITTED;
        record(now, actor, null, RequestStatus.NOT_SUBMITTED, Labels.text("request.reason.created"));
    }

    /**
     * Saves changed content; a request already checked must be checked again, so it returns to 未申請. The
     * prefecture confirmed the content it saw, so changed content needs its confirmation again before 受付完了.
     */
    public void edit(RequestContent newContent, LocalDateTime now, String actor) {
        refuseIfAccepted();
        content.replaceWith(newContent);
        this.contentRevision++;
        clearConfirmation();
        moveTo(RequestStatus.NOT_SUBMITTED, now, actor, Labels.text("request.reason.edited"));
    }

    /** True when this content was already submitted and is under review or waiting: a repeat is not a new one. */
    public boolean isSubmittedAsIs() {
        return submittedRevision == contentRevision && status == RequestStatus.UNDER_REVIEW;
    }

    /** True when this content was checked before and the check now finds exactly the same: nothing new to record. */
    public boolean isCheckedAsIs(CheckResult result) {
        return submittedRevision == contentRevision && lastCheck().equals(result);
    }

    /**
     * 「システムチェック&申請」: records the check and its evidence, 申請日時 and 対応予定日, and moves to
     * 都道府県・国確認中 or エラー有り.
     */
    public void submit(CheckResult result, LocalDateTime now, LocalDate handlingOn, String actor) {
        submit(result, false, now, handlingOn, actor);
    }

    /** As above, noting whether the weekly answer the check read contradicts its own stock for a requested item. */
    public void submit(CheckResult result, boolean outlookMismatch, LocalDateTime now, LocalDate handlingOn,
                       String actor) {
        refuseIfAccepted();
        this.outlookMismatch = outlookMismatch;
        this.check.clear();
        result.conditions().forEach(c -> check.add(new CheckCondition(check.size(), c)));
        this.checkedAt = now;
        this.submittedRevision = contentRevision;
        RequestStatus target = result.passed() ? RequestStatus.UNDER_REVIEW : RequestStatus.ERROR;
        if (result.passed()) {
            this.submittedAt = now;
            this.handlingDate = handlingOn;
        }
        String reason = Labels.text(result.passed() ? "request.reason.submitted.passed" : "request.reason.submitted.failed");
        moveTo(target, now, actor, reason);
    }

    /** The prefecture has checked quantities and phoned if needed; the nation may now accept. */
    public void confirmByPrefecture(LocalDateTime now, String actor) {
        confirmByPrefecture(now, actor, null);
    }

    /** As above, with the prefecture's note for the nation and the institution's timeline. */
    public void confirmByPrefecture(LocalDateTime now, String actor, String note) {
        confirmByPrefecture(now, actor, note, Map.of());
    }

    /**
     * As above, with the 承認数量 of every requested item, or none at all (a bulk confirmation enters none). A
     * partial set or a negative quantity is a programming error: the service validates what users typed first.
     */
    public void confirmByPrefecture(LocalDateTime now, String actor, String note, Map<String, Integer> approved) {
        requireStatus(RequestStatus.UNDER_REVIEW, RequestStatus.UNDER_REVIEW);
        if (!canConfirm()) {
            throw new RequestRefusedException(Labels.text("request.refused.alreadyConfirmed"));
        }
        requireQuantitiesOfEveryItem(approved);
        approvedQuantities.clear();
        content.getItemCodes().stream().filter(approved::containsKey)
                .forEach(code -> approvedQuantities.put(code, approved.get(code)));
        this.prefectureConfirmedAt = now;
        this.prefectureConfirmedBy = actor;
        record(now, actor, status, status, withNote(Labels.text("request.reason.prefectureConfirmed"), note));
    }

    /** A reviewer sends the request back: the institution sees the reason and must check and submit it again. */
    public void returnToInstitution(String reason, LocalDateTime now, String actor) {
        requireStatus(RequestStatus.UNDER_REVIEW, RequestStatus.NOT_SUBMITTED);
        clearConfirmation();
        this.submittedRevision = -1;
        moveTo(RequestStatus.NOT_SUBMITTED, now, actor, withNote(Labels.text("request.reason.returned"), reason));
    }

    private void requireQuantitiesOfEveryItem(Map<String, Integer> approved) {
        boolean none = approved.isEmpty();
        boolean every = approved.keySet().equals(new HashSet<>(content.getItemCodes()))
                && approved.values().stream().allMatch(q -> q != null && q >= 0);
        if (!none && !every) {
            throw new IllegalArgumentException("approved quantities must cover every requested item: " + approved);
        }
    }

    private void clearConfirmation() {
        this.prefectureConfirmedAt = null;
        this.prefectureConfirmedBy = null;
        this.approvedQuantities.clear();
    }

    private static String withNote(String reason, String note) {
        return note == null || note.isBlank() ? reason : reason + ": " + note.strip();
    }

    /** 受付完了: final. */
    public void accept(LocalDateTime now, String actor) {
        requireStatus(RequestStatus.UNDER_REVIEW, RequestStatus.ACCEPTED);
        if (!canAccept()) {
            throw new RequestRefusedException(Labels.text("request.refused.notConfirmedByPrefecture"));
        }
        moveTo(RequestStatus.ACCEPTED, now, actor, Labels.text("request.reason.accepted"));
    }

    /**
     * 確認段階: {@link ReviewStage#CONFIRMED} once the prefecture has confirmed (until the request leaves review),
     * {@link ReviewStage#WAITING} while under review before that, null outside review.
     */
    public ReviewStage stage() {
        if (prefectureConfirmedAt != null) {
            return ReviewStage.CONFIRMED;
        }
        return status == RequestStatus.UNDER_REVIEW ? ReviewStage.WAITING : null;
    }

    /** The prefecture may confirm it now ({@link #confirmByPrefecture} would not refuse for its state). */
    public boolean canConfirm() {
        return status == RequestStatus.UNDER_REVIEW && prefectureConfirmedAt == null;
    }

    /** The nation may accept it now ({@link #accept} would not refuse). */
    public boolean canAccept() {
        return status == RequestStatus.UNDER_REVIEW && prefectureConfirmedAt != null;
    }

    /** Why it may not change now (受付完了), as {@link #edit} and every other move would refuse; empty while it may. */
    public Optional<String> editRefusal() {
        return status.isEditable() ? Optional.empty() : Optional.of(Labels.text("request.refused.accepted"));
    }

    /** A reviewer may send it back now ({@link #returnToInstitution} would not refuse for its state). */
    public boolean canReturn() {
        return status == RequestStatus.UNDER_REVIEW;
    }

    /** 受付完了: the nation may plan its distributions now (a new Distribution of it would not refuse). */
    public boolean canPlanDistribution() {
        return status == RequestStatus.ACCEPTED;
    }

    public CheckResult lastCheck() {
        return new CheckResult(check.stream().map(CheckCondition::toResult).toList());
    }

    private void moveTo(RequestStatus target, LocalDateTime now, String actor, String reason) {
        if (!status.canMoveTo(target) && status != target) {
            throw new RequestRefusedException(Labels.text("request.refused.move", status.label(), target.label()));
        }
        RequestStatus from = status;
        this.status = target;
        record(now, actor, from, target, reason);
    }

    private void requireStatus(RequestStatus required, RequestStatus target) {
        refuseIfAccepted();
        if (status != required) {
            throw new RequestRefusedException(Labels.text("request.refused.move", status.label(), target.label()));
        }
    }

    private void refuseIfAccepted() {
        editRefusal().ifPresent(reason -> {
            throw new RequestRefusedException(reason);
        });
    }

    private void record(LocalDateTime at, String actor, RequestStatus from, RequestStatus to, String reason) {
        history.add(new StatusChange(this, at, actor, from, to, reason));
    }

    public Institution getInstitution() {
        return institution;
    }

    public String getTitle() {
        return title;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public RequestContent getContent() {
        return content;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public LocalDate getHandlingDate() {
        return handlingDate;
    }

    public boolean isOutlookMismatch() {
        return outlookMismatch;
    }

    public LocalDateTime getCheckedAt() {
        return checkedAt;
    }

    public LocalDateTime getPrefectureConfirmedAt() {
        return prefectureConfirmedAt;
    }

    public String getPrefectureConfirmedBy() {
        return prefectureConfirmedBy;
    }

    /** 承認数量 by item code in the order of the request's items; empty when the confirmation entered none. */
    public Map<String, Integer> getApprovedQuantities() {
        return Collections.unmodifiableMap(approvedQuantities);
    }

    public List<StatusChange> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
