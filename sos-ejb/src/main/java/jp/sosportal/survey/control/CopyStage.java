package jp.sosportal.survey.control;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;

import org.postgresql.PGConnection;

/**
 * Puts a chunk of bulk-load rows into a temporary staging table of the connection's session with PostgreSQL's
 * COPY, so that set-based statements then read them from there: one round trip for the rows instead of thousands
 * of bound parameters that PostgreSQL parses and plans on every chunk. The table is emptied at commit (and gone
 * with a rollback), so it never carries rows from one chunk or one pooled use to the next.
 * <p>
 * The planner has no statistics for a fresh temporary table and, joining it to a survey table of hundreds of
 * thousands of rows, chose to hash the whole survey table for every chunk (40 ms where index lookups take 3 ms);
 * the chunk's transaction therefore turns hash and merge joins off ({@code set local}, gone at its end).
 * It also commits without waiting for the disk (a few ms a chunk): PostgreSQL writes commits in order and any
 * later synchronous commit (the job repository's final status) flushes them, so a crash can only lose the last
 * chunks together with their checkpoints, which the restart then loads again.
 * <p>
 * Only this class names the driver's types: the caller asks {@link #supported} first, so on H2 it is never loaded.
 */
public final class CopyStage {

    private CopyStage() {
    }

    public static boolean supported(Connection connection) throws SQLException {
        return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }

    /**
     * Creates the staging table if this session has none ({@code createTable} must say {@code if not exists} and
     * {@code on commit delete rows}) and copies the rows into it; {@code fields} gives each row's values in the
     * table's column order.
     */
    public static <T> void fill(Connection connection, String createTable, String table, List<T> rows,
                                Function<T, List<?>> fields) throws SQLException {
        try (Statement create = connection.createStatement()) {
            create.execute(createTable + "; set local enable_hashjoin = off; set local enable_mergejoin = off;"
                    + " set local synchronous_commit = off");
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table + " from stdin", new StringReader(text(rows, fields)));
        } catch (IOException e) {
            throw new SQLException("COPY into " + table + " failed", e);
        }
    }

    /** The rows in COPY's text format: tab between fields, a line per row, {@code \N} for null. */
    static <T> String text(List<T> rows, Function<T, List<?>> fields) {
        StringBuilder text = new StringBuilder(rows.size() * 64);
        for (T row : rows) {
            List<?> values = fields.apply(row);
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    text.append('\t');
                }
                appendField(text, values.get(i));
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static void appendField(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
