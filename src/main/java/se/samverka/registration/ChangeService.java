package se.samverka.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import se.samverka.program.Session;

/** The participant changes their own registration (by their private link). */
@ApplicationScoped
@Transactional
public class ChangeService {

    private final RegistrationDirectory directory;
    private final SeatKeeper seats;
    private final EventChoices choices;
    private final Event<RegistrationNews> news;
    private final Clock clock;

    ChangeService() {
        this(null, null, null, null, null);
    }

    @Inject
    ChangeService(RegistrationDirectory directory, SeatKeeper seats, EventChoices choices,
            Event<RegistrationNews> news, Clock clock) {
        this.directory = directory;
        this.seats = seats;
        this.choices = choices;
        this.news = news;
        this.clock = clock;
    }

    /** New workshop choices take free seats or join the line; dropped ones hand their seats to the line. */
    public Registration change(String token, RegistrationChange change) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        Registration registration = directory.byToken(token);
        se.samverka.event.Event event = registration.getEvent();
        if (change.sessionIds() != null) {
            List<Session> wanted = choices.workshops(event, change.sessionIds());
            requireActive(registration);
            List<Promotion> promotions = seats.choose(registration, wanted, now);
            promotions.forEach(p -> news.fire(p.news()));
        } else {
            seats.lockRow(registration);
        }
        requireActive(registration);
        if (change.answers() != null) {
            registration.answer(choices.answers(event, change.answers(), false));
        }
        if (change.days() != null) {
            registration.attendDays(change.days());
        }
        if (change.dietary() != null || change.accessibility() != null) {
            registration.describeNeeds(change.dietary() != null ? change.dietary() : registration.getDietary(),
                    change.accessibility() != null ? change.accessibility() : registration.getAccessibility());
        }
        if (change.consentListed() != null) {
            registration.listPublicly(change.consentListed());
        }
        registration.touch(now);
        news.fire(new RegistrationNews.Changed(registration.getId()));
        return registration;
    }

    private static void requireActive(Registration registration) {
        if (!registration.isActive()) {
            throw new RegistrationNotActiveException();
        }
    }
}
