package jp.sosportal.web.review;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.StaleVersionException;
import jp.sosportal.request.boundary.SupplyRequests;
import jp.sosportal.request.control.ApprovedQuantities;
import jp.sosportal.request.entity.RequestRefusedException;
import jp.sosportal.request.entity.RequestStatus;
import jp.sosportal.request.entity.SupplyRequest;
import jp.sosportal.review.boundary.Distributions;
import jp.sosportal.review.control.DistributionInput;
import jp.sosportal.review.entity.Distribution;
import jp.sosportal.review.entity.DistributionStep;
import jp.sosportal.survey.boundary.Surveys;
import jp.sosportal.survey.entity.WeeklySurvey;
import jp.sosportal.web.platform.FormErrors;
import jp.sosportal.web.platform.Formats;
import jp.sosportal.web.platform.Messages;
import jp.sosportal.web.platform.Responses;
import jp.sosportal.web.sos.HistoryEntry;
import jp.sosportal.web.sos.SupplyItemChoices;

/**
 * One request as a reviewer sees it: the content, the evidence the check used (frozen at submission), the latest
 * weekly stock with days-on-hand, the 承認数量, the distributions, the timeline and the contact. The prefecture
 * confirms with a 承認数量 per item, the nation accepts, either may send it back; after 受付完了 the nation records
 * distributions and marks them 発送済. What was typed stays when a move is refused. Another prefecture's: 404.
 */
@Named
@ViewScoped
public class ReviewRequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SupplyRequests requests;

    @Inject
    transient Distributions distributions;

    @Inject
    transient Surveys surveys;

    @Inject
    transient Messages messages;

    @Inject
    transient FormErrors formErrors;

    @Inject
    transient Formats formats;

    @Inject
    transient SupplyItemChoices items;

    private Long id;
    private SupplyRequest request;
    private List<Distribution> sent = List.of();
    private WeeklySurvey weekly;
    private String note;
    private final Map<String, Integer> quantities = new HashMap<>();
    private String newItem;
    private Integer newQuantity;
    private LocalDate newPlannedDate;
    private final Map<Long, LocalDate> shippedDates = new HashMap<>();

    /** f:viewAction: load, or 404 when the request is unknown or outside the reviewer's reach. */
    public void load() {
        request = Responses.requestOrNotFound(requests, id);
        if (request != null) {
            weekly = surveys.latestWeekly(request.getInstitution().getCode()).orElse(null);
            sent = distributions.of(id);
        }
    }

    public void confirm() {
        act(() -> requests.confirmByPrefecture(id, request.getVersion(), note, quantities), "review.confirmed");
    }

    public void accept() {
        act(() -> requests.accept(id, request.getVersion()), "review.accepted");
    }

    public void sendBack() {
        act(() -> requests.returnToInstitution(id, request.getVersion(), note), "review.returned");
    }

    /** 配布予定 of one item; the form keeps what was typed when it is refused. */
    public void addDistribution() {
        boolean added = attempt(() -> distributions.plan(id, new DistributionInput(newItem, newQuantity,
                newPlannedDate)), "distribution.added", field -> Optional.of("reviewForm:new" + capitalized(field)));
        if (added) {
            newItem = null;
            newQuantity = null;
            newPlannedDate = null;
        }
    }

    public void ship(Distribution distribution) {
        int row = sent.indexOf(distribution);
        attempt(() -> distributions.ship(distribution.getId(), distribution.getVersion(),
                shippedDates.get(distribution.getId())), "distribution.shipped",
                field -> Optional.of("reviewForm:distributions:" + row + ":shippedDate"));
    }

    private void act(Supplier<SupplyRequest> move, String doneKey) {
        try {
            request = move.get();
            note = null;
            messages.info(null, doneKey);
        } catch (InvalidInputException e) {
            formErrors.show(e, this::clientIdOf);
        } catch (StaleVersionException | RequestRefusedException e) {
            messages.errorText(null, e.getMessage());
        } catch (EJBException e) {
            staleOrRethrow(e);
        }
    }

    private boolean attempt(Supplier<Distribution> move, String doneKey,
                            Function<String, Optional<String>> clientIdOf) {
        try {
            move.get();
            sent = distributions.of(id);
            messages.info(null, doneKey);
            return true;
        } catch (InvalidInputException e) {
            formErrors.show(e, clientIdOf);
        } catch (StaleVersionException | RequestRefusedException e) {
            messages.errorText(null, e.getMessage());
        } catch (EJBException e) {
            staleOrRethrow(e);
        }
        return false;
    }

    /** quantities.SURGICAL_MASK → the input of that item's row; reason → the note. */
    private Optional<String> clientIdOf(String field) {
        if (field.startsWith(ApprovedQuantities.FIELD_PREFIX)) {
            int row = getItemCodes().indexOf(field.substring(ApprovedQuantities.FIELD_PREFIX.length()));
            return row < 0 ? Optional.empty() : Optional.of("reviewForm:approved:" + row + ":quantity");
        }
        return Optional.of("reviewForm:note");
    }

    /** Two reviewers passed the version check together: the one whose commit lost is told, as for a stale copy. */
    private void staleOrRethrow(EJBException e) {
        if (!StaleVersionException.causedBy(e)) {
            throw e;
        }
        messages.errorText(null, new StaleVersionException().getMessage());
    }

    private static String capitalized(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    public boolean isConfirmable() {
        return request.getStatus() == RequestStatus.UNDER_REVIEW && request.getPrefectureConfirmedAt() == null;
    }

    public boolean isAcceptable() {
        return request.getStatus() == RequestStatus.UNDER_REVIEW && request.getPrefectureConfirmedAt() != null;
    }

    public boolean isReturnable() {
        return request.getStatus() == RequestStatus.UNDER_REVIEW;
    }

    public boolean isDistributable() {
        return request.getStatus() == RequestStatus.ACCEPTED;
    }

    public boolean isShippable(Distribution distribution) {
        return distribution.step() == DistributionStep.PLANNED;
    }

    public List<String> getItemCodes() {
        return request.getContent().getItemCodes();
    }

    public List<HistoryEntry> getHistory() {
        return HistoryEntry.timeline(request, sent, items, formats, messages);
    }

    public List<Distribution> getDistributions() {
        return sent;
    }

    public WeeklySurvey getWeeklySurvey() {
        return weekly;
    }

    public SupplyRequest getRequest() {
        return request;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** 承認数量 as typed, by item code (bound per row of the confirmation). */
    public Map<String, Integer> getQuantities() {
        return quantities;
    }

    public Map<Long, LocalDate> getShippedDates() {
        return shippedDates;
    }

    public String getNewItem() {
        return newItem;
    }

    public void setNewItem(String newItem) {
        this.newItem = newItem;
    }

    public Integer getNewQuantity() {
        return newQuantity;
    }

    public void setNewQuantity(Integer newQuantity) {
        this.newQuantity = newQuantity;
    }

    public LocalDate getNewPlannedDate() {
        return newPlannedDate;
    }

    public void setNewPlannedDate(LocalDate newPlannedDate) {
        this.newPlannedDate = newPlannedDate;
    }
}
