package jp.sosportal.web.admin;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.apache.commons.csv.CSVFormat;
import org.omnifaces.util.Faces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import jp.sosportal.batch.control.MasterCsv;
import jp.sosportal.institution.boundary.InstitutionMaster;
import jp.sosportal.institution.control.InstitutionQuery;
import jp.sosportal.institution.control.InstitutionRow;
import jp.sosportal.web.platform.CsvExport;

/**
 * 医療機関マスタ: the whole master in a lazy table — filtered ({@link InstitutionForm}), sorted and paged in the
 * database, as the reviewers' table is — and 「CSV出力」 of the filtered rows in the import's own format, so that the
 * file comes back unchanged.
 */
@Named
@ViewScoped
public class InstitutionsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Inject
    InstitutionMaster master;

    @Inject
    Clock clock;

    private InstitutionForm filter = new InstitutionForm();
    private List<InstitutionQuery.Sort> sorts = List.of();

    private final LazyDataModel<InstitutionRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, master.count(filter.toQuery(sorts)));
        }

        @Override
        public List<InstitutionRow> load(int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> by) {
            sorts = sortBy.values().stream().sorted(Comparator.comparingInt(SortMeta::getPriority))
                    .filter(sort -> sort.getOrder() != SortOrder.UNSORTED)
                    .map(sort -> new InstitutionQuery.Sort(sort.getField(), sort.getOrder() == SortOrder.DESCENDING))
                    .toList();
            return master.search(filter.toQuery(sorts), first, size);
        }

        @Override
        public String getRowKey(InstitutionRow row) {
            return String.valueOf(row.id());
        }
    };

    public void exportCsv() {
        InstitutionQuery query = filter.toQuery(sorts);
        String file = "sos-institutions-" + FILE_TIME.format(LocalDateTime.now(clock)) + ".csv";
        Faces.sendFile(file, true, out -> CsvExport.write(out, CSVFormat.RFC4180, MasterCsv.header(),
                first -> master.search(query, first, CsvExport.PAGE), MasterCsv::cells));
    }

    public void clear() {
        filter = new InstitutionForm();
    }

    public LazyDataModel<InstitutionRow> getRows() {
        return rows;
    }

    public InstitutionForm getFilter() {
        return filter;
    }
}
