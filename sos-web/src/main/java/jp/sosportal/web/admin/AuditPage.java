package jp.sosportal.web.admin;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.apache.commons.csv.CSVFormat;
import org.omnifaces.util.Faces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import jp.sosportal.audit.boundary.AuditTrail;
import jp.sosportal.audit.control.AuditQuery;
import jp.sosportal.audit.entity.AuditEvent;
import jp.sosportal.audit.entity.AuditKind;
import jp.sosportal.platform.SpreadsheetCells;
import jp.sosportal.web.platform.CsvExport;
import jp.sosportal.web.platform.Formats;
import jp.sosportal.web.platform.Messages;

/**
 * 「監査ログ」: the audit trail, newest first, paged in the database; filtered ({@link AuditFilter}) by user (actor
 * or subject), kind and day range; 「CSV出力」 writes the filtered events with formula-looking cells neutralised (a
 * user name typed at the login page is a stranger's text).
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final List<String> COLUMNS = List.of("at", "kind", "actor", "subject", "address", "detail");

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Formats formats;

    @Inject
    Messages messages;

    private AuditFilter filter = new AuditFilter();

    private final LazyDataModel<AuditEvent> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, audit.count(filter.query()));
        }

        @Override
        public List<AuditEvent> load(int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> by) {
            return audit.search(filter.query(), first, size);
        }

        @Override
        public String getRowKey(AuditEvent event) {
            return String.valueOf(event.getId());
        }
    };

    public void exportCsv() {
        AuditQuery query = filter.query();
        String name = "sos-audit-" + FILE_TIME.format(LocalDateTime.now(clock)) + ".csv";
        List<String> header = COLUMNS.stream().map(column -> messages.text("audit.column." + column)).toList();
        Faces.sendFile(name, true, out -> CsvExport.write(out, CSVFormat.EXCEL, header,
                first -> audit.search(query, first, CsvExport.PAGE), this::cells));
    }

    private List<String> cells(AuditEvent event) {
        return Stream.of(formats.dateTime(event.getAt()), event.getKind().label(), event.getActor(),
                event.getSubject(), event.getAddress(), event.getDetail()).map(SpreadsheetCells::neutralise).toList();
    }

    public void clear() {
        filter = new AuditFilter();
    }

    public LazyDataModel<AuditEvent> getRows() {
        return rows;
    }

    public AuditKind[] getKinds() {
        return AuditKind.values();
    }

    public AuditFilter getFilter() {
        return filter;
    }
}
