package se.samverka.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverka.testing.MovableClock;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock("2026-11-30T08:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fiveFailuresForOneNameMakeItWaitLongerAfterEachFurtherFailure() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("admin", "10.0.0." + i);
            assertEquals(Optional.empty(), throttle.waitBefore("admin", "10.0.0.99"));
        }
        throttle.failed("Admin ", "10.0.0.5");
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.waitBefore("admin", "10.0.0.99"), "from any address");
        assertEquals(Optional.empty(), throttle.waitBefore("eva", "10.0.0.99"), "other names are not held up");

        clock.move(Duration.ofSeconds(30));
        assertEquals(Optional.empty(), throttle.waitBefore("admin", "10.0.0.99"));
        throttle.failed("admin", "10.0.0.6");
        assertEquals(Optional.of(Duration.ofSeconds(60)), throttle.waitBefore("admin", "10.0.0.99"));
        clock.move(Duration.ofSeconds(60));
        throttle.failed("admin", "10.0.0.6");
        assertEquals(Optional.of(Duration.ofSeconds(120)), throttle.waitBefore("admin", "10.0.0.99"));
    }

    @Test
    void theWaitStopsAtFifteenMinutesAndTheCountIsForgottenAfterAQuietWindow() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("admin", "10.0.0." + i);
            clock.move(throttle.waitBefore("admin", "x").orElse(Duration.ZERO));
        }
        throttle.failed("admin", "10.0.0.1");
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.waitBefore("admin", "x"));
        clock.move(Duration.ofMinutes(15).plusSeconds(1));
        throttle.failed("admin", "10.0.0.1");
        assertEquals(Optional.empty(), throttle.waitBefore("admin", "x"), "a new window starts from one failure");
    }

    @Test
    void aSuccessfulLoginClearsTheName() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("eva", "10.0.0.1");
        }
        throttle.succeeded("eva");
        throttle.failed("eva", "10.0.0.1");
        assertEquals(Optional.empty(), throttle.waitBefore("eva", "10.0.0.2"));
    }

    @Test
    void oneAddressTryingManyNamesIsHeldUpToo() {
        for (int i = 0; i < LoginThrottle.ADDRESS_FREE_FAILURES; i++) {
            throttle.failed("name" + i, "192.0.2.7");
        }
        assertTrue(throttle.waitBefore("someone-new", "192.0.2.7").isPresent());
        assertEquals(Optional.empty(), throttle.waitBefore("someone-new", "192.0.2.8"));
    }

    @Test
    void namesAreLoggedWithoutLineBreaks() {
        assertEquals("eva?Bcc: x", LoginThrottle.printable("eva\nBcc: x"));
    }
}
