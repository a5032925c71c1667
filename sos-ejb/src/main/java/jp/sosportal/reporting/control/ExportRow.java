package jp.sosportal.reporting.control;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One row of a reviewer's export: exactly the columns of the table, already in Japanese, and nothing more (no
 * contact, no comment), so a file never tells more than the screen.
 */
public record ExportRow(String title, LocalDateTime submittedAt, LocalDate handlingDate, String institutionName,
                        String institutionCode, String type, String prefecture, String items, String status,
                        String stage) {
}
