package jp.sosportal.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 22, on H2 only: the survey tables' foreign keys to {@code institution} are made again after their unique
 * {@code (institution_id, survey_date)} indexes. H2 gives a foreign key an index of its own, and V1 made those
 * first; planning the ingestion's {@code merge … on institution_id and survey_date} on a small table, H2 took the
 * first of two equally cheap indexes — the foreign key's — and kept that plan for the session, so each row of a
 * chunk walked every answer of its institution: 10 s per 1,000-row chunk once one institution had 50,000 dates
 * (BatchIT's restart took minutes), against 6 ms with the unique index. PostgreSQL makes no index for a foreign key
 * and plans with statistics: nothing to do there. A Java migration because H2 named the constraints itself
 * (registered in {@link DatabaseMigration#flyway}, so no class path scanning finds it by its name).
 */
final class SurveyKeysOnH2 implements JavaMigration {

    private static final List<String> TABLES = List.of("daily_survey", "weekly_survey");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("22");
    }

    @Override
    public String getDescription() {
        return "survey foreign keys after their unique indexes on H2";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        for (String table : TABLES) {
            try (Statement ddl = connection.createStatement()) {
                // quoted: the name as H2 keeps it, whatever the case rules of the URL (DATABASE_TO_LOWER)
                ddl.execute("alter table " + table + " drop constraint \"" + institutionKeyOf(connection, table) + "\"");
                ddl.execute("alter table " + table + " add constraint fk_" + table + "_institution"
                        + " foreign key (institution_id) references institution (id)");
            }
        }
    }

    private static String institutionKeyOf(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select c.constraint_name from information_schema.table_constraints c
                join information_schema.key_column_usage k
                    on k.constraint_name = c.constraint_name and k.table_name = c.table_name
                where lower(c.table_name) = ? and c.constraint_type = 'FOREIGN KEY'
                    and lower(k.column_name) = 'institution_id'""")) {
            query.setString(1, table);
            try (ResultSet key = query.executeQuery()) {
                if (!key.next()) {
                    throw new SQLException("no foreign key on " + table + ".institution_id");
                }
                return key.getString(1);
            }
        }
    }
}
