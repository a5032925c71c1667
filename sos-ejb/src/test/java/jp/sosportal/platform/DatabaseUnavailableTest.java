package jp.sosportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.transaction.xa.XAException;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.SystemException;

import org.eclipse.persistence.exceptions.DatabaseException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

class DatabaseUnavailableTest {

    @Test
    void aRestartingPostgresqlKillingTheSessionIsUnavailable() {
        SQLException terminated = new SQLException("terminating connection due to administrator command", "57P01");
        assertThat(DatabaseUnavailable.causedBy(wrapped(terminated))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("the database system is starting up", "57P03"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("the database system is shutting down", "57P02"))).isTrue();
    }

    @Test
    void anEntityReadWithoutItsMandatoryRelationIsUnavailableEvenInsideTheContainersWrapping() {
        RuntimeException rolledBack = new jakarta.ejb.EJBTransactionRolledbackException("rolled back",
                DatabaseUnavailable.readCut("request 7"));
        assertThat(DatabaseUnavailable.causedBy(rolledBack)).isTrue();
        assertThat(DatabaseUnavailable.readCut("request 7")).hasMessageContaining("request 7");
    }

    @Test
    void aRefusedOrBrokenConnectionIsUnavailable() {
        PSQLException refused = new PSQLException("Connection to 127.0.0.1:5432 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
        assertThat(DatabaseUnavailable.causedBy(wrapped(refused))).isTrue();
        PSQLException broken = new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE);
        assertThat(DatabaseUnavailable.causedBy(new EJBException(new PersistenceException(DatabaseException.sqlException(broken)))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLTransientConnectionException("pool timeout"))))
                .isTrue();
    }

    @Test
    void thePoolsAllocationFailureIsUnavailableThroughItsNextException() {
        SQLException allocation = new SQLException("Error in allocating a connection");
        allocation.setNextException(new SQLException("Connection refused", "08001"));
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException(allocation))).isTrue();
    }

    @Test
    void thePoolsAllocationFailureIsUnavailableEvenWithoutItsCause() {
        SQLException allocation = new SQLException("Error in allocating a connection. Cause: Connection could not be"
                + " allocated because: Connection to 127.0.0.1:5432 refused.");
        assertThat(DatabaseUnavailable.causedBy(wrapped(allocation))).isTrue();
    }

    @Test
    void aCommitOnAConnectionTheRestartClosedIsUnavailable() {
        // As Payara's container hands it over when the transaction's connection died (bench/rush, PG_RESTART_AT).
        XAException closed = new XAException(
                "jakarta.resource.spi.LocalTransactionException: This connection has been closed.");
        EJBException failure = new EJBException("Unable to complete container-managed transaction.");
        failure.initCause(new SystemException());
        failure.getCause().initCause(closed);
        assertThat(DatabaseUnavailable.causedBy(failure)).isTrue();
        // PostgreSQL's shutdown notice (57P01) arriving at the commit itself, as the next rush's restart showed.
        EJBException terminated = new EJBException("Unable to complete container-managed transaction.");
        terminated.initCause(new SystemException());
        terminated.getCause().initCause(new XAException("jakarta.resource.spi.LocalTransactionException: "
                + "FATAL: terminating connection due to administrator command"));
        assertThat(DatabaseUnavailable.causedBy(terminated)).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new EJBException(new SystemException()))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new XAException("heuristic rollback"))).isFalse();
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertThat(DatabaseUnavailable.causedBy(wrapped(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(wrapped(new SQLException("no state")))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(null)).isFalse();
    }

    @Test
    void aCycleOfCausesEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(DatabaseUnavailable.causedBy(a)).isFalse();
    }

    /** As the container hands it over: EJB → JPA → EclipseLink → JDBC. */
    private static Throwable wrapped(SQLException jdbc) {
        return new EJBException(new PersistenceException(DatabaseException.sqlException(jdbc)));
    }
}
