package jp.sosportal.batch.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import jp.sosportal.batch.control.Progress;

/**
 * The load step's counts per job execution (table {@code batch_progress}), written in the transaction of each
 * chunk together with its rows, reject lines and checkpoint: what they say is committed, and a chunk that rolls
 * back counts nothing. The batch runtime's own step metrics are written only when the step ends. Called by the
 * job steps and by {@code BatchJobs}, which checks who may read them ({@code @PermitAll} because job steps run on
 * the batch runtime's threads).
 */
@Stateless
@PermitAll
public class LoadProgress {

    /** The list of executions asks for the progress of this many at a time. */
    private static final int IDS_PER_QUERY = 500;

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    @Inject
    Clock clock;

    /** An execution begins loading at its checkpoint; {@code records} are the file's data rows. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void begin(long executionId, long instanceId, long records, long read, long written, long rejected) {
        LocalDateTime now = LocalDateTime.now(clock);
        update("insert into batch_progress (job_execution_id, job_instance_id, records, read_count, written_count,"
                + " rejected_count, read_at_start, loading_since, checkpoint_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                executionId, instanceId, records, read, written, rejected, read, now, now);
    }

    /** The counts as of this checkpoint, in the chunk's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void checkpoint(long executionId, long read, long written, long rejected) {
        update("update batch_progress set read_count = ?, written_count = ?, rejected_count = ?, checkpoint_at = ?"
                + " where job_execution_id = ?", read, written, rejected, LocalDateTime.now(clock), executionId);
    }

    /** The progress of those of the executions that began loading, by execution id. */
    public Map<Long, Progress> of(Collection<Long> executionIds) {
        Map<Long, Progress> progress = new HashMap<>();
        List<Long> ids = List.copyOf(executionIds);
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<Long> some = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            progress.putAll(query(some));
        }
        return progress;
    }

    private Map<Long, Progress> query(List<Long> ids) {
        Map<Long, Progress> progress = new HashMap<>();
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select job_execution_id, records, read_count,"
                     + " written_count, rejected_count, read_at_start, loading_since, checkpoint_at"
                     + " from batch_progress where job_execution_id in (" + marks + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                query.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    progress.put(rs.getLong(1), new Progress(rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5), rs.getLong(6), rs.getObject(7, LocalDateTime.class),
                            rs.getObject(8, LocalDateTime.class)));
                }
            }
        } catch (SQLException e) {
            throw new EJBException(e);
        }
        return progress;
    }

    private void update(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new EJBException(e);
        }
    }
}
