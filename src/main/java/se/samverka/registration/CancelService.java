package se.samverka.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** Withdraws registrations, by the person's link or by an organiser; the seats go to the first in line. */
@ApplicationScoped
@Transactional
public class CancelService {

    private final RegistrationDirectory directory;
    private final SeatKeeper seats;
    private final Event<RegistrationNews> news;
    private final Clock clock;

    CancelService() {
        this(null, null, null, null);
    }

    @Inject
    CancelService(RegistrationDirectory directory, SeatKeeper seats, Event<RegistrationNews> news, Clock clock) {
        this.directory = directory;
        this.seats = seats;
        this.news = news;
        this.clock = clock;
    }

    /** The participant (by their link) withdraws. */
    public Registration cancel(String token) {
        Registration registration = cancelled(directory.byToken(token));
        news.fire(new RegistrationNews.Cancelled(registration.getId(), false));
        return registration;
    }

    /** An organiser withdraws a registration and the person is told so (see {@link #cancelByOrganiser}). */
    public Registration cancel(Long eventId, Long registrationId) {
        return cancelByOrganiser(eventId, registrationId, true);
    }

    /**
     * An organiser withdraws a registration; the seat goes to the first in line (who is mailed either way).
     * With {@code notify} the person gets the organiser's cancellation mail, without it nothing (e.g. a
     * duplicate, or someone who already said so by phone).
     */
    public Registration cancelByOrganiser(Long eventId, Long registrationId, boolean notify) {
        Registration registration = cancelled(directory.get(eventId, registrationId));
        if (notify) {
            news.fire(new RegistrationNews.Cancelled(registration.getId(), true));
        }
        return registration;
    }

    private Registration cancelled(Registration registration) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        seats.cancel(registration, now).forEach(promotion -> news.fire(promotion.news()));
        return registration;
    }
}
