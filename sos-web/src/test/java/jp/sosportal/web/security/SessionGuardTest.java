package jp.sosportal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

import org.junit.jupiter.api.Test;

import jp.sosportal.web.platform.DatabaseStatus;

import jp.sosportal.institution.boundary.Accounts;

/** The session rules of ASVS 3.3 without a container: absolute lifetime, session epoch, disabled account. */
class SessionGuardTest {

    static final Instant LOGIN = Instant.parse("2026-12-02T00:00:00Z");

    final Map<String, Object> attributes = new HashMap<>();
    final HttpSession session = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {HttpSession.class}, (proxy, method, args) -> switch (method.getName()) {
                case "setAttribute" -> attributes.put((String) args[0], args[1]);
                case "getAttribute" -> attributes.get((String) args[0]);
                default -> throw new UnsupportedOperationException(method.getName());
            });
    Optional<Long> accountEpoch = Optional.of(3L);
    RuntimeException epochReadFails;
    final DatabaseStatus database = new DatabaseStatus();

    SessionGuard guardAt(Instant now) {
        SessionGuard guard = new SessionGuard();
        guard.clock = Clock.fixed(now, ZoneId.of("Asia/Tokyo"));
        guard.maxAge = Duration.ofHours(12);
        guard.database = database;
        guard.accounts = new Accounts() {
            @Override
            public Optional<Long> activeSessionEpoch(String username) {
                if (epochReadFails != null) {
                    throw epochReadFails;
                }
                return accountEpoch;
            }
        };
        return guard;
    }

    @Test
    void aSessionLivesTwelveHoursAtMostWhateverItsActivity() {
        guardAt(LOGIN).opened(session, 3L, "u", Set.of("STAFF"));
        assertThat(guardAt(LOGIN.plus(Duration.ofHours(12)).minusSeconds(1)).isValid(session, "u")).isTrue();
        assertThat(guardAt(LOGIN.plus(Duration.ofHours(12))).isValid(session, "u")).isFalse();
    }

    @Test
    void whileTheDatabaseIsKnownAwayTheSessionGoesOnWithoutAskingIt() {
        guardAt(LOGIN).opened(session, 3L, "u", Set.of("STAFF"));
        accountEpoch = null; // asking would fail the test
        database.wentAway();
        assertThat(guardAt(LOGIN.plusSeconds(60)).isValid(session, "u")).isTrue();
    }

    @Test
    void anEpochReadThatFindsTheDatabaseAwayLetsTheRequestGoOnAndSaysSo() {
        guardAt(LOGIN).opened(session, 3L, "u", Set.of("STAFF"));
        epochReadFails = new IllegalStateException(new SQLTransientConnectionException("connection refused"));
        assertThat(guardAt(LOGIN.plusSeconds(60)).isValid(session, "u")).isTrue();
        assertThat(database.isKnownAway()).isTrue(); // the next requests of the outage skip the read
    }

    @Test
    void aMovedEpochEndsTheSession() {
        guardAt(LOGIN).opened(session, 3L, "u", Set.of("STAFF"));
        accountEpoch = Optional.of(4L);
        assertThat(guardAt(LOGIN.plusSeconds(60)).isValid(session, "u")).isFalse();
    }

    @Test
    void aDisabledOrRemovedAccountEndsTheSession() {
        guardAt(LOGIN).opened(session, 3L, "u", Set.of("STAFF"));
        accountEpoch = Optional.empty();
        assertThat(guardAt(LOGIN.plusSeconds(60)).isValid(session, "u")).isFalse();
    }

    @Test
    void aSessionNotOpenedThroughTheLoginIsNotTrusted() {
        assertThat(guardAt(LOGIN).isValid(session, "u")).isFalse();
    }

    @Test
    void theSessionCarriesItsCallerToAnotherNode() throws Exception {
        guardAt(LOGIN).opened(session, 3L, "u", Set.of("STAFF"));
        Map<String, Object> moved = copy(attributes); // what the data grid hands the next node
        attributes.clear();
        attributes.putAll(moved);
        assertThat(guardAt(LOGIN).callerOf(session)).isEqualTo("u");
        assertThat(guardAt(LOGIN).groupsOf(session)).containsExactly("STAFF");
        assertThat(guardAt(LOGIN.plusSeconds(60)).isValid(session, "u")).isTrue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Map<String, Object> attributes) throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(new HashMap<>(attributes));
        }
        try (var in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            return (Map<String, Object>) in.readObject();
        }
    }
}
