package jp.sosportal.web.review;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import jp.sosportal.request.boundary.SupplyRequests;
import jp.sosportal.request.entity.SupplyRequest;
import jp.sosportal.review.boundary.Distributions;
import jp.sosportal.review.entity.Distribution;
import jp.sosportal.survey.boundary.Surveys;
import jp.sosportal.survey.entity.WeeklySurvey;
import jp.sosportal.web.platform.FieldPlaces;
import jp.sosportal.web.platform.Messages;
import jp.sosportal.web.platform.Responses;

/**
 * One request as a reviewer sees it: the content, the evidence the check used (frozen at submission), the latest
 * weekly stock with days-on-hand, the 承認数量, the distributions, the timeline and the contact. The prefecture
 * confirms with a 承認数量 per item, the nation accepts, either may send it back; after 受付完了 the nation records
 * distributions and marks them 発送済. What was typed stays when a move is refused. Another prefecture's: 404.
 */
@Named
@ViewScoped
public class ReviewRequestPage implements Serializable, FieldPlaces {

    private static final long serialVersionUID = 1L;

    @Inject
    SupplyRequests requests;

    @Inject
    Distributions distributions;

    @Inject
    Surveys surveys;

    @Inject
    Messages messages;

    @Inject
    @Param(name = "id", converter = "#{supplyRequestConverter}")
    SupplyRequest request;

    private List<Distribution> sent = List.of();
    private WeeklySurvey weekly;
    private final ReviewForm form = new ReviewForm();

    /** f:viewAction: load, or 404 when the request is unknown or outside the reviewer's reach. */
    public void load() {
        if (Responses.notFoundUnless(request)) {
            weekly = surveys.latestWeekly(request.getInstitution().getCode()).orElse(null);
            sent = distributions.of(request.getId());
        }
    }

    public void confirm() {
        act(() -> requests.confirmByPrefecture(request.getId(), request.getVersion(), form.getNote(),
                form.getQuantities()), "review.confirmed");
    }

    public void accept() {
        act(() -> requests.accept(request.getId(), request.getVersion()), "review.accepted");
    }

    public void sendBack() {
        act(() -> requests.returnToInstitution(request.getId(), request.getVersion(), form.getNote()),
                "review.returned");
    }

    /** 配布予定 of one item; the form keeps what was typed when it is refused. */
    public void addDistribution() {
        distributions.plan(request.getId(), form.toInput());
        planned("distribution.added");
        form.planned();
    }

    /** A refused date is shown in the distribution's row (the input beside the button). */
    public void ship(Distribution shipped) {
        distributions.ship(shipped.getId(), shipped.getVersion(), form.getShippedDates().get(shipped.getId()));
        planned("distribution.shipped");
    }

    private void act(Supplier<SupplyRequest> move, String doneKey) {
        request = move.get();
        form.setNote(null);
        messages.info(null, doneKey);
    }

    private void planned(String doneKey) {
        sent = distributions.of(request.getId());
        messages.info(null, doneKey);
    }

    /** The inputs of the {@link ReviewForm}. */
    @Override
    public Optional<String> clientIdOf(String field) {
        return ReviewForm.clientIdOf(field, getItemCodes());
    }

    public List<String> getItemCodes() {
        return request.getContent().getItemCodes();
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

    public ReviewForm getForm() {
        return form;
    }
}
