package se.samverka.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of the application: the system's time in Europe/Stockholm, where every event and meeting takes
 * place. Services take a {@link Clock} (constructor or field injection) instead of calling {@code now()} on their
 * own, so that a test can ask what they would do at another moment.
 */
@ApplicationScoped
public class Clocks {

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(STOCKHOLM);
    }
}
