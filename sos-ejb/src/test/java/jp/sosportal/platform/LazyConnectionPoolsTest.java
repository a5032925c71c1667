package jp.sosportal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.platform.database.H2Platform;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Project;
import org.eclipse.persistence.sessions.server.ServerSession;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The persistence unit logs in while the database is away and connects on the first use after it answers. */
class LazyConnectionPoolsTest {

    private final SwitchedDataSource database = new SwitchedDataSource();

    @Test
    void theUnitLogsInWithoutTheDatabaseAndConnectsOnceItAnswers() {
        ServerSession server = session();

        server.login(); // the database is away: without the lazy pools this throws and the deployment fails

        assertThat(server.isLoggedIn()).isTrue();
        assertThatThrownBy(() -> server.acquireClientSession().executeSQL("select 1"))
                .isInstanceOf(DatabaseException.class);

        database.answering = true;
        assertThat(server.acquireClientSession().executeSQL("select 1")).hasSize(1);
        server.logout();
    }

    @Test
    void aQueryThatLostItsConnectionIsTriedOnceMoreAfterFiveSecondsNotTwice() {
        database.answering = true;
        ServerSession server = session(); // EclipseLink's defaults (3 tries, 5 s apart) but for the customizer
        server.login();
        DatabaseLogin login = (DatabaseLogin) server.getDatasourceLogin();
        assertThat(login.getDelayBetweenConnectionAttempts()).isEqualTo(5_000);
        login.setDelayBetweenConnectionAttempts(0); // the test does not wait them out
        database.answering = false;
        int before = database.attempts;

        assertThatThrownBy(() -> server.acquireClientSession().executeSQL("select 1"))
                .isInstanceOf(DatabaseException.class);
        assertThat(database.attempts - before).as("connections asked for").isEqualTo(2);
        server.logout();
    }

    @Test
    void aDatabaseThatAnswersAtStartIsConnectedAtLogin() {
        database.answering = true;
        ServerSession server = session();

        server.login();
        database.answering = false; // the pools connected at login: no later connect is needed for what follows

        assertThat(server.getReadConnectionPool()).isInstanceOf(LazyConnectionPools.Lazy.class);
        assertThat(server.getReadConnectionPool().isConnected()).isTrue();
        server.logout();
    }

    private ServerSession session() {
        DatabaseLogin login = new DatabaseLogin();
        login.setConnector(new JNDIConnector(database));
        login.setPlatform(new H2Platform());
        login.useExternalConnectionPooling();
        ServerSession server = (ServerSession) new Project(login).createServerSession();
        server.setLogLevel(SessionLog.OFF);
        new LazyConnectionPools().customize(server, false);
        return server;
    }

    /** An in-memory H2 that refuses connections as an unreachable server does, until it is switched on. */
    private static final class SwitchedDataSource implements DataSource {

        private final JdbcDataSource h2 = new JdbcDataSource();
        volatile boolean answering;
        volatile int attempts;

        SwitchedDataSource() {
            h2.setURL("jdbc:h2:mem:lazy-pools;DB_CLOSE_DELAY=-1");
        }

        @Override
        public Connection getConnection() throws SQLException {
            attempts++;
            if (!answering) {
                throw new SQLTransientConnectionException("Connection refused", "08001");
            }
            return h2.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // not used
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // not used
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
