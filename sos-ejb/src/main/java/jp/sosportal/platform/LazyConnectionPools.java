package jp.sosportal.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ConnectionPool;
import org.eclipse.persistence.sessions.server.ExternalConnectionPool;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Lets the persistence unit deploy while the database is out of reach (issue 14), so the portal starts, says
 * 「ただいまシステムに接続できません。」 and {@link DatabaseMigration} migrates once the database answers. Payara logs the
 * unit in while it deploys the application (its JPADeployer creates an entity manager at "application prepared"),
 * and EclipseLink's login connects twice: to detect the database product, then in each pool's {@code startUp},
 * which opens one connection to clone all later ones from. Either failure fails the deployment. This customizer,
 * run by EclipseLink after it made the pools and before that login, names the product (so no detection is needed)
 * and puts in pools that open their first connection when the database answers, on first use.
 * <p>
 * The older {@code config.SessionCustomizer}: Payara Server 6.2025.9's EclipseLink (4.0.1, for the EAR) lacks the
 * {@code sessions} one that Payara Micro's (4.0.7) has; everything else used here is in both.
 */
@SuppressWarnings("deprecation")
public class LazyConnectionPools implements SessionCustomizer {

    private static final Logger LOG = Logger.getLogger(LazyConnectionPools.class.getName());
    /** What EclipseLink reads instead of asking a connection (JPA's schema-generation property). */
    static final String PRODUCT_NAME = "jakarta.persistence.database-product-name";
    static final String MAJOR_VERSION = "jakarta.persistence.database-major-version";
    static final int QUERY_RETRIES = 1;
    static final int RETRY_DELAY_MILLIS = 5_000;

    @Override
    public void customize(Session session) {
        if (session instanceof ServerSession server) {
            // SOS_DB_URL names PostgreSQL. Without it the database is the embedded H2 (or the EAR server's default),
            // which cannot be away: EclipseLink detects it as before.
            customize(server, ConfigProvider.getConfig(getClass().getClassLoader()).getOptionalValue("sos.db.url",
                    String.class).filter(url -> url.startsWith("jdbc:postgresql:")).isPresent());
        }
    }

    void customize(ServerSession server, boolean postgres) {
        if (server.getDatasourceLogin() instanceof DatabaseLogin login) {
            retryLostQueriesOnce(login);
        }
        if (postgres) {
            // Any PostgreSQL from 10 on: EclipseLink then takes its PostgreSQL10Platform (its detection matches the
            // server's version string against 10..14, which picked the same one here only by chance).
            server.setProperty(PRODUCT_NAME, "PostgreSQL");
            server.setProperty(MAJOR_VERSION, "10");
        }
        // Payara's pool does the pooling ("external" to EclipseLink). The default pool may still be an internal one
        // here: EclipseLink would replace it at login by an external pool that connects; so it is replaced here.
        if (isExternal(server.getReadConnectionPool())) {
            server.setReadConnectionPool(new Lazy(server.getReadConnectionPool(), server));
        }
        for (Map.Entry<String, ConnectionPool> pool : server.getConnectionPools().entrySet()) {
            if (isExternal(pool.getValue())) {
                pool.setValue(new Lazy(pool.getValue(), server));
            }
        }
    }

    /**
     * EclipseLink retries a query that lost its connection twice, 5 s apart: while the database is away every query
     * then waited 10 s, and a page with three queries (session check, holiday list, its rows) answered its 503 after
     * 30-50 s, past the HTTP keep-alive's 30 s, so the browser got a cut connection instead. One retry after 5 s
     * still outlasts a PostgreSQL restart (3 s in bench/rush; a retry after 0.5 s turned 4 errors of a restart into
     * 18, some of them 500s), and the page's other queries skip the database once it is known to be away.
     */
    static void retryLostQueriesOnce(DatabaseLogin login) {
        login.setQueryRetryAttemptCount(QUERY_RETRIES);
        login.setDelayBetweenConnectionAttempts(RETRY_DELAY_MILLIS);
    }

    private static boolean isExternal(ConnectionPool pool) {
        return pool != null && !(pool instanceof Lazy) && pool.getLogin().shouldUseExternalConnectionPooling();
    }

    /**
     * Payara's pool hands out the connections; EclipseLink's external pool only clones an accessor that connected
     * once ({@code cachedConnection}). This one connects it at start when it can, else at the first use after the
     * database answers: until then each use fails as a lost connection does (503, {@link DatabaseUnavailable}).
     */
    static final class Lazy extends ExternalConnectionPool {

        private volatile boolean ready;

        Lazy(ConnectionPool original, ServerSession owner) {
            super(original.getName(), original.getLogin(), owner);
        }

        @Override
        public synchronized void startUp() {
            try {
                probe();
                super.startUp();
                ready = true;
            } catch (DatabaseException e) {
                LOG.warning(() -> "EclipseLink pool '" + name + "' starts without a connection; it connects once the"
                        + " database answers: " + e.getMessage());
                // The login takes one accessor from the read pool and gives it back unused: a bare one will do.
                Accessor bare = login.buildAccessor();
                bare.setPool(this);
                setCachedConnection(bare);
                setIsConnected(true);
            }
        }

        /**
         * Opens and closes one connection, or throws DatabaseException quietly: EclipseLink logs a failed connect
         * of its own as SEVERE with a long stack trace, once per request while the database is away.
         */
        private void probe() {
            try {
                ((Connection) login.connectToDatasource(null, owner)).close();
            } catch (SQLException closing) {
                // it answered
            }
        }

        @Override
        public Accessor acquireConnection() {
            if (!ready && owner.isLoggedIn()) {
                connectFirst();
            }
            return super.acquireConnection();
        }

        private synchronized void connectFirst() {
            if (!ready) {
                probe();
                setCachedConnection(buildConnection());
                if (owner.getReadConnectionPool() == this) {
                    // As after a login that connected: the session keeps an (idle) accessor of its read pool.
                    owner.setAccessor((Accessor) cachedConnection.clone());
                }
                ready = true;
                LOG.info(() -> "EclipseLink pool '" + name + "' connected");
            }
        }
    }
}
