package jp.sosportal.web.review;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.request.entity.SupplyRequest;
import jp.sosportal.review.boundary.BulkReviews;
import jp.sosportal.review.control.BulkOutcome;
import jp.sosportal.web.platform.Messages;

/**
 * 一括確認 / 一括受付 on the rows selected in 要請の確認: the selection is taken when the reviewer asks (the dialog
 * then shows how many), each row is moved in its own transaction, and the outcome of every row is listed.
 */
@Named
@ViewScoped
public class BulkReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BulkReviews bulk;

    @Inject
    Messages messages;

    private List<SupplyRequest> selected = new ArrayList<>();
    private final Map<Long, Long> versions = new LinkedHashMap<>();
    private List<BulkOutcome> outcomes = List.of();

    /** Takes the selection for the confirmation dialog; with none selected the dialog stays closed. */
    public void prepare() {
        versions.clear();
        selected.forEach(request -> versions.put(request.getId(), request.getVersion()));
        if (versions.isEmpty()) {
            messages.error(null, "bulk.noneSelected");
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void confirm() {
        finish(bulk.confirm(versions));
    }

    public void accept() {
        finish(bulk.accept(versions));
    }

    private void finish(List<BulkOutcome> moved) {
        outcomes = moved;
        versions.clear();
        selected = new ArrayList<>();
        long done = outcomes.stream().filter(BulkOutcome::done).count();
        messages.info(null, "bulk.result", done, outcomes.size() - done);
    }

    public int getCount() {
        return versions.size();
    }

    public List<BulkOutcome> getOutcomes() {
        return outcomes;
    }

    public List<SupplyRequest> getSelected() {
        return selected;
    }

    public void setSelected(List<SupplyRequest> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }
}
