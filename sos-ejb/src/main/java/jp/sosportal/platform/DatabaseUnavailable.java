package jp.sosportal.platform;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import javax.transaction.xa.XAException;

import jakarta.persistence.PersistenceException;

/**
 * Whether a failure is the database being out of reach for a moment (a restart, a dropped connection) rather than
 * a fault of the request: such requests are answered 503 「一時的に処理できませんでした。もう一度お試しください。」
 * and the user retries, while the pool, which validates its connections, reconnects by itself.
 */
public final class DatabaseUnavailable {

    /** SQLState class 08 (connection exception) and PostgreSQL's admin/crash shutdown and "starting up". */
    private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");

    /** Payara's connection pool, when it cannot open a connection, says so in these (it may drop the JDBC cause). */
    private static final Set<String> POOL_FAILURES = Set.of("jakarta.resource.spi.ResourceAllocationException",
            "com.sun.appserv.connectors.internal.api.PoolingException");
    private static final String POOL_ALLOCATION = "Error in allocating a connection";
    /**
     * The commit or rollback of a container transaction on a connection the restart closed: Payara's connector
     * turns the driver's failure into an XAException that keeps only its text (both seen in bench/rush's restart:
     * the connection already closed, or PostgreSQL's 57P01 arriving at the commit itself).
     */
    private static final List<String> LOST_AT_COMPLETION = List.of(
            "LocalTransactionException: This connection has been closed",
            "LocalTransactionException: FATAL: terminating connection due to administrator command");

    private DatabaseUnavailable() {
    }

    /**
     * For an entity read without a relation its mapping makes mandatory: only a read cut by the database going away
     * leaves it so (bench/rush's PostgreSQL restart: a request without its institution, twice). The caller answers
     * it as the database being out of reach (503, try again), not as a fault (500).
     */
    public static PersistenceException readCut(String what) {
        return new PersistenceException(what + " was read without a mandatory relation",
                new SQLTransientConnectionException("the read was cut by a lost database connection"));
    }

    /**
     * True when the failure or anything it wraps (causes, an SQLException's next exceptions, EclipseLink's
     * internal exception) is a lost or refused database connection.
     */
    public static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        addIfAny(todo, failure);
        while (!todo.isEmpty() && seen.size() < 100) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (isConnectionFailure(t)) {
                return true;
            }
            addIfAny(todo, t.getCause());
            if (t instanceof SQLException sql) {
                addIfAny(todo, sql.getNextException());
            }
            addIfAny(todo, internalException(t));
        }
        return false;
    }

    private static void addIfAny(Deque<Throwable> todo, Throwable t) {
        if (t != null) {
            todo.add(t);
        }
    }

    private static boolean isConnectionFailure(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || POOL_FAILURES.contains(t.getClass().getName())) {
            return true;
        }
        if (t instanceof SQLException && t.getMessage() != null && t.getMessage().startsWith(POOL_ALLOCATION)) {
            return true; // Payara's pool could not hand out a connection: the database is out of reach or saturated
        }
        if (t instanceof XAException && t.getMessage() != null
                && LOST_AT_COMPLETION.stream().anyMatch(t.getMessage()::contains)) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || SHUTDOWN_STATES.contains(state);
        }
        return false;
    }

    /** EclipseLink's exceptions (not on this module's compile path) keep the JDBC failure as "internal exception". */
    private static Throwable internalException(Throwable t) {
        if (!t.getClass().getName().startsWith("org.eclipse.persistence.exceptions.")) {
            return null;
        }
        try {
            Method getter = t.getClass().getMethod("getInternalException");
            return (Throwable) getter.invoke(t);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return null;
        }
    }
}
