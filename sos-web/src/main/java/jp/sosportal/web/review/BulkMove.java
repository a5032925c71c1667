package jp.sosportal.web.review;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.sosportal.request.entity.SupplyRequest;
import jp.sosportal.review.control.BulkOutcome;

/**
 * 一括確認 / 一括受付 as the reviewer sees it: the rows selected in 要請の確認; each one's version as the table showed
 * it, taken when the reviewer asks (the dialog then shows how many), so that a row someone else changed in the
 * meantime is refused as stale, not moved; then what the move did to every row.
 */
public class BulkMove implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<SupplyRequest> selected = new ArrayList<>();
    private final Map<Long, Long> versions = new LinkedHashMap<>();
    private List<BulkOutcome> outcomes = List.of();

    /** Takes the versions of the rows selected now; false when none is. */
    boolean take() {
        versions.clear();
        selected.forEach(request -> versions.put(request.getId(), request.getVersion()));
        return !versions.isEmpty();
    }

    /** Request id → the version the reviewer saw, in the table's order. */
    Map<Long, Long> versions() {
        return versions;
    }

    /** The move is done: its outcomes are shown, and nothing is selected any more. */
    void done(List<BulkOutcome> moved) {
        outcomes = moved;
        versions.clear();
        selected = new ArrayList<>();
    }

    long movedCount() {
        return outcomes.stream().filter(BulkOutcome::done).count();
    }

    long refusedCount() {
        return outcomes.size() - movedCount();
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
