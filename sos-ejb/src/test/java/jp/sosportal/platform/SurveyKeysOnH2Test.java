package jp.sosportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * On H2, the ingestion's merge by institution and date is planned on the unique index once the migrations ran, even
 * on an empty table (the plan H2 then keeps for the session); before migration 22 it took the foreign key's index.
 * The URL's settings are the application's (run.sh, the Arquillian container).
 */
class SurveyKeysOnH2Test {

    private static final String MERGE = """
            explain merge into %1$s d using (values (cast(1 as bigint), cast('2026-12-07' as date))) s (institution_id,
                survey_date) on d.institution_id = s.institution_id and d.survey_date = s.survey_date
            when matched then update set version = d.version + 1""";

    @Test
    void theMergeOfTheSurveyIngestionFindsItsRowsByTheUniqueIndex() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:survey-keys;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = h2.getConnection()) {
            Flyway.configure().dataSource(h2).locations("classpath:db/migration").target("21").load().migrate();
            assertThat(planOf(connection, "daily_survey")).as("before").containsIgnoringCase("constraint_index");

            DatabaseMigration.flyway(h2).migrate();

            assertThat(planOf(connection, "daily_survey")).containsIgnoringCase("uq_daily_survey_index")
                    .doesNotContainIgnoringCase("constraint_index");
            assertThat(planOf(connection, "weekly_survey")).containsIgnoringCase("uq_weekly_survey_index");
            try (Statement statement = connection.createStatement()) {
                statement.execute("drop all objects");
            }
        }
    }

    private static String planOf(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet plan = statement.executeQuery(MERGE.formatted(table))) {
            plan.next();
            return plan.getString(1);
        }
    }
}
