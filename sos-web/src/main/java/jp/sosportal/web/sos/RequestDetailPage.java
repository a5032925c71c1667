package jp.sosportal.web.sos;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import jp.sosportal.request.boundary.SupplyRequests;
import jp.sosportal.request.entity.SupplyRequest;
import jp.sosportal.review.boundary.Distributions;
import jp.sosportal.review.entity.Distribution;
import jp.sosportal.web.platform.Formats;
import jp.sosportal.web.platform.Messages;
import jp.sosportal.web.platform.Responses;

/**
 * A request's page (SPEC.md §6.7, §9): its status with the status text, 「事前チェック」 (the check without
 * submitting), 「システムチェック&申請」 with the dialog of its outcome, and the timeline. A request the user may
 * not see answers 404, whether it exists or not.
 *
 * <p>The page posts back to its own address ({@code o:form useRequestURI}), so a bean made anew on a postback
 * still knows its request: a session keeps the beans of its last 25 views only, and a person who opened more pages
 * in another tab, or reloaded through a database restart, would otherwise press 「システムチェック&申請」 on a page
 * that forgot which request it shows.
 */
@Named
@ViewScoped
public class RequestDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupplyRequests requests;

    @Inject
    Distributions distributions;

    @Inject
    SupplyItemChoices items;

    @Inject
    Messages messages;

    @Inject
    Formats formats;

    /** Read again after a move (null until then), by {@link #id}. */
    @Inject
    @Param(name = "id", converter = "#{supplyRequestConverter}")
    SupplyRequest request;

    private Long id;
    private List<Distribution> sent;
    private CheckView precheck;
    private CheckView submission;
    private CheckView lastCheck;

    @PostConstruct
    void remember() {
        id = request == null ? null : request.getId();
    }

    public void load() {
        Responses.notFoundUnless(request);
    }

    /** 「事前チェック」: what a submission would find now; nothing changes. */
    public void check() {
        precheck = CheckView.of(requests.check(shownId()), items, messages, formats);
    }

    /** 「システムチェック&申請」; the dialog then shows the outcome. Repeating it records nothing new. */
    public void submit() {
        request = requests.submit(shownId()); // refused: the dialog stays closed (PageExceptionHandler)
        submission = view(request);
        lastCheck = submission;
        precheck = null;
    }

    /** 受領 of a shipped distribution; a stale copy or a refused move is told and nothing changes. */
    public void receive(Distribution distribution) {
        sent = null;
        request = null; // read again, whether the move was made or refused
        distributions.receive(distribution.getId(), distribution.getVersion());
        messages.info(null, "distribution.received");
    }

    public List<Distribution> getDistributions() {
        if (sent == null && id != null) {
            sent = distributions.of(id);
        }
        return sent;
    }

    public SupplyRequest getRequest() {
        if (request == null && id != null) {
            request = requests.find(id);
        }
        return request;
    }

    /** The last check recorded by a submission, shown under the status (for エラー有り it says what failed). */
    public CheckView getLastCheck() {
        if (lastCheck == null && getRequest().getCheckedAt() != null) {
            lastCheck = view(getRequest());
        }
        return lastCheck;
    }

    public List<String> getItemNames() {
        return items.names(getRequest().getContent().getItemCodes());
    }

    /** The request the page shows; none (a postback without a readable {@code ?id=}) is the 404 page. */
    private long shownId() {
        return Responses.foundForAction(id);
    }

    private CheckView view(SupplyRequest checked) {
        return CheckView.of(checked.lastCheck(), items, messages, formats);
    }

    public Long getId() {
        return id;
    }

    public CheckView getPrecheck() {
        return precheck;
    }

    public CheckView getSubmission() {
        return submission;
    }
}
