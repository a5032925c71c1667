package jp.sosportal.web.review;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
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

    /** The request's version as the reviewer saw it: a move made meanwhile by someone else is refused as stale. */
    private Long shownVersion;
    private List<Distribution> sent = List.of();
    private WeeklySurvey weekly;
    private final ReviewForm form = new ReviewForm();

    /**
     * Reads what the page shows about its request. Also on a postback that finds no bean for its view (a session
     * keeps those of its last 25 views; a reviewer opens many requests in tabs): the page posts back to its own
     * address, so {@link #request} is injected again, and the version it was shown at comes back with the form.
     */
    @PostConstruct
    void read() {
        if (request != null) {
            shownVersion = request.getVersion();
            weekly = surveys.latestWeekly(request.getInstitution().getCode()).orElse(null);
            sent = distributions.of(request.getId());
        }
    }

    /** f:viewAction: 404 when the request is unknown or outside the reviewer's reach. */
    public void load() {
        Responses.notFoundUnless(request);
    }

    public void confirm() {
        act(() -> requests.confirmByPrefecture(request.getId(), shownVersion, form.getNote(),
                form.getQuantities()), "review.confirmed");
    }

    public void accept() {
        act(() -> requests.accept(request.getId(), shownVersion), "review.accepted");
    }

    public void sendBack() {
        act(() -> requests.returnToInstitution(request.getId(), shownVersion, form.getNote()),
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
        shownVersion = request.getVersion();
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

    public Long getShownVersion() {
        return shownVersion;
    }

    public void setShownVersion(Long shownVersion) {
        this.shownVersion = shownVersion;
    }

    public ReviewForm getForm() {
        return form;
    }
}
