package jp.sosportal.survey.boundary;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.sosportal.institution.control.InstitutionRef;
import jp.sosportal.survey.control.CopyStage;
import jp.sosportal.survey.control.DailyInput;
import jp.sosportal.survey.control.DailyLoad;
import jp.sosportal.survey.control.WeeklyItemInput;
import jp.sosportal.survey.control.WeeklyLoad;
import jp.sosportal.survey.entity.DailyValues;
import jp.sosportal.survey.entity.OutlookBands;
import jp.sosportal.survey.entity.SupplyItem;
import jp.sosportal.survey.entity.WeeklyItemAnswer;

/**
 * Bulk loads of survey answers that the survey rules already accepted (the ingestion jobs validate every row
 * with {@link jp.sosportal.survey.control.SurveyValidation} first). A chunk of rows is upserted with one set-based
 * statement per step within the caller's transaction, by institution + date for daily answers and institution +
 * date + item for weekly ones; a value that changes keeps its previous answer as a survey revision, as
 * {@link Surveys} does, and loading the same rows again changes nothing. The statements read the chunk from a
 * staging table filled by COPY on PostgreSQL ({@link CopyStage}: the bench's writer went from ~7,500 to tens of
 * thousands of rows/s) and from a VALUES list of parameters elsewhere (H2).
 * <p>
 * {@code @PermitAll}: the callers are the job steps, which run on the batch runtime's threads; who may load what
 * is decided when a job is started ({@code BatchJobs} is role-restricted and fixes the uploader) and per row
 * (a とりまとめ団体 only for its members).
 */
@Stateless
@PermitAll
public class SurveyLoads {

    /** One daily row: institution, date, the four counts and the two yes/no answers. */
    private static final String DAILY_ROW = "(cast(? as bigint), cast(? as date), cast(? as integer),"
            + " cast(? as integer), cast(? as integer), cast(? as integer), cast(? as boolean), cast(? as boolean))";
    private static final String DAILY_COLUMNS =
            "s (institution_id, survey_date, aqn, aql, inpatients, beds, testing, pcr)";
    /** The same columns as a staging table for COPY (PostgreSQL). */
    private static final String DAILY_STAGE = """
            create temporary table if not exists daily_load (institution_id bigint, survey_date date, aqn integer,
                aql integer, inpatients integer, beds integer, testing boolean, pcr boolean) on commit delete rows""";
    private static final String DAILY_DIFFERS = "(d.antigen_quantitative_tests <> s.aqn or d.antigen_qualitative_tests"
            + " <> s.aql or d.inpatients <> s.inpatients or d.acceptable_beds <> s.beds"
            + " or d.testing_institution <> s.testing or d.pcr_available <> s.pcr)";

    /** The previous answers of the rows that change, kept as revisions; %s: the rows (a {@link Source}). */
    private static final String DAILY_REVISION = """
            insert into survey_revision (id, version, institution_id, kind, survey_date, previous_values,
                previously_answered_at, previously_answered_by, replaced_at, replaced_by)
            select nextval('sos_seq'), 1, d.institution_id, 'DAILY', d.survey_date, %s,
                d.answered_at, d.answered_by, cast(? as timestamp), cast(? as varchar(64))
            from daily_survey d join %s
                on d.institution_id = s.institution_id and d.survey_date = s.survey_date
            where %s""";

    private static final String DAILY_UPSERT = """
            merge into daily_survey d
            using %s
            on d.institution_id = s.institution_id and d.survey_date = s.survey_date
            when matched and %s then
                update set antigen_quantitative_tests = s.aqn, antigen_qualitative_tests = s.aql,
                    inpatients = s.inpatients, acceptable_beds = s.beds, testing_institution = s.testing,
                    pcr_available = s.pcr, answered_at = cast(? as timestamp), answered_by = cast(? as varchar(64)),
                    version = d.version + 1
            when not matched then
                insert (id, version, institution_id, survey_date, antigen_quantitative_tests,
                    antigen_qualitative_tests, inpatients, acceptable_beds, testing_institution, pcr_available,
                    answered_at, answered_by)
                values (nextval('sos_seq'), 1, s.institution_id, s.survey_date, s.aqn, s.aql, s.inpatients,
                    s.beds, s.testing, s.pcr, cast(? as timestamp), cast(? as varchar(64)))""";

