package jp.sosportal.batch.job;

import java.util.List;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import jp.sosportal.batch.control.CellError;
import jp.sosportal.batch.control.MasterRow;
import jp.sosportal.institution.control.MasterLine;

/**
 * Applies the master's checks to each row: a refused row becomes a skip with its reasons, an accepted one a line
 * to stage.
 */
@Named
@Dependent
public class MasterRowProcessor implements ItemProcessor {

    @Override
    public Object processItem(Object item) throws RowRejectedException {
        MasterCsvReader.Checked checked = (MasterCsvReader.Checked) item;
        MasterRow row = checked.row();
        List<CellError> errors = checked.check().errors(row);
        if (!errors.isEmpty()) {
            throw new RowRejectedException(row.line(), errors);
        }
        return new MasterLine(row.line(), row.input(), row.aggregatorCode(), row.active());
    }
}
