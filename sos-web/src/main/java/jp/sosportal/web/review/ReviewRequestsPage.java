package jp.sosportal.web.review;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import jp.sosportal.calendar.boundary.Deadlines;
import jp.sosportal.reporting.boundary.RequestExports;
import jp.sosportal.request.boundary.SupplyRequests;
import jp.sosportal.request.control.RequestQuery;
import jp.sosportal.request.control.RequestSort;
import jp.sosportal.request.entity.SupplyRequest;
import jp.sosportal.web.platform.Messages;
import jp.sosportal.web.platform.QueryRows;

/**
 * 要請の確認: the reviewer's table. Filtering, sorting (several columns at once) and paging happen in the
 * database through the request service, which also narrows a prefecture reviewer to their prefecture; the
 * exports write the same query's rows in the same order.
 */
@Named
@ViewScoped
public class ReviewRequestsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> COLUMNS = List.of("title", "submittedAt", "handlingDate", "institutionName",
            "institutionCode", "type", "prefecture", "item", "status", "stage");
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    @Inject
    SupplyRequests requests;

    @Inject
    RequestExports exports;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    @Inject
    Deadlines deadlines;

    @Inject
    ReviewFilters filters;

    /** {@code ?queue=} of a link from the reviewer's home or the dashboard ({@link ReviewQueue}). */
    private String queue;

    private final QueryRows<SupplyRequest, RequestSort> rows = new QueryRows<>(RequestSort::new,
            () -> requests.count(filters.toQuery(0, 1, List.of(), deadlines.cutOffToday())),
            (first, size, sorts) -> requests.search(filters.toQuery(first / size, size, sorts, deadlines.cutOffToday()))
                    .items(),
            SupplyRequest::getId) {
        private static final long serialVersionUID = 1L;

        /**
         * The row as the page drew it, so a bulk move carries the version the reviewer saw and a change made since
         * is reported as stale; a row not on the drawn page is read afresh.
         */
        @Override
        @SuppressWarnings("unchecked")
        public SupplyRequest getRowData(String rowKey) {
            List<SupplyRequest> drawn = (List<SupplyRequest>) getWrappedData();
            return (drawn == null ? List.<SupplyRequest>of() : drawn).stream()
                    .filter(request -> getRowKey(request).equals(rowKey)).findFirst()
                    .orElseGet(() -> requests.find(Long.parseLong(rowKey)));
        }
    };

    public void exportCsv() {
        export(ExportFormat.CSV);
    }

    public void exportXlsx() {
        export(ExportFormat.XLSX);
    }

    /** Counts first: over the limit the reviewer reads why and nothing is generated. */
    private void export(ExportFormat format) {
        RequestQuery query = filters.toQuery(0, 1, rows.sorts(), deadlines.cutOffToday());
        exports.checkedCount(query);
        List<String> header = COLUMNS.stream().map(column -> messages.text("review.export." + column)).toList();
        String name = "sos-requests-" + FILE_TIME.format(LocalDateTime.now(clock)) + "." + format.extension();
        Faces.sendFile(name, true, out -> format.write(out, messages.text("review.title"), header,
                page -> exports.page(query, page)));
    }

    /** A link naming a queue shows just that queue; without one the session's filters stay. */
    public void showLinkedQueue() {
        ReviewQueue.of(queue).ifPresent(filters::showQueue);
    }

    public String getQueue() {
        return queue;
    }

    public void setQueue(String queue) {
        this.queue = queue;
    }

    public QueryRows<SupplyRequest, RequestSort> getRows() {
        return rows;
    }

    public void clearFilters() {
        filters.clear();
    }
}
