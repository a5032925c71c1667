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
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Runs the Flyway migrations when the application starts, before anything touches the database. When the
 * database does not answer, it says so in the log (with the URL, never the password) and the deployment fails,
 * so readiness stays DOWN; each migration runs in its own transaction, so nothing is half-migrated. (Payara
 * connects the persistence unit while preparing the deployment, so a later retry could not save it anyway.)
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    @Inject
    Event<SchemaReady> schemaReady;

    /** SOS_DB_URL: only the URL is ever logged, the password lives elsewhere. */
    @Inject
    @ConfigProperty(name = "sos.db.url")
    Optional<String> configuredUrl;

    private volatile boolean migrated;

    @PostConstruct
    void start() {
        if (!migrate()) {
            throw new IllegalStateException("The database is not usable; see the message above");
        }
    }

    /** True once the schema is current; the readiness check reports DOWN until then. */
    public boolean isMigrated() {
        return migrated;
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
                return false;
            }
            LOG.info(() -> "Migrating " + url + " (" + product + ")");
        } catch (SQLException e) {
            LOG.log(Level.SEVERE, "データベースに接続できません ({0}): {1}",
                    new Object[] {configuredUrl.orElse("embedded H2"), e.getMessage()});
            return false;
        }
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations run)");
        migrated = true;
        schemaReady.fire(new SchemaReady(product));
        return true;
    }

}
