package jp.sosportal.survey.boundary;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.sosportal.institution.control.InstitutionRef;
import jp.sosportal.survey.control.DailyInput;
import jp.sosportal.survey.control.DailyLoad;
import jp.sosportal.survey.control.WeeklyItemInput;
import jp.sosportal.survey.control.WeeklyLoad;
import jp.sosportal.survey.entity.SupplyItem;

/**
 * Bulk loads of survey answers that the survey rules already accepted (the ingestion jobs validate every row
 * with {@link jp.sosportal.survey.control.SurveyValidation} first). Rows are upserted in JDBC batches within the
 * caller's transaction (one chunk), by institution + date for daily answers and institution + date + item for
 * weekly ones; a value that changes keeps its previous answer as a survey revision, as {@link Surveys} does, and
 * loading the same rows again changes nothing.
 * <p>
 * {@code @PermitAll}: the callers are the job steps, which run on the batch runtime's threads; who may load what
 * is decided when a job is started ({@code BatchJobs} is role-restricted and fixes the uploader) and per row
 * (a とりまとめ団体 only for its members).
 */
@Stateless
@PermitAll
public class SurveyLoads {

    private static final String DAILY_REVISION = """
            insert into survey_revision (id, version, institution_id, kind, survey_date, previous_values,
                previously_answered_at, previously_answered_by, replaced_at, replaced_by)
            select nextval('sos_seq'), 1, d.institution_id, 'DAILY', d.survey_date,
                'antigenQuantitativeTests=' || d.antigen_quantitative_tests
                || ', antigenQualitativeTests=' || d.antigen_qualitative_tests || ', inpatients=' || d.inpatients
                || ', acceptableBeds=' || d.acceptable_beds
                || ', testingInstitution=' || case when d.testing_institution then 'true' else 'false' end
                || ', pcrAvailable=' || case when d.pcr_available then 'true' else 'false' end,
                d.answered_at, d.answered_by, ?, ?
            from daily_survey d where d.institution_id = ? and d.survey_date = ?
                and (d.antigen_quantitative_tests <> ? or d.antigen_qualitative_tests <> ? or d.inpatients <> ?
                     or d.acceptable_beds <> ? or d.testing_institution <> ? or d.pcr_available <> ?)""";

    private static final String DAILY_UPSERT = """
            merge into daily_survey d
            using (values (cast(? as bigint), cast(? as date), cast(? as integer), cast(? as integer),
                           cast(? as integer), cast(? as integer), cast(? as boolean), cast(? as boolean),
                           cast(? as timestamp), cast(? as varchar(64))))
                as s (institution_id, survey_date, aqn, aql, inpatients, beds, testing, pcr, at, by_user)
            on d.institution_id = s.institution_id and d.survey_date = s.survey_date
            when matched and (d.antigen_quantitative_tests <> s.aqn or d.antigen_qualitative_tests <> s.aql
                    or d.inpatients <> s.inpatients or d.acceptable_beds <> s.beds
                    or d.testing_institution <> s.testing or d.pcr_available <> s.pcr) then
                update set antigen_quantitative_tests = s.aqn, antigen_qualitative_tests = s.aql,
                    inpatients = s.inpatients, acceptable_beds = s.beds, testing_institution = s.testing,
                    pcr_available = s.pcr, answered_at = s.at, answered_by = s.by_user, version = d.version + 1
            when not matched then
                insert (id, version, institution_id, survey_date, antigen_quantitative_tests,
                    antigen_qualitative_tests, inpatients, acceptable_beds, testing_institution, pcr_available,
                    answered_at, answered_by)
                values (nextval('sos_seq'), 1, s.institution_id, s.survey_date, s.aqn, s.aql, s.inpatients,
                    s.beds, s.testing, s.pcr, s.at, s.by_user)""";

    private static final String WEEKLY_HEADER = """
            merge into weekly_survey w
            using (values (cast(? as bigint), cast(? as date), cast(? as timestamp), cast(? as varchar(64))))
                as s (institution_id, survey_date, at, by_user)
            on w.institution_id = s.institution_id and w.survey_date = s.survey_date
            when not matched then
                insert (id, version, institution_id, survey_date, answered_at, answered_by)
                values (nextval('sos_seq'), 1, s.institution_id, s.survey_date, s.at, s.by_user)""";

    private static final String WEEKLY_REVISION = """
            insert into survey_revision (id, version, institution_id, kind, survey_date, previous_values,
                previously_answered_at, previously_answered_by, replaced_at, replaced_by)
            select nextval('sos_seq'), 1, w.institution_id, 'WEEKLY', w.survey_date,
                i.item_code || ':' || i.outlook || '/' || i.stock || '/' || i.weekly_use || '/' || i.planned_purchase,
                w.answered_at, w.answered_by, ?, ?
            from weekly_survey w join weekly_survey_item i on i.weekly_survey_id = w.id
            where w.institution_id = ? and w.survey_date = ? and i.item_code = ?
                and (i.outlook <> ? or i.stock <> ? or i.weekly_use <> ? or i.planned_purchase <> ?)""";

