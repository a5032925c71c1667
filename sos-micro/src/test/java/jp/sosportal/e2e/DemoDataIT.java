package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The demo data the README promises stays true on later days: a start ten days on tops up the surveys that aged
 * out (today's daily answer of 東京都立新宿病院, the deliberately stale one of 堺) and keeps what was there.
 */
class DemoDataIT {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void aLaterStartDatesTheDemoSurveysAfreshWithoutTouchingEarlierAnswers() {
        OffsetDateTime first = OffsetDateTime.now(TOKYO).withHour(10);
        OffsetDateTime later = first.plusDays(10);
        int port = RunningPortal.PORT + 103;
        RunningPortal portal = RunningPortal.start("demo-dates", port, Map.of("SOS_CLOCK_START", first.toString()));
        try {
            portal.awaitReady(Duration.ofSeconds(180));
            assertThat(daily(portal, "hospital", "1310000001", first.toLocalDate())).isEqualTo(200);
        } finally {
            portal.stop();
        }

        portal = RunningPortal.restart("demo-dates", port, Map.of("SOS_CLOCK_START", later.toString()));
        try {
            portal.awaitReady(Duration.ofSeconds(180));
            assertThat(portal.logText()).contains("Demo data: 18 survey answers written");
            assertThat(daily(portal, "hospital", "1310000001", later.toLocalDate())).isEqualTo(200);
            assertThat(daily(portal, "hospital", "1310000001", first.toLocalDate())).isEqualTo(200);
            // 堺's answer stays ten days old: the check must still find it too old.
            assertThat(daily(portal, "osaka-testcenter", "2730000001", later.toLocalDate().minusDays(10)))
                    .isEqualTo(200);
            assertThat(daily(portal, "osaka-testcenter", "2730000001", later.toLocalDate().minusDays(1)))
                    .isEqualTo(404);
        } finally {
            portal.stop();
        }
    }

    private static int daily(RunningPortal portal, String user, String code, LocalDate date) {
        return new PortalApi(portal).get(user, "/api/v1/institutions/" + code + "/daily-surveys/" + date).status();
    }
}
