package jp.sosportal.web.platform;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.sosportal.platform.DatabaseMigration;

/**
 * Whether the database can be used now: migrated and answering. Readiness asks every time; the login page asks
 * through {@link #isAvailable()}, which remembers the answer for {@link #REMEMBER_NANOS} so a crowd at the login
 * page during an outage does not queue on the pool.
 */
@Named
@ApplicationScoped
public class DatabaseStatus {

    static final long REMEMBER_NANOS = 3_000_000_000L;

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    @Inject
    DatabaseMigration migration;

    private volatile boolean available;
    private volatile long checkedAt = System.nanoTime() - 2 * REMEMBER_NANOS;

    public boolean isAvailable() {
        long now = System.nanoTime();
        if (now - checkedAt > REMEMBER_NANOS) {
            available = migration.isMigrated() && answersNow();
            checkedAt = now;
        }
        return available;
    }

    /**
     * A request has just found the database away: the page it answers with must not ask it again (a login refused
     * this way re-renders the login page, whose notices and demo banner ask only while this says available).
     */
    public void wentAway() {
        available = false;
        checkedAt = System.nanoTime();
    }

    /** True while a request found the database away less than {@link #REMEMBER_NANOS} ago; asks nothing. */
    public boolean isKnownAway() {
        return !available && System.nanoTime() - checkedAt <= REMEMBER_NANOS;
    }

    public boolean answersNow() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