    private static final String WEEKLY_ITEM_UPSERT = """
            merge into weekly_survey_item i
            using (select w.id as weekly_survey_id, cast(? as varchar(30)) as item_code,
                          cast(? as varchar(30)) as outlook, cast(? as integer) as stock,
                          cast(? as integer) as weekly_use, cast(? as integer) as planned_purchase
                   from weekly_survey w where w.institution_id = ? and w.survey_date = ?) s
            on i.weekly_survey_id = s.weekly_survey_id and i.item_code = s.item_code
            when matched and (i.outlook <> s.outlook or i.stock <> s.stock or i.weekly_use <> s.weekly_use
                    or i.planned_purchase <> s.planned_purchase) then
                update set outlook = s.outlook, stock = s.stock, weekly_use = s.weekly_use,
                    planned_purchase = s.planned_purchase
            when not matched then
                insert (weekly_survey_id, item_code, outlook, stock, weekly_use, planned_purchase)
                values (s.weekly_survey_id, s.item_code, s.outlook, s.stock, s.weekly_use, s.planned_purchase)""";

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The whole 医療機関 master by code: a job reads it once (50,000 institutions are a few megabytes). */
    public Map<String, InstitutionRef> institutions() {
        Map<String, InstitutionRef> byCode = new HashMap<>();
        em.createQuery("select i.id, i.code, a.code from Institution i left join i.aggregator a", Object[].class)
                .getResultStream()
                .forEach(r -> byCode.put((String) r[1], new InstitutionRef((Long) r[0], (String) r[1], (String) r[2])));
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

    public void upsertDaily(List<DailyLoad> rows, String actor) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement revision = connection.prepareStatement(DAILY_REVISION);
             PreparedStatement upsert = connection.prepareStatement(DAILY_UPSERT)) {
            for (DailyLoad row : rows) {
                DailyInput in = row.input();
                int p = 1;
                revision.setTimestamp(p++, now);
                revision.setString(p++, actor);
                revision.setLong(p++, row.institutionId());
                revision.setDate(p++, Date.valueOf(row.date()));
                setDailyValues(revision, p, in);
                revision.addBatch();
                upsert.setLong(1, row.institutionId());
                upsert.setDate(2, Date.valueOf(row.date()));
                setDailyValues(upsert, 3, in);
                upsert.setTimestamp(9, now);
                upsert.setString(10, actor);
                upsert.addBatch();
            }
            revision.executeBatch();
            upsert.executeBatch();
        } catch (SQLException e) {
            throw new EJBException(e);
        }
    }

    public void upsertWeekly(List<WeeklyLoad> rows, String actor) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement header = connection.prepareStatement(WEEKLY_HEADER);
             PreparedStatement revision = connection.prepareStatement(WEEKLY_REVISION);
             PreparedStatement upsert = connection.prepareStatement(WEEKLY_ITEM_UPSERT)) {
            for (WeeklyLoad row : rows) {
                WeeklyItemInput item = row.item();
                header.setLong(1, row.institutionId());
                header.setDate(2, Date.valueOf(row.date()));
                header.setTimestamp(3, now);
                header.setString(4, actor);
                header.addBatch();
                revision.setTimestamp(1, now);
                revision.setString(2, actor);
                revision.setLong(3, row.institutionId());
                revision.setDate(4, Date.valueOf(row.date()));
                setWeeklyValues(revision, 5, item);
                revision.addBatch();
                setWeeklyValues(upsert, 1, item);
                upsert.setLong(6, row.institutionId());
                upsert.setDate(7, Date.valueOf(row.date()));
                upsert.addBatch();
            }
            header.executeBatch();
            revision.executeBatch();
            upsert.executeBatch();
        } catch (SQLException e) {
            throw new EJBException(e);
        }
    }

    private static void setDailyValues(PreparedStatement statement, int first, DailyInput in) throws SQLException {
        statement.setInt(first, in.antigenQuantitativeTests());
        statement.setInt(first + 1, in.antigenQualitativeTests());
        statement.setInt(first + 2, in.inpatients());
        statement.setInt(first + 3, in.acceptableBeds());
        statement.setBoolean(first + 4, in.testingInstitution());
        statement.setBoolean(first + 5, in.pcrAvailable());
    }

    /** item code, outlook, stock, weekly use, planned purchase. */
    private static void setWeeklyValues(PreparedStatement statement, int first, WeeklyItemInput item)
            throws SQLException {
        statement.setString(first, item.item());
        statement.setString(first + 1, item.outlook());
        statement.setInt(first + 2, item.stock());
        statement.setInt(first + 3, item.weeklyUse());
        statement.setInt(first + 4, item.plannedPurchase());
    }
}
