package jp.sosportal.audit.control;

/**
 * CSV injection (ASVS 5.3.1 / OWASP "CSV Injection"): a cell that starts with {@code = + - @}, a tab or a carriage
 * return is a formula to Excel and LibreOffice; a leading apostrophe makes it text. The audit trail holds what
 * strangers typed (user names of failed log-ins), so its export needs this.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String neutralised(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
