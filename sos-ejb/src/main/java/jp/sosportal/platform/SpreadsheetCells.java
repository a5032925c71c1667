package jp.sosportal.platform;

/**
 * Keeps a text cell of a CSV or XLSX file the portal writes from being run as a formula when a user opens it in a
 * spreadsheet (CSV/formula injection, OWASP; ASVS 5.3.1). A cell that starts with {@code = + - @}, a tab or a
 * carriage return gets a leading apostrophe, which spreadsheets show as text. Every writer of a file that someone
 * opens in Excel (reject reports, reviewer exports, the audit export, open data) passes its text cells through
 * here; numbers written as numbers need nothing.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** The text as a cell may safely hold it; null stays null. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    /** Each value that is text, neutralised; other values (numbers, null) as they are. */
    public static Object[] neutralise(Object... values) {
        Object[] cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = values[i] instanceof CharSequence text ? neutralise(text.toString()) : values[i];
        }
        return cells;
    }
}