    /**
     * One weekly row: institution, date, item code, outlook, stock, weekly use, planned purchase, and whether the
     * outlook contradicts the quantities ({@link OutlookBands}, computed here so that the bands stay in one place).
     */
    private static final String WEEKLY_ROW = "(cast(? as bigint), cast(? as date), cast(? as varchar(30)),"
            + " cast(? as varchar(30)), cast(? as integer), cast(? as integer), cast(? as integer),"
            + " cast(? as boolean))";
    private static final String WEEKLY_COLUMNS = "s (institution_id, survey_date, item_code, outlook, stock,"
            + " weekly_use, planned_purchase, outlook_mismatch)";
    private static final String WEEKLY_STAGE = """
            create temporary table if not exists weekly_load (institution_id bigint, survey_date date,
                item_code varchar(30), outlook varchar(30), stock integer, weekly_use integer,
                planned_purchase integer, outlook_mismatch boolean) on commit delete rows""";

    private static final String WEEKLY_HEADER = """
            merge into weekly_survey w
            using (select distinct institution_id, survey_date from %s) as h
            on w.institution_id = h.institution_id and w.survey_date = h.survey_date
            when not matched then
                insert (id, version, institution_id, survey_date, answered_at, answered_by)
                values (nextval('sos_seq'), 1, h.institution_id, h.survey_date, cast(? as timestamp),
                    cast(? as varchar(64)))""";

    private static final String WEEKLY_REVISION = """
            insert into survey_revision (id, version, institution_id, kind, survey_date, previous_values,
                previously_answered_at, previously_answered_by, replaced_at, replaced_by)
            select nextval('sos_seq'), 1, w.institution_id, 'WEEKLY', w.survey_date, %s,
                w.answered_at, w.answered_by, cast(? as timestamp), cast(? as varchar(64))
            from weekly_survey w join weekly_survey_item i on i.weekly_survey_id = w.id
            join %s on w.institution_id = s.institution_id and w.survey_date = s.survey_date
                and i.item_code = s.item_code
            where i.outlook <> s.outlook or i.stock <> s.stock or i.weekly_use <> s.weekly_use
                or i.planned_purchase <> s.planned_purchase""";

    private static final String WEEKLY_ITEM_UPSERT = """
            merge into weekly_survey_item i
            using (select w.id as weekly_survey_id, s.item_code, s.outlook, s.stock, s.weekly_use, s.planned_purchase,
                       s.outlook_mismatch
                   from weekly_survey w join %s
                   on w.institution_id = s.institution_id and w.survey_date = s.survey_date) s
            on i.weekly_survey_id = s.weekly_survey_id and i.item_code = s.item_code
            when matched and (i.outlook <> s.outlook or i.stock <> s.stock or i.weekly_use <> s.weekly_use
                    or i.planned_purchase <> s.planned_purchase) then
                update set outlook = s.outlook, stock = s.stock, weekly_use = s.weekly_use,
                    planned_purchase = s.planned_purchase, outlook_mismatch = s.outlook_mismatch
            when not matched then
                insert (weekly_survey_id, item_code, outlook, stock, weekly_use, planned_purchase, outlook_mismatch)
                values (s.weekly_survey_id, s.item_code, s.outlook, s.stock, s.weekly_use, s.planned_purchase,
                    s.outlook_mismatch)""";

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The whole 医療機関 master by code: a job reads it once (50,000 institutions are a few megabytes). */
    public Map<String, InstitutionRef> institutions() {
        Map<String, InstitutionRef> byCode = new HashMap<>();
        em.createQuery("select i.id, i.code, a.code, i.active from Institution i left join i.aggregator a",
                        Object[].class)
                .getResultStream()
                .forEach(r -> byCode.put((String) r[1], new InstitutionRef((Long) r[0], (String) r[1], (String) r[2],
                        (Boolean) r[3])));
        return byCode;
    }

