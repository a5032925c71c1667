package jp.sosportal.batch.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

import jp.sosportal.platform.Labels;
import jp.sosportal.survey.control.DailyInput;
import jp.sosportal.survey.control.WeeklyItemInput;
import jp.sosportal.survey.entity.Outlook;

/**
 * Turns one CSV record into a {@link SurveyRow}: cells normalised (NFKC), numbers and dates read, yes/no and
 * outlook words mapped to codes. A cell that cannot be read becomes a {@link CellError}; whether a readable value
 * is allowed (≥ 0, not in the future, a known item) is the survey rules' business, not this parser's.
 */
final class RowParser {

    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,10}");

    private final SurveyKind kind;
    /** The file's position of each column, by {@link Column#ordinal()}: looked up for every cell. */
    private final int[] positionOf;
    private final int headerSize;
    private final Map<String, String> itemCodes;
    /** The accepted yes and no words, read once: a file has hundreds of thousands of cells. */
    private final String yesWords = Labels.text("batch.words.yes");
    private final String noWords = Labels.text("batch.words.no");

    RowParser(SurveyKind kind, int[] positions, int headerSize, Map<String, String> itemCodes) {
        this.kind = kind;
        this.positionOf = new int[Column.values().length];
        for (int i = 0; i < positions.length; i++) {
            positionOf[kind.columns().get(i).ordinal()] = positions[i];
        }
        this.headerSize = headerSize;
        this.itemCodes = itemCodes;
    }

    SurveyRow parse(long line, CSVRecord record) {
        if (record.size() != headerSize) {
            return new SurveyRow(line, null, null, null, null, List.of(new CellError(null, null,
                    Labels.text("batch.row.columnCount", headerSize, record.size()))));
        }
        Cells cells = new Cells(record);
        String code = cells.text(Column.INSTITUTION_CODE);
        LocalDate date = cells.date(Column.DATE);
        if (kind == SurveyKind.DAILY) {
            DailyInput daily = new DailyInput(cells.integer(Column.ANTIGEN_QUANTITATIVE_TESTS),
                    cells.integer(Column.ANTIGEN_QUALITATIVE_TESTS), cells.integer(Column.INPATIENTS),
                    cells.integer(Column.ACCEPTABLE_BEDS), cells.yesNo(Column.TESTING_INSTITUTION),
                    cells.yesNo(Column.PCR_AVAILABLE));
            return new SurveyRow(line, code, date, daily, null, cells.errors);
        }
        WeeklyItemInput weekly = new WeeklyItemInput(cells.item(), cells.outlook(), cells.integer(Column.STOCK),
                cells.integer(Column.WEEKLY_USE), cells.integer(Column.PLANNED_PURCHASE));
        return new SurveyRow(line, code, date, null, weekly, cells.errors);
    }

    /** The cells of one record by column, collecting what cannot be read. */
    private final class Cells {

        private final CSVRecord record;
        private final List<CellError> errors = new ArrayList<>();

        Cells(CSVRecord record) {
            this.record = record;
        }

        String text(Column column) {
            String value = raw(column);
            if (value.isEmpty()) {
                refuse(column, value, Labels.text("error.required"));
            }
            return value;
        }

        Integer integer(Column column) {
            String value = raw(column).replace(",", "");
            if (value.isEmpty()) {
                return null; // the survey rules say it is required
            }
            if (!INTEGER.matcher(value).matches() || Long.parseLong(value) > Integer.MAX_VALUE
                    || Long.parseLong(value) < Integer.MIN_VALUE) {
                refuse(column, raw(column), Labels.text("error.notInteger"));
                return 0;
            }
            return Integer.valueOf(value);
        }

        LocalDate date(Column column) {
            String value = text(column);
            if (value.isEmpty()) {
                return null;
            }
            Matcher m = DATE.matcher(value);
            try {
                if (m.matches()) {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                }
            } catch (DateTimeException e) {
                // 2021/2/30: falls through to the message below
            }
            refuse(column, value, Labels.text("batch.row.badDate"));
            return null;
        }

        Boolean yesNo(Column column) {
            String value = raw(column);
            if (value.isEmpty()) {
                return null;
            }
            if (yesWords.contains("|" + value + "|")) {
                return true;
            }
            if (noWords.contains("|" + value + "|")) {
                return false;
            }
            refuse(column, value, Labels.text("batch.row.badYesNo"));
            return null;
        }

        String item() {
            String value = text(Column.ITEM);
            return itemCodes.getOrDefault(value, value); // an unknown word is named by the survey rules
        }

        String outlook() {
            String value = raw(Column.OUTLOOK);
            if (value.isEmpty()) {
                return null;
            }
            for (Outlook outlook : Outlook.values()) {
                if (Text.normalize(outlook.label()).equals(value) || outlook.name().equals(value)) {
                    return outlook.name();
                }
            }
            refuse(Column.OUTLOOK, value, Labels.text("batch.row.badOutlook", value));
            return null;
        }

        private String raw(Column column) {
            return Text.normalize(record.get(positionOf[column.ordinal()]));
        }

        private void refuse(Column column, String value, String reason) {
            errors.add(new CellError(column.label(), value, reason));
        }
    }
}
