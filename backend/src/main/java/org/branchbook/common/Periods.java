package org.branchbook.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Calendar time for the domain: every "today", month, quarter and year is taken in Asia/Shanghai,
 * whatever the server's zone. The {@link Clock} is a bean so tests can pin it.
 */
@ApplicationScoped
public class Periods {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Clock clock;

    public Periods(Clock clock) {
        this.clock = clock;
    }

    /** The current instant at the precision PostgreSQL stores (microseconds), so writes and reads agree. */
    public static java.time.Instant now() {
        return java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public Clock clock() {
        return clock;
    }

    /** The system clock; tests may replace this producer with an alternative. */
    public static class ClockProducer {
        @Produces
        @Singleton
        Clock clock() {
            return Clock.system(ZONE);
        }
    }
}