    /** Item code → name, as the survey rules want it. */
    public Map<String, String> itemNames() {
        Map<String, String> names = new HashMap<>();
        em.createNamedQuery(SupplyItem.ALL, SupplyItem.class).getResultStream()
                .forEach(item -> names.put(item.getCode(), item.getName()));
        return names;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * One statement per step for the whole chunk: the revisions of changed answers, then the upsert. A chunk has
     * no institution + date twice (the reader refuses repeats).
     */
    public void upsertDaily(List<DailyLoad> rows, String actor) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        try (Connection connection = dataSource.getConnection()) {
            Source source = CopyStage.supported(connection)
                    ? Source.staged(connection, DAILY_STAGE, "daily_load", rows, SurveyLoads::dailyFields)
                    : Source.values(DAILY_ROW, DAILY_COLUMNS, rows, SurveyLoads::dailyFields);
            try (PreparedStatement revision = connection.prepareStatement(
                         DAILY_REVISION.formatted(DailyValues.revisionSql("d"), source.sql(), DAILY_DIFFERS));
                 PreparedStatement upsert = connection.prepareStatement(
                         DAILY_UPSERT.formatted(source.sql(), DAILY_DIFFERS))) {
                revision.setTimestamp(1, now);
                revision.setString(2, actor);
                source.bind(revision, 3);
                revision.executeUpdate();
                int next = source.bind(upsert, 1);
                setAnswered(upsert, next, now, actor);
                setAnswered(upsert, next + 2, now, actor);
                upsert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new EJBException(e);
        }
    }

    /** As {@link #upsertDaily}: the answer's header, the revisions of changed items, the items. */
    public void upsertWeekly(List<WeeklyLoad> rows, String actor) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        try (Connection connection = dataSource.getConnection()) {
            Source source = CopyStage.supported(connection)
                    ? Source.staged(connection, WEEKLY_STAGE, "weekly_load", rows, SurveyLoads::weeklyFields)
                    : Source.values(WEEKLY_ROW, WEEKLY_COLUMNS, rows, SurveyLoads::weeklyFields);
            try (PreparedStatement header = connection.prepareStatement(WEEKLY_HEADER.formatted(source.sql()));
                 PreparedStatement revision = connection.prepareStatement(WEEKLY_REVISION.formatted(WeeklyItemAnswer.revisionSql("i"), source.sql()));
                 PreparedStatement upsert = connection.prepareStatement(WEEKLY_ITEM_UPSERT.formatted(source.sql()))) {
                setAnswered(header, source.bind(header, 1), now, actor);
                header.executeUpdate();
                setAnswered(revision, 1, now, actor);
                source.bind(revision, 3);
                revision.executeUpdate();
                source.bind(upsert, 1);
                upsert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new EJBException(e);
        }
    }

    /** Sets a statement's row parameters from {@code first}; returns the next parameter index. */
    @FunctionalInterface
    private interface Binder {
        int bind(PreparedStatement statement, int first) throws SQLException;
    }

    /**
     * Where the statements read the chunk's rows: the COPY-filled staging table (no parameters), or a VALUES list
     * of {@code count} rows whose parameters {@link #bind} sets.
     */
    private record Source(String sql, Binder binder) {

        static <T> Source staged(Connection connection, String createTable, String table, List<T> rows,
                                 Function<T, List<?>> fields) throws SQLException {
            CopyStage.fill(connection, createTable, table, rows, fields);
            return new Source(table + " s", (statement, first) -> first);
        }

        /** {@code fields} gives each row's values in the VALUES row's order, the same as the staging table's. */
        static <T> Source values(String row, String columns, List<T> rows, Function<T, List<?>> fields) {
            return new Source("(values " + String.join(", ", Collections.nCopies(rows.size(), row)) + ") as "
                    + columns, (statement, first) -> {
                        int p = first;
                        for (T each : rows) {
                            for (Object value : fields.apply(each)) {
                                statement.setObject(p++, value instanceof LocalDate date ? Date.valueOf(date) : value);
                            }
                        }
                        return p;
                    });
        }

        int bind(PreparedStatement statement, int first) throws SQLException {
            return binder.bind(statement, first);
        }
    }

    private static List<?> dailyFields(DailyLoad row) {
        DailyInput in = row.input();
        return Arrays.asList(row.institutionId(), row.date(), in.antigenQuantitativeTests(), in.antigenQualitativeTests(),
                in.inpatients(), in.acceptableBeds(), in.testingInstitution(), in.pcrAvailable());
    }

    private static List<?> weeklyFields(WeeklyLoad row) {
        WeeklyItemInput item = row.item();
        return Arrays.asList(row.institutionId(), row.date(), item.item(), item.outlook(), item.stock(), item.weeklyUse(),
                item.plannedPurchase(), OutlookBands.contradicts(item.outlook(), item.stock(), item.weeklyUse()));
    }

    private static void setAnswered(PreparedStatement statement, int first, Timestamp at, String by)
            throws SQLException {
        statement.setTimestamp(first, at);
        statement.setString(first + 1, by);
    }
}
