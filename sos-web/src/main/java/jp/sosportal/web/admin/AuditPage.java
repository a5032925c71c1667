package jp.sosportal.web.admin;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.apache.commons.csv.CSVFormat;

import jp.sosportal.audit.boundary.AuditTrail;
import jp.sosportal.audit.control.AuditQuery;
import jp.sosportal.audit.entity.AuditEvent;
import jp.sosportal.web.platform.CsvExport;
import jp.sosportal.web.platform.Downloads;
import jp.sosportal.web.platform.Messages;
import jp.sosportal.web.platform.QueryRows;

/**
 * 「監査ログ」: the audit trail, newest first, paged in the database; filtered ({@link AuditFilter}) by user (actor
 * or subject), kind and day range; 「CSV出力」 writes the filtered events as the table shows them
 * ({@link AuditEvent#shown()}), formula-looking cells neutralised by {@link CsvExport}.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> COLUMNS = List.of("at", "kind", "actor", "subject", "address", "detail");

    @Inject
    AuditTrail audit;

    @Inject
    Downloads downloads;

    @Inject
    Messages messages;

    private final AuditFilter filter = new AuditFilter();

    private final QueryRows<AuditEvent, QueryRows.Unsorted> rows = new QueryRows<>(() -> audit.count(filter.query()),
            (first, size, sorts) -> audit.search(filter.query(), first, size), AuditEvent::getId);

    public void exportCsv() {
        AuditQuery query = filter.query();
        List<String> header = COLUMNS.stream().map(column -> messages.text("audit.column." + column)).toList();
        downloads.send("sos-audit-", "csv", out -> CsvExport.write(out, CSVFormat.EXCEL, header,
                first -> audit.search(query, first, CsvExport.PAGE), AuditEvent::shown));
    }

    public QueryRows<AuditEvent, QueryRows.Unsorted> getRows() {
        return rows;
    }

    public AuditFilter getFilter() {
        return filter;
    }
}
