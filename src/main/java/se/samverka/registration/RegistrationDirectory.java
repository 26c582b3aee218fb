package se.samverka.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.platform.NotFoundException;
import se.samverka.platform.Text;
import se.samverka.program.ProgramService;
import se.samverka.program.Session;
import se.samverka.program.SessionKind;

/**
 * Finds registrations: by private link, by id, by check-in code or name at the door, an event's list and
 * waiting list, and the seats taken. It changes nothing (the row locks it can take are for callers that will).
 */
@ApplicationScoped
@Transactional
public class RegistrationDirectory {

    private final EntityManager em;
    private final EventService events;
    private final ProgramService program;
    private final SeatKeeper seats;
    private final EventChoices choices;

    RegistrationDirectory() {
        this(null, null, null, null, null);
    }

    @Inject
    RegistrationDirectory(EntityManager em, EventService events, ProgramService program, SeatKeeper seats,
            EventChoices choices) {
        this.em = em;
        this.events = events;
        this.program = program;
        this.seats = seats;
        this.choices = choices;
    }

    public Registration byToken(String token) {
        checkTokenShape(token);
        return em.createQuery("select r from Registration r where r.manageToken = :token", Registration.class)
                .setParameter("token", token)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("registration", ""));
    }

    private static void checkTokenShape(String token) {
        if (token == null || token.length() < RegistrationTokens.MIN_TOKEN_LENGTH
                || token.length() > RegistrationTokens.MAX_TOKEN_LENGTH || !RegistrationTokens.looksLikeToken(token)) {
            throw new NotFoundException("registration", "");
        }
    }

    public Registration get(Long eventId, Long registrationId) {
        Registration registration = registrationId == null ? null : em.find(Registration.class, registrationId);
        if (registration == null || !registration.getEvent().getId().equals(eventId)) {
            throw new NotFoundException("registration", registrationId);
        }
        return registration;
    }

    /**
     * The registration with this check-in code at the event, whatever its status, its row locked until the
     * transaction ends: two devices scanning the same badge at once are taken one after the other.
     */
    public Optional<Registration> lockedByCheckInCode(Long eventId, String code) {
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (normalised.isEmpty() || normalised.length() > 12 || !normalised.chars().allMatch(Character::isLetterOrDigit)) {
            return Optional.empty();
        }
        return em.createQuery("select r from Registration r where r.event.id = :event and r.checkInCode = :code",
                        Registration.class)
                .setParameter("event", eventId)
                .setParameter("code", normalised)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** The registration, its row locked until the transaction ends (see {@link #lockedByCheckInCode}). */
    public Registration locked(Long eventId, Long registrationId) {
        Registration registration = get(eventId, registrationId);
        em.lock(registration, LockModeType.PESSIMISTIC_WRITE);
        return registration;
    }

    /**
     * At most {@code max} registrations of the event, in any status, whose name, organisation or check-in code
     * contains the text (case-insensitive), by surname: for finding someone at the door.
     */
    public List<Registration> find(Long eventId, String text, int max) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.length() < 2 || Text.hasControlCharacters(needle) || needle.length() > 100) {
            return List.of();
        }
        String like = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createQuery("select r from Registration r where r.event.id = :event and ("
                        + " lower(concat(concat(r.participant.firstName, ' '), r.participant.lastName)) like :text escape '\\'"
                        + " or lower(r.participant.organisation) like :text escape '\\'"
                        + " or lower(r.checkInCode) = :exact)"
                        + " order by r.participant.nameSortKey, r.id", Registration.class)
                .setParameter("event", eventId)
                .setParameter("text", like)
                .setParameter("exact", needle)
                .setMaxResults(max)
                .getResultList();
    }

    /** An event's registrations, optionally of one sector (code) and status, by surname. */
    public List<Registration> list(Long eventId, String sectorCode, RegistrationStatus status) {
        events.get(eventId);
        boolean bySector = sectorCode != null && !sectorCode.isBlank();
        var query = em.createQuery("select r from Registration r where r.event.id = :event"
                        + (bySector ? " and r.participant.sector.code = :sector" : "")
                        + (status != null ? " and r.status = :status" : "")
                        + " order by r.participant.lastName, r.participant.firstName, r.id", Registration.class)
                .setParameter("event", eventId);
        readingDetails(query);
        if (bySector) {
            query.setParameter("sector", sectorCode);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList();
    }

    /**
     * These registrations with their days, workshop choices and answers, read in four statements (a mail round's,
     * so that writing each mail reads nothing more).
     */
    List<Registration> withDetails(List<Long> ids) {
        var query = em.createQuery("select r from Registration r where r.id in :ids", Registration.class)
                .setParameter("ids", ids);
        List<Registration> found = readingDetails(query).getResultList();
        found.forEach(registration -> {
            registration.getDays().size();
            registration.getChoices().size();
            registration.getAnswers().size();
        });
        return found;
    }

    /** Reads the days, choices and answers of all the query's registrations at once, when the first is touched. */
    private static TypedQuery<Registration> readingDetails(TypedQuery<Registration> query) {
        return query.setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "r.days")
                .setHint("eclipselink.batch", "r.choices")
                .setHint("eclipselink.batch", "r.answers");
    }

    /** The event's waiting list as registration id to place in line (1 = next), read in one query. */
    public Map<Long, Integer> placesInLine(Long eventId) {
        List<Long> ids = em.createQuery("select r.id from Registration r where r.event.id = :event"
                        + " and r.status = :waiting order by r.lineNumber, r.id", Long.class)
                .setParameter("event", eventId)
                .setParameter("waiting", RegistrationStatus.WAITLISTED)
                .getResultList();
        Map<Long, Integer> places = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            places.put(ids.get(i), i + 1);
        }
        return places;
    }

    /** Place in the event's waiting list, 1 = next; 0 when not waiting. */
    public int positionInLine(Registration registration) {
        return seats.positionInLine(registration);
    }

    /** The organiser's own questions on the event's registration form, in their order. */
    public List<Question> questions(Long eventId) {
        return choices.questions(events.get(eventId));
    }

    /** Seats taken in each of the event's workshops (session id to count); workshops nobody sits in are absent. */
    public Map<Long, Long> seatsTaken(Long eventId) {
        return seats.seatsTaken(eventId);
    }

    /** Whether the event has no seat left, so that a new registration would join the waiting list. */
    public boolean isFull(Long eventId) {
        Event event = events.get(eventId);
        return !event.hasSeatFor(seats.confirmedAt(event));
    }

    /** The ids of the event's workshops with every seat taken: a new choice of one joins its queue. */
    public Set<Long> fullWorkshops(Long eventId) {
        Map<Long, Long> taken = seatsTaken(eventId);
        return program.sessions(eventId).stream()
                .filter(s -> s.getKind() == SessionKind.WORKSHOP && !s.hasSeatFor(taken.getOrDefault(s.getId(), 0L)))
                .map(Session::getId)
                .collect(Collectors.toSet());
    }

    /** The person's own programme: what {@link Registration#attends} says they take part in, in time order. */
    public List<Session> programmeOf(Registration registration) {
        return program.sessions(registration.getEvent().getId()).stream().filter(registration::attends).toList();
    }

    /** The event's registration with this (normalised) address, in any status. */
    Optional<Registration> byEmail(Event event, String email) {
        return em.createQuery("select r from Registration r where r.event = :event and r.participant.email = :email",
                        Registration.class)
                .setParameter("event", event)
                .setParameter("email", email)
                .getResultStream().findFirst();
    }

    /** The id of the event a registration (by private link) belongs to, read without a lock. */
    Long eventOf(String token) {
        checkTokenShape(token);
        return em.createQuery("select r.event.id from Registration r where r.manageToken = :token", Long.class)
                .setParameter("token", token)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("registration", ""));
    }
}
