package se.samverka.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import se.samverka.event.CapacityChanged;
import se.samverka.event.EventService;

/**
 * The organiser decides who gets in: approves or declines a pending registration, seats a waiting person by hand,
 * and when seats grow the lines move up.
 */
@ApplicationScoped
@Transactional
public class ApprovalService {

    private final RegistrationDirectory directory;
    private final SeatKeeper seats;
    private final EventService events;
    private final Event<RegistrationNews> news;
    private final Clock clock;

    ApprovalService() {
        this(null, null, null, null, null);
    }

    @Inject
    ApprovalService(RegistrationDirectory directory, SeatKeeper seats, EventService events,
            Event<RegistrationNews> news, Clock clock) {
        this.directory = directory;
        this.seats = seats;
        this.events = events;
        this.news = news;
        this.clock = clock;
    }

    /** Approval mode: the organiser lets a pending registration in (seated, or in line if full). */
    public Registration approve(Long eventId, Long registrationId) {
        Registration registration = pending(directory.locked(eventId, registrationId));
        seats.place(registration, now());
        news.fire(new RegistrationNews.Approved(registration.getId()));
        return registration;
    }

    /** Approval mode: the organiser turns a pending registration down. */
    public Registration decline(Long eventId, Long registrationId) {
        Registration registration = pending(directory.locked(eventId, registrationId));
        registration.decline(now());
        news.fire(new RegistrationNews.Declined(registration.getId()));
        return registration;
    }

    /**
     * The organiser gives a waiting person a seat out of turn (the event being full, this is a seat more than
     * its capacity, which the organiser decides); their workshop choices take seats that are free.
     */
    public Registration seatByHand(Long eventId, Long registrationId) {
        Registration registration = directory.get(eventId, registrationId);
        if (registration.getStatus() != RegistrationStatus.WAITLISTED) {
            throw new RegistrationNotActiveException();
        }
        news.fire(seats.seatByHand(registration, now()).news());
        return registration;
    }

    /** Seats grew (event capacity or a workshop's seats): move the lines up. */
    void onCapacityChanged(@Observes CapacityChanged changed) {
        seats.capacityChanged(events.get(changed.eventId()), now()).forEach(p -> news.fire(p.news()));
    }

    private Registration pending(Registration registration) {
        if (registration.getStatus() != RegistrationStatus.PENDING) {
            throw new RegistrationNotActiveException();
        }
        return registration;
    }

    /** Now, to the millisecond: what the database keeps. */
    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
