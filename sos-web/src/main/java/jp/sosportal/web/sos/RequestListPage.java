package jp.sosportal.web.sos;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.data.SortEvent;

import jp.sosportal.request.boundary.SupplyRequests;
import jp.sosportal.request.control.RequestPage;
import jp.sosportal.request.control.RequestQuery;
import jp.sosportal.web.platform.Formats;
import jp.sosportal.web.platform.Messages;

/**
 * 「緊急配布要請」 list (SPEC.md §6.5): the institution's requests, newest first, sorted and searched in the
 * table, with the line 「N 個の項目 • 並び替え基準: … • X分前 に更新されました」.
 */
@Named
@ViewScoped
public class RequestListPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String DEFAULT_SORT_COLUMN = "title";

    @Inject
    SupplyRequests requests;

    @Inject
    Clock clock;

    @Inject
    Messages messages;

    @Inject
    Formats formats;

    private List<RequestRow> rows;
    private List<RequestRow> filteredRows;
    private long total;
    private Instant loadedAt;
    private String sortColumn = DEFAULT_SORT_COLUMN;

    @PostConstruct
    void load() {
        // The services see to it that staff only ever get their own institution's requests.
        RequestPage page = requests.search(RequestQuery.all());
        // A mutable list: the table sorts it in place.
        rows = page.items().stream().map(r -> new RequestRow(r, formats))
                .collect(Collectors.toCollection(ArrayList::new));
        total = page.total();
        loadedAt = clock.instant();
    }

    /** The sort the user chose goes into the summary line. */
    public void sorted(SortEvent event) {
        sortColumn = event.getSortBy().values().stream().findFirst()
                .map(meta -> meta.getColumnKey().substring(meta.getColumnKey().lastIndexOf(':') + 1))
                .orElse(DEFAULT_SORT_COLUMN);
    }

    public String getSummary() {
        return messages.text("sos.list.summary", String.valueOf(total),
                messages.text("sos.column." + sortColumn), age());
    }

    /** More requests than one page of the service holds: say that the oldest are not shown. */
    public String getTruncation() {
        return total > rows.size() ? messages.text("sos.list.truncated", String.valueOf(rows.size()),
                String.valueOf(total)) : null;
    }

    private String age() {
        Duration age = Duration.between(loadedAt, clock.instant());
        if (age.toMinutes() < 1) {
            return messages.text("sos.list.justNow");
        }
        return age.toHours() < 1 ? messages.text("sos.list.minutesAgo", String.valueOf(age.toMinutes()))
                : messages.text("sos.list.hoursAgo", String.valueOf(age.toHours()));
    }

    /** The ids of the listed requests that can still be edited, for the drafts kept in the browser. */
    public String getEditableIds() {
        return rows.stream().filter(RequestRow::isEditable).map(row -> String.valueOf(row.getId()))
                .collect(Collectors.joining(","));
    }

    public List<RequestRow> getRows() {
        return rows;
    }

    public List<RequestRow> getFilteredRows() {
        return filteredRows;
    }

    public void setFilteredRows(List<RequestRow> filteredRows) {
        this.filteredRows = filteredRows;
    }
}
