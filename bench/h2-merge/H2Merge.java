import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * The survey ingestion's H2 merge (SurveyLoads: merge … on institution_id and survey_date) over 60 chunks of 1,000
 * new daily answers of ONE institution (BatchIT's 60,000-row file), on the schema as V1 made it (the foreign key's
 * index first) and as migration 22 leaves it (the foreign key made again after the unique index). Prints the
 * milliseconds of every tenth chunk and the total of each.
 */
public class H2Merge {

    public static void main(String[] args) throws SQLException {
        for (boolean migrated : new boolean[] {false, true}) {
            try (Connection c = DriverManager.getConnection("jdbc:h2:mem:merge" + migrated
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")) {
                schema(c, migrated);
                long total = 0;
                StringBuilder line = new StringBuilder();
                for (int chunk = 0; chunk < 60; chunk++) {
                    long ms = mergeChunk(c, chunk);
                    total += ms;
                    if (chunk % 10 == 0 || chunk == 59) {
                        line.append(" #").append(chunk).append(' ').append(ms).append(" ms");
                    }
                }
                System.out.printf("%-28s total %,7d ms;%s%n", migrated ? "after migration 22:" : "V1 schema (before 22):",
                        total, line);
            }
        }
    }

    static void schema(Connection c, boolean migrated) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("create sequence sos_seq");
            s.execute("create table institution (id bigint primary key)");
            s.execute("insert into institution values (1)");
            s.execute("create table daily_survey (id bigint primary key, version bigint not null, institution_id bigint"
                    + " not null references institution (id), survey_date date not null, aqn integer,"
                    + " constraint uq_daily_survey unique (institution_id, survey_date))");
            if (migrated) {
                try (ResultSet fk = s.executeQuery("select constraint_name from information_schema.table_constraints"
                        + " where table_name = 'daily_survey' and constraint_type = 'FOREIGN KEY'")) {
                    fk.next();
                    String name = fk.getString(1);
                    s.execute("alter table daily_survey drop constraint \"" + name + "\"");
                }
                s.execute("alter table daily_survey add constraint fk_daily_survey_institution foreign key"
                        + " (institution_id) references institution (id)");
            }
        }
    }

    static long mergeChunk(Connection c, int chunk) throws SQLException {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            values.append(i > 0 ? "," : "").append("(cast(? as bigint), cast(? as date), cast(? as integer))");
        }
        String sql = "merge into daily_survey d using (values " + values + ") s (institution_id, survey_date, aqn)"
                + " on d.institution_id = s.institution_id and d.survey_date = s.survey_date"
                + " when matched and d.aqn <> s.aqn then update set aqn = s.aqn"
                + " when not matched then insert (id, version, institution_id, survey_date, aqn)"
                + " values (nextval('sos_seq'), 1, s.institution_id, s.survey_date, s.aqn)";
        long t0 = System.nanoTime();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int k = 1;
            for (int i = 0; i < 1000; i++) {
                p.setLong(k++, 1);
                p.setObject(k++, LocalDate.of(2000, 1, 1).plusDays(chunk * 1000L + i));
                p.setInt(k++, 1);
            }
            p.executeUpdate();
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
