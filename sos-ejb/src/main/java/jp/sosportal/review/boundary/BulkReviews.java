package jp.sosportal.review.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.Labels;
import jp.sosportal.platform.NotFoundException;
import jp.sosportal.platform.StaleVersionException;
import jp.sosportal.request.boundary.SupplyRequests;
import jp.sosportal.request.entity.RequestRefusedException;
import jp.sosportal.review.control.BulkOutcome;

/**
 * 一括確認 / 一括受付 on the rows a reviewer selected. This bean runs outside a transaction, so every row is its own
 * call to {@link SupplyRequests}, its own transaction and its own outcome: a refused or stale row rolls back alone
 * and the others stand. Bulk confirmation records no 承認数量 (see the package description).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkReviews {

    @Inject
    SupplyRequests requests;

    /** {@code versions}: request id → the version the reviewer saw in the table. */
    @RolesAllowed("PREFECTURE")
    public List<BulkOutcome> confirm(Map<Long, Long> versions) {
        return each(versions, id -> requests.confirmByPrefecture(id, versions.get(id), null).getTitle());
    }

    @RolesAllowed("NATIONAL")
    public List<BulkOutcome> accept(Map<Long, Long> versions) {
        return each(versions, id -> requests.accept(id, versions.get(id)).getTitle());
    }

    private List<BulkOutcome> each(Map<Long, Long> versions, LongFunction<String> move) {
        List<BulkOutcome> outcomes = new ArrayList<>();
        for (long id : versions.keySet()) {
            outcomes.add(outcome(id, move));
        }
        return outcomes;
    }

    private BulkOutcome outcome(long id, LongFunction<String> move) {
        try {
            return BulkOutcome.done(id, move.apply(id));
        } catch (RequestRefusedException | StaleVersionException | NotFoundException | InvalidInputException e) {
            return BulkOutcome.refused(id, titleOf(id), e.getMessage());
        } catch (EJBException e) {
            if (StaleVersionException.causedBy(e)) { // two reviewers passed the version check together; the other won
                return BulkOutcome.refused(id, titleOf(id), Labels.text("error.staleVersion"));
            }
            throw e;
        }
    }

    private String titleOf(long id) {
        try {
            return requests.find(id).getTitle();
        } catch (NotFoundException e) {
            return null;
        }
    }
}
