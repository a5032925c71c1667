package jp.sosportal.batch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import jp.sosportal.platform.Labels;
import jp.sosportal.platform.NodeName;
import jp.sosportal.platform.SchemaReady;

/**
 * Job executions that died with their server ({@code kill -9}, a crash, a power cut). Such an execution stays
 * STARTED in the batch runtime's job repository for ever, and the runtime restarts only a FAILED or STOPPED one;
 * so each node records the executions it runs (table {@code batch_run_node}, by its {@code sos.node.name}) and, when
 * it starts again, marks those it left behind as FAILED with the exit status 「サーバー停止により中断されました」:
 * 「再開」 then continues them from their last checkpoint. Other nodes' executions are never touched, as in a cluster
 * they may be running right now.
 * <p>
 * Why a stable node name rather than a heartbeat lease: the node that died is the one that knows at once, when it
 * starts, that its runs are dead (a lease would leave them 実行中 until it expired), and a live node whose
 * heartbeat stalls (a long pause, the database restarting under it) can never have its running job declared dead
 * and restarted twice. The cost: the runs of a node that never comes back stay 実行中 until a node of that name
 * starts, so a node's name must survive its restarts (set {@code SOS_NODE_NAME} where host names do not).
 * <p>
 * The job repository is Payara's JBatch schema: the execution and step rows carry their status in plain columns
 * ({@code [prefix]executioninstancedata}, {@code [prefix]stepexecutioninstancedata}); its serialized job and step
 * status blobs may stay STARTED, since a restart refuses only a COMPLETED or ABANDONED job instance and reruns any
 * step that is not COMPLETED. No transaction: the repository is another database on H2, and each statement stands alone.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Interruptions {

    private static final Logger LOG = Logger.getLogger(Interruptions.class.getName());
    /** The embedded H2 run keeps the job repository in a database of its own (h2.asadmin). */
    private static final String H2_REPOSITORY = "jdbc/sosBatchRepository";
    private static final String RUNNING = "('STARTING', 'STARTED', 'STOPPING')";
    private static final String EXECUTIONS = "executioninstancedata";

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    /** This node's name (SOS_NODE_NAME): stable across its restarts; by default host name and HTTP port. */
    @Inject
    NodeName nodeName;

    /** The exit status of an execution that died with its server. */
    public static String reason() {
        return Labels.text("batch.interrupted");
    }

    public static boolean isInterrupted(JobExecution execution) {
        return execution.getBatchStatus() == BatchStatus.FAILED && reason().equals(execution.getExitStatus());
    }

    /** Called as an execution starts on this node (a job listener). */
    public void started(long executionId) {
        update("insert into batch_run_node (execution_id, node, started_at) values (?, ?, ?)", executionId, node(),
                new Timestamp(System.currentTimeMillis()));
    }

    /** Called as an execution ends on this node, however it ends. */
    public void ended(long executionId) {
        update("delete from batch_run_node where execution_id = ?", executionId);
    }

    /**
     * At startup, once the schema is current: this node's executions that its previous JVM left running. A failure
     * here is logged and does not stop the startup (the runs would only keep showing as running).
     */
    public void markLeftRunning(@Observes SchemaReady ready) {
        try {
            List<Long> left = leftBehind();
            if (!left.isEmpty()) {
                markInterrupted(left);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Batch runs that node " + node() + " left running could not be marked as"
                    + " interrupted; they may keep showing as running", e);
        }
    }

    /** The node name executions are recorded under. */
    public String node() {
        return nodeName.get();
    }

    private void markInterrupted(List<Long> left) throws SQLException {
        try (Connection repository = repository().getConnection()) {
            for (long executionId : left) {
                if (markFailed(repository, executionId)) {
                    LOG.warning(() -> "Batch job execution " + executionId + " was still running when node " + node()
                            + " stopped: marked FAILED (" + reason() + "); 再開 continues it from its checkpoint");
                }
                forget(executionId);
            }
        }
    }

    private void forget(long executionId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "delete from batch_run_node where execution_id = ?")) {
            delete.setLong(1, executionId);
            delete.executeUpdate();
        }
    }

    private List<Long> leftBehind() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select execution_id from batch_run_node where node = ? order by execution_id")) {
            query.setString(1, node());
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The execution, and its step that was running, become FAILED with the reason; false if it was not running. */
    private static boolean markFailed(Connection repository, long executionId) throws SQLException {
        // The repository's own times are the JVM's (the runtime writes them so), not the application clock's.
        Timestamp now = new Timestamp(System.currentTimeMillis());
        String executions = executionTable(repository);
        int at = executions.toLowerCase(Locale.ROOT).indexOf(EXECUTIONS);
        String steps = executions.substring(0, at) + (executions.charAt(at) == 'E' ? "STEP" : "step")
                + executions.substring(at);
        try (PreparedStatement execution = repository.prepareStatement("update " + executions
                + " set batchstatus = 'FAILED', exitstatus = ?, endtime = ?, updatetime = ?"
                + " where jobexecid = ? and batchstatus in " + RUNNING);
             PreparedStatement step = repository.prepareStatement("update " + steps
                     + " set batchstatus = 'FAILED', exitstatus = ?, endtime = ?"
                     + " where jobexecid = ? and batchstatus in " + RUNNING)) {
            execution.setString(1, reason());
            execution.setTimestamp(2, now);
            execution.setTimestamp(3, now);
            execution.setLong(4, executionId);
            if (execution.executeUpdate() == 0) {
                return false;
            }
            step.setString(1, reason());
            step.setTimestamp(2, now);
            step.setLong(3, executionId);
            step.executeUpdate();
            return true;
        }
    }

    /**
     * The repository's execution table: Payara names its tables with a configurable prefix and suffix (Payara
     * Micro's default prefix is {@code jbatch}), in upper case on H2.
     */
    private static String executionTable(Connection repository) throws SQLException {
        try (ResultSet tables = repository.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (name.contains(EXECUTIONS) && !name.contains("step" + EXECUTIONS)) {
                    return tables.getString("TABLE_NAME");
                }
            }
        }
        throw new SQLException("no batch job repository table (*" + EXECUTIONS + ") in " + repository.getMetaData()
                .getURL());
    }

    private DataSource repository() {
        try {
            return (DataSource) new InitialContext().lookup(H2_REPOSITORY);
        } catch (NamingException onPostgres) {
            return dataSource;
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new EJBException(e);
        }
    }
}
