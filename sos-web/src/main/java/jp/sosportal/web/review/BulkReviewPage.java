package jp.sosportal.web.review;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import jp.sosportal.review.boundary.BulkReviews;
import jp.sosportal.review.control.BulkOutcome;
import jp.sosportal.web.platform.Messages;

/**
 * 一括確認 / 一括受付 on the rows selected in 要請の確認 ({@link BulkMove}): each row is moved in its own transaction,
 * and the outcome of every row is listed.
 */
@Named
@ViewScoped
public class BulkReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BulkReviews bulk;

    @Inject
    Messages messages;

    private final BulkMove move = new BulkMove();

    /** Takes the selection for the confirmation dialog; with none selected the dialog stays closed. */
    public void prepare() {
        if (!move.take()) {
            messages.error(null, "bulk.noneSelected");
            Faces.validationFailed();
        }
    }

    public void confirm() {
        done(bulk.confirm(move.versions()));
    }

    public void accept() {
        done(bulk.accept(move.versions()));
    }

    private void done(List<BulkOutcome> outcomes) {
        move.done(outcomes);
        messages.info(null, "bulk.result", move.movedCount(), move.refusedCount());
    }

    public BulkMove getMove() {
        return move;
    }
}
