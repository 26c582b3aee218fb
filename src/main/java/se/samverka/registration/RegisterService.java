package se.samverka.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import se.samverka.event.EventService;
import se.samverka.platform.NotFoundException;

/**
 * Registers people for events: a participant online (within the registration window; PENDING when the event
 * needs approval) or an organiser by hand. The registration is made complete and checked first; only then are
 * the seat counters locked, from handing out a seat or a place in line (see {@link SeatKeeper}) to the commit.
 */
@ApplicationScoped
@Transactional
public class RegisterService {

    private final EntityManager em;
    private final EventService events;
    private final SectorService sectors;
    private final SeatKeeper seats;
    private final RegistrationTokens tokens;
    private final EventChoices choices;
    private final RegistrationDirectory directory;
    private final Event<RegistrationNews> news;
    private final Clock clock;

    RegisterService() {
        this(null, null, null, null, null, null, null, null, null);
    }

    @Inject
    RegisterService(EntityManager em, EventService events, SectorService sectors, SeatKeeper seats,
            RegistrationTokens tokens, EventChoices choices, RegistrationDirectory directory,
            Event<RegistrationNews> news, Clock clock) {
        this.em = em;
        this.events = events;
        this.sectors = sectors;
        this.seats = seats;
        this.tokens = tokens;
        this.choices = choices;
        this.directory = directory;
        this.news = news;
        this.clock = clock;
    }

    /**
     * A participant registers online (within the registration window; PENDING when the event needs
     * approval) or an organiser adds someone by hand ({@code byOrganiser}: any time, no approval).
     */
    public Registration register(Long eventId, RegistrationRequest request, boolean byOrganiser) {
        Registration registration = place(eventId, request, byOrganiser);
        news.fire(new RegistrationNews.Registered(registration.getId()));
        return registration;
    }

    /** For demo data: as if added by an organiser, but nobody is mailed (the addresses are made up). */
    public Registration registerWithoutMail(Long eventId, RegistrationRequest request) {
        return place(eventId, request, true);
    }

    /** "Send my link again": mails the existing link, and says nothing about whether there was one. */
    public void resendLink(Long eventId, String email) {
        String normalised;
        try {
            normalised = Participant.normalisedEmail(email);
        } catch (InvalidRegistrationException e) {
            return;
        }
        directory.byEmail(events.get(eventId), normalised).filter(Registration::isActive)
                .ifPresent(r -> news.fire(new RegistrationNews.LinkRequested(r.getId())));
    }

    private Registration place(Long eventId, RegistrationRequest request, boolean byOrganiser) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        se.samverka.event.Event event = events.get(eventId);
        if (!event.isVisibleTo(byOrganiser)) {
            throw new NotFoundException("event", eventId); // a draft is not open for registration
        }
        if (!byOrganiser && !event.isRegistrationOpen(now)) {
            throw new RegistrationClosedException();
        }
        String email = Participant.normalisedEmail(request.email());
        Optional<Registration> earlier = directory.byEmail(event, email);
        if (earlier.isPresent() && earlier.get().isActive()) {
            throw new DuplicateRegistrationException();
        }
        earlier.ifPresent(this::forget);
        Participant participant = new Participant(request.firstName(), request.lastName(), email, request.phone(),
                request.organisation(), sectors.byCode(request.sector()), request.title());
        Registration registration = Registration.open(event, new Registration.Application(participant,
                        request.language() == null ? Locale.forLanguageTag("sv") : Locale.forLanguageTag(request.language()),
                        request.consentPrivacy(), request.consentListed(), request.days(), request.dietary(),
                        request.accessibility(), choices.answers(event, request.answersOrEmpty(), byOrganiser),
                        choices.workshops(event, request.sessionIdsOrEmpty())),
                tokens.newManageToken(), tokens.newCheckInCode(event), now);
        if (event.isApprovalRequired() && !byOrganiser) {
            registration.awaitApproval(now);
        } else {
            seats.place(registration, now);
        }
        persist(registration);
        return registration;
    }

    /**
     * Writes the new registration once its seat or place in line is decided, so that its rows are inserted as they
     * stay (written first and updated after the decision, they cost two more statements a registration). Two
     * registrations with one address at once meet at the database's unique key, and the second is told it is a
     * duplicate: for an event with seats the second waits at the event's counter until the first commits, and
     * then finds the address taken.
     */
    private void persist(Registration registration) {
        em.persist(registration);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isDuplicateAddress(e)) {
                throw new DuplicateRegistrationException();
            }
            throw e;
        }
    }

    private static boolean isDuplicateAddress(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("registration_email_uk")) {
                return true;
            }
        }
        return false;
    }

    /** A cancelled or declined registration makes way for a new one with the same address. */
    private void forget(Registration old) {
        em.remove(old);
        em.flush();
    }
}
