package jp.sosportal.web.admin;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.omnifaces.util.Faces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import jp.sosportal.audit.boundary.AuditTrail;
import jp.sosportal.audit.control.AuditQuery;
import jp.sosportal.audit.control.CsvCells;
import jp.sosportal.audit.entity.AuditEvent;
import jp.sosportal.audit.entity.AuditKind;
import jp.sosportal.web.platform.Formats;
import jp.sosportal.web.platform.Messages;

/**
 * 「監査ログ」: the audit trail, newest first, paged in the database; filtered by user (actor or subject), kind
 * and day range; 「CSV出力」 writes the filtered events with formula-looking cells neutralised (a user name typed at
 * the login page is a stranger's text).
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXPORT_PAGE = 1000;
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final List<String> COLUMNS = List.of("at", "kind", "actor", "subject", "address", "detail");

    @Inject
    transient AuditTrail audit;

    @Inject
    transient Clock clock;

    @Inject
    Formats formats;

    @Inject
    Messages messages;

    private String user;
    private AuditKind kind;
    private LocalDate from;
    private LocalDate to;

    private final LazyDataModel<AuditEvent> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, audit.count(query()));
        }

        @Override
        public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            return audit.search(query(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEvent event) {
            return String.valueOf(event.getId());
        }
    };

    AuditQuery query() {
        return new AuditQuery(user, kind, from, to);
    }

    public void exportCsv() {
        AuditQuery query = query();
        String name = "sos-audit-" + FILE_TIME.format(LocalDateTime.now(clock)) + ".csv";
        Faces.sendFile(name, true, out -> write(out, query));
    }

    private void write(OutputStream out, AuditQuery query) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // Excel opens UTF-8 with a BOM as such
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL);
        csv.printRecord(COLUMNS.stream().map(column -> messages.text("audit.column." + column)).toList());
        for (int first = 0; ; first += EXPORT_PAGE) {
            List<AuditEvent> page = audit.search(query, first, EXPORT_PAGE);
            for (AuditEvent event : page) {
                csv.printRecord(Stream.of(formats.dateTime(event.getAt()), event.getKind().label(), event.getActor(),
                        event.getSubject(), event.getAddress(), event.getDetail()).map(CsvCells::neutralised).toList());
            }
            csv.flush();
            if (page.size() < EXPORT_PAGE) {
                break;
            }
        }
    }

    public void clear() {
        user = null;
        kind = null;
        from = null;
        to = null;
    }

    public LazyDataModel<AuditEvent> getRows() {
        return rows;
    }

    public AuditKind[] getKinds() {
        return AuditKind.values();
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public AuditKind getKind() {
        return kind;
    }

    public void setKind(AuditKind kind) {
        this.kind = kind;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
