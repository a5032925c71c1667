package jp.sosportal.reporting.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.sosportal.institution.boundary.Accounts;
import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.Labels;
import jp.sosportal.reporting.control.ExportRow;
import jp.sosportal.request.control.RequestQuery;
import jp.sosportal.request.control.RequestSearch;
import jp.sosportal.request.entity.SupplyRequest;
import jp.sosportal.survey.boundary.Surveys;
import jp.sosportal.survey.entity.ItemNames;

/**
 * The reviewers' export: the rows of the table's query (same filters, reach and order), handed out one page per
 * call so that the writer streams them and no more than a page of entities is ever held. Refused above the
 * export limit before anything is generated.
 */
@Stateless
@RolesAllowed({"PREFECTURE", "NATIONAL"})
public class RequestExports {

    /** Rows per call: large enough to keep round trips few, small enough to keep the heap flat. */
    public static final int PAGE_SIZE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Surveys surveys;

    @Inject
    @ConfigProperty(name = "sos.review.export-limit")
    int limit;

    /** How many rows the export will have; over the limit the reviewer is asked to narrow the filters. */
    public long checkedCount(RequestQuery query) {
        long count = new RequestSearch(em, accounts.currentCaller()).count(query);
        if (count > limit) {
            throw InvalidInputException.invalid(List.of(new FieldError("export",
                    Labels.text("export.tooMany", count, limit))));
        }
        return count;
    }

    /** Page {@code page} (from 0) of {@link #PAGE_SIZE} rows in the table's order. */
    public List<ExportRow> page(RequestQuery query, int page) {
        ItemNames items = ItemNames.of(surveys.items());
        return new RequestSearch(em, accounts.currentCaller()).rows(query, page * PAGE_SIZE, PAGE_SIZE).stream()
                .map(request -> row(request, items)).toList();
    }

    private static ExportRow row(SupplyRequest r, ItemNames items) {
        var institution = r.getInstitution();
        String itemNames = String.join("、", items.names(r.getContent().getItemCodes()));
        return new ExportRow(r.getTitle(), r.getSubmittedAt(), r.getHandlingDate(), institution.getName(),
                institution.getCode(), institution.getType().label(), institution.getPrefecture().getName(),
                itemNames, r.getStatus().label(), r.stage() == null ? "" : r.stage().label());
    }
}
