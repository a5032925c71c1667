package jp.sosportal.institution.boundary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

import jp.sosportal.audit.boundary.AuditTrail;
import jp.sosportal.audit.entity.AuditKind;
import jp.sosportal.institution.control.MasterCounts;
import jp.sosportal.institution.control.MasterEntry;
import jp.sosportal.institution.control.MasterLine;
import jp.sosportal.institution.entity.InstitutionType;
import jp.sosportal.institution.entity.Prefecture;
import jp.sosportal.platform.Labels;

/**
 * The master import's writes (the job in sos-batch checks every row first). The checked rows of a job instance
 * are staged in {@code institution_import}, chunk by chunk; {@link #apply} then merges them all into the master by
 * code in one transaction — new institutions, changed fields, memberships, and the sessions of the staff of those
 * it deactivates — so that an import is applied whole or not at all. A dry run compares and discards.
 * <p>
 * {@code @PermitAll}: the callers are the job's steps, on the batch runtime's threads; who may import is decided
 * when the job is started ({@code MasterImports} is for the system admin only).
 */
@Stateless
@PermitAll
public class InstitutionMasterLoads {

    /** The stored row differs from the staged one (t: institution, s: staged row, ta: t's aggregator). */
    private static final String DIFFERS = "(t.name <> s.name or t.type <> s.type"
            + " or t.prefecture_code <> s.prefecture_code or t.phone is distinct from s.phone"
            + " or t.address is distinct from s.address or t.active <> s.active)";

    private static final String COUNTS = """
            select sum(case when t.id is null then 1 else 0 end),
                sum(case when t.id is not null and (%s or ta.code is distinct from s.aggregator_code)
                    then 1 else 0 end),
                count(*)
            from institution_import s left join institution t on t.code = s.code
                left join institution ta on ta.id = t.aggregator_id
            where s.job_instance_id = ?""".formatted(DIFFERS);

    /** Staff of the institutions the import deactivates: their sessions end at their next request. */
    private static final String END_SESSIONS = """
            update user_account set session_epoch = session_epoch + 1, version = version + 1
            where institution_id in (select t.id from institution t join institution_import s on s.code = t.code
                where s.job_instance_id = ? and t.active = true and s.active = false)""";

    private static final String MERGE = """
            merge into institution t
            using (select code, name, type, prefecture_code, phone, address, active from institution_import
                   where job_instance_id = ?) s
            on t.code = s.code
            when matched and %s then
                update set name = s.name, type = s.type, prefecture_code = s.prefecture_code, phone = s.phone,
                    address = s.address, active = s.active, version = t.version + 1
            when not matched then
                insert (id, version, code, name, type, prefecture_code, phone, address, active)
                values (nextval('sos_seq'), 1, s.code, s.name, s.type, s.prefecture_code, s.phone, s.address,
                    s.active)""".formatted(DIFFERS);

    /** After the merge every aggregator of the file exists, whichever row came first. */
    private static final String LINK = """
            merge into institution t
            using (select r.code, a.id as aggregator_id from institution_import r
                   left join institution a on a.code = r.aggregator_code where r.job_instance_id = ?) s
            on t.code = s.code
            when matched and t.aggregator_id is distinct from s.aggregator_id then
                update set aggregator_id = s.aggregator_id, version = t.version + 1""";

    private static final String STAGE = "insert into institution_import (job_instance_id, line_no, code, name, type,"
            + " prefecture_code, phone, address, aggregator_code, active) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The whole master by code, as the import's checks need it (50,000 institutions are a few megabytes). */
    public Map<String, MasterEntry> entries() {
        Map<String, MasterEntry> byCode = new HashMap<>();
        em.createQuery("select i.code, i.name, i.type, a.code, i.active from Institution i left join i.aggregator a",
                        Object[].class)
                .getResultStream()
                .forEach(r -> byCode.put((String) r[0], new MasterEntry((String) r[0], (String) r[1],
                        (InstitutionType) r[2], (String) r[3], (Boolean) r[4])));
        return byCode;
    }

    /** Prefecture name → JIS code, for the prefecture column (which takes either). */
    public Map<String, String> prefectures() {
        Map<String, String> codes = new HashMap<>();
        em.createNamedQuery(Prefecture.ALL, Prefecture.class).getResultStream()
                .forEach(p -> codes.put(p.getName(), p.getCode()));
        return codes;
    }

    /** Stages a chunk of checked rows of the job instance, in the chunk's transaction. */
    public void stage(long instanceId, List<MasterLine> lines) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(STAGE)) {
            for (MasterLine line : lines) {
                insert.setLong(1, instanceId);
                insert.setLong(2, line.line());
                insert.setString(3, line.input().code());
                insert.setString(4, line.input().name());
                insert.setString(5, line.input().type().name());
                insert.setString(6, line.input().prefectureCode());
                insert.setString(7, line.input().phone());
                insert.setString(8, line.input().address());
                insert.setString(9, line.aggregatorCode());
                insert.setBoolean(10, line.active());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new EJBException(e);
        }
    }

    /** What applying the staged rows would do, without doing it. */
    public MasterCounts compare(long instanceId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(COUNTS)) {
            query.setLong(1, instanceId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                long created = rs.getLong(1);
                long changed = rs.getLong(2);
                return new MasterCounts(created, changed, rs.getLong(3) - created - changed);
            }
        } catch (SQLException e) {
            throw new EJBException(e);
        }
    }

    /**
     * Merges the staged rows into the master, all in this one transaction, records it in the audit trail as done by
     * {@code importedBy} from {@code fileName}, and drops the staged rows.
     */
    public MasterCounts apply(long instanceId, String importedBy, String fileName) {
        MasterCounts counts = compare(instanceId);
        execute(END_SESSIONS, instanceId);
        execute(MERGE, instanceId);
        execute(LINK, instanceId);
        discard(instanceId);
        audit.record(AuditKind.INSTITUTION_MASTER_IMPORTED, importedBy, fileName,
                Labels.text("institution.import.audit", counts.created(), counts.changed(), counts.unchanged()));
        return counts;
    }

    /** Drops the staged rows of a dry run, or of an import refused for its rejects. */
    public void discard(long instanceId) {
        execute("delete from institution_import where job_instance_id = ?", instanceId);
    }

    private void execute(String sql, long instanceId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, instanceId);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new EJBException(e);
        }
    }
}
