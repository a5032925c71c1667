package jp.sosportal.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs the Flyway migrations when the application starts, before anything touches the database. A database that
 * does not answer yet (PostgreSQL still starting, restarting, unreachable) does not stop the portal: it starts, its
 * readiness stays DOWN with the reason, the login page says so, and the migration is tried again every
 * {@link #RETRY_MILLIS} until the database answers; then the portal serves without a restart. (The persistence
 * unit connects lazily, at the first query, so nothing else holds a failed connection from startup.) Each
 * migration runs in its own transaction, so nothing is half-migrated, and Flyway's lock keeps two nodes starting
 * together from migrating twice. A pool that points at another database than SOS_DB_URL still fails the start.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    static final long RETRY_MILLIS = 5_000;
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    @Resource
    TimerService timers;

    @Inject
    Event<SchemaReady> schemaReady;

    /** SOS_DB_URL: only the URL is ever logged, the password lives elsewhere. */
    @Inject
    @ConfigProperty(name = "sos.db.url")
    Optional<String> configuredUrl;

    private volatile boolean migrated;
    private volatile String problem = "not migrated yet";

    @PostConstruct
    void start() {
        if (!migrate()) {
            timers.createIntervalTimer(RETRY_MILLIS, RETRY_MILLIS, new TimerConfig(null, false));
        }
    }

    @Timeout
    synchronized void retry(Timer timer) {
        if (migrated || migrate()) {
            timer.cancel();
        }
    }

    /** True once the schema is current; the readiness check reports DOWN until then. */
    public boolean isMigrated() {
        return migrated;
    }

    /** Why the schema is not current yet (for readiness), or empty once it is. */
    public Optional<String> problem() {
        return migrated ? Optional.empty() : Optional.of(problem);
    }

    private boolean migrate() {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
            String url = connection.getMetaData().getURL();
            if (configuredUrl.isPresent() && !url.startsWith(configuredUrl.get())) {
                // The pool did not take SOS_DB_URL (a failed post-boot command): never migrate the wrong database.
                LOG.log(Level.SEVERE, "SOS_DB_URL ({0}) が設定されていますが、接続先は {1} です。起動設定を確認してください。",
                        new Object[] {configuredUrl.get(), url});
                throw new IllegalStateException("The pool does not point at SOS_DB_URL; see the message above");
            }
            LOG.info(() -> "Migrating " + url + " (" + product + ")");
        } catch (SQLException e) {
            problem = "database unreachable: " + e.getMessage();
            LOG.log(Level.SEVERE, "データベースに接続できません ({0}): {1} — {2} 秒ごとに再接続します。",
                    new Object[] {configuredUrl.orElse("embedded H2"), e.getMessage(), RETRY_MILLIS / 1000});
            return false;
        }
        MigrateResult result;
        try {
            result = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            if (!isConnectionLost(e)) {
                throw e; // a migration that fails by itself must stop the start, not be retried for ever
            }
            problem = "database connection lost while migrating: " + e.getMessage();
            LOG.log(Level.WARNING, "Migration interrupted, retrying: {0}", e.getMessage());
            return false;
        }
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations run)");
        migrated = true;
        schemaReady.fire(new SchemaReady(product));
        return true;
    }

    /** SQLState class 08 (connection exception) anywhere in the causes. */
    private static boolean isConnectionLost(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
