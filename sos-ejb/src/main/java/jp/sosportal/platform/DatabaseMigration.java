package jp.sosportal.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
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

/**
 * Runs the Flyway migrations when the application starts, before anything touches the database. When the
 * database does not answer (issue 14), the application starts anyway: this says so in the log (with the URL, never
 * the password), readiness and the login page say the system cannot be reached, and the migration is tried again
 * every {@link #RETRY} until the database answers; then it runs and {@link SchemaReady} is fired, without a restart.
 * That works because {@link LazyConnectionPools} lets the persistence unit deploy without a connection. A database
 * that answers but cannot be migrated, or the wrong database, still fails the deployment. Each migration runs in its
 * own transaction, so nothing is half-migrated.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());
    static final String STARTUP = "startup";
    private static final Duration STARTUP_LEASE = Duration.ofMinutes(2);
    /** How often a start without the database tries again. */
    static final Duration RETRY = Duration.ofSeconds(5);

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    @Resource
    TimerService timers;

    @Inject
    Event<SchemaReady> schemaReady;

    @Inject
    ClusterDuties duties;

    /** SOS_DB_URL: only the URL is ever logged, the password lives elsewhere. */
    @Inject
    @ConfigProperty(name = "sos.db.url")
    Optional<String> configuredUrl;

    private volatile boolean migrated;
    /** Logged once per wait, not every {@link #RETRY}. */
    private boolean waitLogged;

    @PostConstruct
    void start() {
        if (!migrateOrWait()) {
            timers.createIntervalTimer(RETRY.toMillis(), RETRY.toMillis(), new TimerConfig("database migration", false));
        }
    }

    /** Until the database answers: tries again; the timer ends once the schema is current. */
    @Timeout
    void retry(Timer timer) {
        try {
            if (migrateOrWait()) {
                timer.cancel();
            }
        } catch (RuntimeException e) {
            // Not an outage (an outage is waited for): the database answers but cannot be migrated.
            LOG.log(Level.SEVERE, "マイグレーションに失敗しました。再起動まで利用できません。", e);
            timer.cancel();
        }
    }

    /** True once the schema is current; the readiness check reports DOWN until then. */
    public boolean isMigrated() {
        return migrated;
    }

    /**
     * Migrates and fires {@link SchemaReady}; false when the database cannot be reached, before or midway (to be
     * tried again: the migrations and the start-up writes are safe to repeat). Throws when it answers but must not
     * or cannot be migrated. Synchronized: a slow migration may outlast a retry period.
     */
    private synchronized boolean migrateOrWait() {
        try {
            return migrate();
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            LOG.log(Level.WARNING, "The database was lost during the migration; trying again in {0} s: {1}",
                    new Object[] {RETRY.toSeconds(), e.getMessage()});
            return false;
        }
    }

    private boolean migrate() {
        if (migrated) {
            return true;
        }
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
            String url = connection.getMetaData().getURL();
            if (configuredUrl.isPresent() && !url.startsWith(configuredUrl.get())) {
                // The pool did not take SOS_DB_URL (a failed post-boot command): never migrate the wrong database.
                LOG.log(Level.SEVERE, "SOS_DB_URL ({0}) が設定されていますが、接続先は {1} です。起動設定を確認してください。",
                        new Object[] {configuredUrl.get(), url});
                throw new IllegalStateException("The database is not usable; see the message above");
            }
            // The driver's URL lists every connection property after '?': the database's address is enough.
            LOG.info(() -> "Migrating " + url.replaceFirst("\\?.*", "") + " (" + product + ")");
        } catch (SQLException e) {
            if (!waitLogged) {
                LOG.log(Level.SEVERE, "データベースに接続できません ({0}): {1}。接続できるまで {2} 秒ごとに再試行します。",
                        new Object[] {configuredUrl.orElse("embedded H2"), e.getMessage(), RETRY.toSeconds()});
                waitLogged = true;
            }
            return false;
        }
        var result = flyway(dataSource).migrate();
        // Nothing to run: Flyway names no target version, the schema stays at the version it had.
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Schema at version " + version + " (" + result.migrationsExecuted + " migrations run)");
        oneNodeAtATime(() -> schemaReady.fire(new SchemaReady(product)));
        migrated = true;
        return true;
    }

    /** The SQL migrations of {@code db/migration} and the one in Java ({@link SurveyKeysOnH2}). */
    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new SurveyKeysOnH2())
                .load();
    }

    /**
     * Nodes of a cluster starting together write their start-up data (the demo data and their top-up, the first
     * system admin, the interrupted batch runs) one after the other, each seeing what the previous one committed:
     * side by side both would find the database empty and insert the same accounts. Each observer commits before
     * the lease is given back; a node that dies holding it delays the others by {@link #STARTUP_LEASE} at most.
     */
    private void oneNodeAtATime(Runnable startupWrites) {
        while (!duties.hold(STARTUP, STARTUP_LEASE)) {
            LOG.info("Another node of the cluster is writing its start-up data; waiting");
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        try {
            startupWrites.run();
        } finally {
            duties.release(STARTUP);
        }
    }

}
