package jp.sosportal.web.admin;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.apache.commons.csv.CSVFormat;

import jp.sosportal.batch.control.MasterCsv;
import jp.sosportal.institution.boundary.InstitutionMaster;
import jp.sosportal.institution.control.InstitutionQuery;
import jp.sosportal.institution.control.InstitutionRow;
import jp.sosportal.web.platform.CsvExport;
import jp.sosportal.web.platform.Downloads;
import jp.sosportal.web.platform.QueryRows;

/**
 * 医療機関マスタ: the whole master in a lazy table — filtered ({@link InstitutionForm}), sorted and paged in the
 * database, as the reviewers' table is — and 「CSV出力」 of the filtered rows in the import's own format, so that the
 * file comes back unchanged.
 */
@Named
@ViewScoped
public class InstitutionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InstitutionMaster master;

    @Inject
    Downloads downloads;

    private InstitutionForm filter = new InstitutionForm();

    private final QueryRows<InstitutionRow, InstitutionQuery.Sort> rows = new QueryRows<>(InstitutionQuery.Sort::new,
            () -> master.count(filter.toQuery(List.of())),
            (first, size, sorts) -> master.search(filter.toQuery(sorts), first, size), InstitutionRow::id);

    public void exportCsv() {
        InstitutionQuery query = filter.toQuery(rows.sorts());
        downloads.send("sos-institutions-", "csv", out -> CsvExport.write(out, CSVFormat.RFC4180, MasterCsv.header(),
                first -> master.search(query, first, CsvExport.PAGE), MasterCsv::cells));
    }

    public void clear() {
        filter = new InstitutionForm();
    }

    public QueryRows<InstitutionRow, InstitutionQuery.Sort> getRows() {
        return rows;
    }

    public InstitutionForm getFilter() {
        return filter;
    }
}
