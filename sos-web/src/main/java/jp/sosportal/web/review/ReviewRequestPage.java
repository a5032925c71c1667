package jp.sosportal.web.review;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.StaleVersionException;
import jp.sosportal.request.boundary.SupplyRequests;
import jp.sosportal.request.entity.RequestRefusedException;
import jp.sosportal.request.entity.RequestStatus;
import jp.sosportal.request.entity.StatusChange;
import jp.sosportal.request.entity.SupplyRequest;
import jp.sosportal.survey.boundary.Surveys;
import jp.sosportal.survey.entity.WeeklySurvey;
import jp.sosportal.web.platform.Messages;
import jp.sosportal.web.platform.Responses;

/**
 * One request as a reviewer sees it: the content, the evidence the check used (frozen at submission), the latest
 * weekly stock with days-on-hand, the timeline and the contact; the prefecture confirms, the nation accepts, either
 * may send it back. A request of another prefecture answers 404.
 */
@Named
@ViewScoped
public class ReviewRequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SupplyRequests requests;

    @Inject
    transient Surveys surveys;

    @Inject
    transient Messages messages;

    private Long id;
    private SupplyRequest request;
    private WeeklySurvey weekly;
    private String note;

    /** f:viewAction: load, or 404 when the request is unknown or outside the reviewer's reach. */
    public void load() {
        request = Responses.requestOrNotFound(requests, id);
        if (request != null) {
            weekly = surveys.latestWeekly(request.getInstitution().getCode()).orElse(null);
        }
    }

    public void confirm() {
        act(() -> requests.confirmByPrefecture(id, request.getVersion(), note), "review.confirmed");
    }

    public void accept() {
        act(() -> requests.accept(id, request.getVersion()), "review.accepted");
    }

    public void sendBack() {
        act(() -> requests.returnToInstitution(id, request.getVersion(), note), "review.returned");
    }

    private void act(java.util.function.Supplier<SupplyRequest> move, String doneKey) {
        try {
            request = move.get();
            note = null;
            messages.info(null, doneKey);
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> messages.errorText("reviewForm:note", error.message()));
        } catch (StaleVersionException | RequestRefusedException e) {
            messages.errorText(null, e.getMessage());
        }
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

    public List<StatusChange> getHistory() {
        return request.getHistory();
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
}
