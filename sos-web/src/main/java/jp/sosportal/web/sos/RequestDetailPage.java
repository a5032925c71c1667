package jp.sosportal.web.sos;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import jp.sosportal.institution.boundary.Accounts;
import jp.sosportal.platform.StaleVersionException;
import jp.sosportal.request.boundary.SupplyRequests;
import jp.sosportal.request.entity.RequestRefusedException;
import jp.sosportal.request.entity.SupplyRequest;
import jp.sosportal.review.boundary.Distributions;
import jp.sosportal.review.entity.Distribution;
import jp.sosportal.review.entity.DistributionStep;
import jp.sosportal.web.platform.Formats;
import jp.sosportal.web.platform.Messages;
import jp.sosportal.web.platform.Responses;

/**
 * A request's page (SPEC.md §6.7, §9): its status with the status text, 「事前チェック」 (the check without
 * submitting), 「システムチェック&申請」 with the dialog of its outcome, and the timeline. A request the user may
 * not see answers 404, whether it exists or not.
 */
@Named
@ViewScoped
public class RequestDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SupplyRequests requests;

    @Inject
    transient Distributions distributions;

    @Inject
    transient Accounts accounts;

    @Inject
    SupplyItemChoices items;

    @Inject
    Messages messages;

    @Inject
    Formats formats;

    @Inject
    @Param(name = "id")
    Long id;

    /** Reloaded by id when the view comes back without it (the entity is not serializable). */
    private transient SupplyRequest request;
    private transient List<Distribution> sent;
    private CheckView precheck;
    private CheckView submission;
    private CheckView lastCheck;

    public void load() {
        request = Responses.requestOrNotFound(requests, id);
    }

    /** 「事前チェック」: what a submission would find now; nothing changes. */
    public void check() {
        precheck = CheckView.of(requests.check(id), items, messages, formats);
    }

    /** 「システムチェック&申請」; the dialog then shows the outcome. Repeating it records nothing new. */
    public void submit() {
        try {
            request = requests.submit(id);
            submission = view(request);
            lastCheck = submission;
            precheck = null;
        } catch (RequestRefusedException refused) {
            messages.errorText(null, refused.getMessage());
            FacesContext.getCurrentInstance().validationFailed(); // keeps the dialog closed
        }
    }

    /** 受領 of a shipped distribution; a stale copy or a refused move is told and nothing changes. */
    public void receive(Distribution distribution) {
        try {
            distributions.receive(distribution.getId(), distribution.getVersion());
            messages.info(null, "distribution.received");
        } catch (StaleVersionException | RequestRefusedException refused) {
            messages.errorText(null, refused.getMessage());
        }
        sent = null;
        request = null;
    }

    public List<Distribution> getDistributions() {
        if (sent == null && id != null) {
            sent = distributions.of(id);
        }
        return sent;
    }

    public boolean isReceivable(Distribution distribution) {
        return distribution.step() == DistributionStep.SHIPPED;
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

    /** The timeline, with reviewers shown as 「東京都 確認担当」 rather than by user name. */
    public List<HistoryEntry> getHistory() {
        List<HistoryEntry> timeline = HistoryEntry.timeline(getRequest(), getDistributions(), items, formats, messages);
        Map<String, String> names = accounts.reviewerNames(timeline.stream().map(HistoryEntry::getActor)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return timeline.stream().map(entry -> entry.shownAs(names.get(entry.getActor()))).toList();
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
