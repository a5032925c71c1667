package jp.sosportal.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock of the application, in Asia/Tokyo. {@code sos.clock.start} (SOS_CLOCK_START, an ISO date-time
 * with offset) starts the clock at another moment and lets it run from there: demos and end-to-end tests use it
 * to stand before or after 13:00 on a chosen day. Production leaves it unset.
 */
@ApplicationScoped
public class Clocks {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Logger LOG = Logger.getLogger(Clocks.class.getName());

    @Inject
    @ConfigProperty(name = "sos.clock.start")
    Optional<OffsetDateTime> start;

    private Clock clock;

    @PostConstruct
    void init() {
        Clock system = Clock.system(TOKYO);
        clock = start.map(s -> Clock.offset(system, Duration.between(system.instant(), s.toInstant())))
                .orElse(system);
        start.ifPresent(s -> LOG.warning(() -> "The clock starts at " + s + " (sos.clock.start), not at the real time"));
    }

    @Produces
    public Clock clock() {
        return clock;
    }
}
