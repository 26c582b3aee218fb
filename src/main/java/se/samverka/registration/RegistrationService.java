package se.samverka.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.samverka.event.CapacityChanged;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.platform.NotFoundException;
import se.samverka.platform.Text;
import se.samverka.program.ProgramService;
import se.samverka.program.Session;
import se.samverka.program.SessionKind;

/**
 * Registers people for events and keeps seats and waiting lists right. Every change that can take
 * or free a seat first locks the event (see {@link SeatKeeper}).
 */
@ApplicationScoped
@Transactional
public class RegistrationService {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @PersistenceContext
    EntityManager em;

    @Inject
    EventService events;

    @Inject
    ProgramService program;

    @Inject
    SectorService sectors;

    @Inject
    SeatKeeper seats;

    @Inject
    RegistrationTokens tokens;

    @Inject
    RegistrationMails mails;

    Clock clock = Clock.system(STOCKHOLM);

    /**
     * A participant registers online (within the registration window; PENDING when the event needs
     * approval) or an organiser adds someone by hand ({@code byOrganiser}: any time, no approval).
     */
    public Registration register(Long eventId, RegistrationRequest request, boolean byOrganiser) {
        Registration registration = place(eventId, request, byOrganiser);
        mails.registered(registration);
        return registration;
    }

    /** For demo data: as if added by an organiser, but nobody is mailed (the addresses are made up). */
    public Registration registerWithoutMail(Long eventId, RegistrationRequest request) {
        return place(eventId, request, true);
    }

    private Registration place(Long eventId, RegistrationRequest request, boolean byOrganiser) {
        LocalDateTime now = now();
        Event event = events.lockForSeats(eventId);
        if (!byOrganiser && !event.isRegistrationOpen(now)) {
            throw new RegistrationClosedException();
        }
        String email = Participant.normalisedEmail(request.email());
        Optional<Registration> earlier = byEmail(event, email);
        if (earlier.isPresent() && earlier.get().isActive()) {
            throw new DuplicateRegistrationException();
        }
        earlier.ifPresent(this::forget);
        Participant participant = new Participant(request.firstName(), request.lastName(), email, request.phone(),
                request.organisation(), sectors.byCode(request.sector()), request.title());
        Registration registration = new Registration(event, participant, tokens.newManageToken(),
                tokens.newCheckInCode(event), now);
        registration.speak(request.language() == null ? Locale.forLanguageTag("sv") : Locale.forLanguageTag(request.language()));
        registration.consent(request.consentPrivacy(), request.consentListed(), now);
        registration.attendDays(request.days());
        registration.describeNeeds(request.dietary(), request.accessibility());
        registration.answer(answers(event, request.answersOrEmpty(), byOrganiser));
        registration.choose(workshops(event, request.sessionIdsOrEmpty()), now);
        em.persist(registration);
        if (event.isApprovalRequired() && !byOrganiser) {
            registration.awaitApproval(now);
        } else {
            seats.place(registration, now);
        }
        return registration;
    }

    /** The participant changes their own registration; new workshop choices take free seats or join the line. */
    public Registration change(String token, RegistrationChange change) {
        LocalDateTime now = now();
        Registration registration = lockedByToken(token);
        Event event = registration.getEvent();
        if (!registration.isActive()) {
            throw new RegistrationNotActiveException();
        }
        if (change.answers() != null) {
            registration.answer(answers(event, change.answers(), false));
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
        if (change.sessionIds() != null) {
            List<WorkshopChoice> added = registration.choose(workshops(event, change.sessionIds()), now);
            em.flush();
            seats.seatChoices(added);
            mails.promoted(seats.promote(event, now));
        }
        registration.touch(now);
        mails.changed(registration);
        return registration;
    }

    /** The participant (by their link) withdraws; the seat goes to the first in line. */
    public Registration cancel(String token) {
        return cancelLocked(lockedByToken(token));
    }

    /** An organiser withdraws a registration. */
    public Registration cancel(Long eventId, Long registrationId) {
        events.lockForSeats(eventId);
        return cancelLocked(get(eventId, registrationId));
    }

    /** Cancels a registration read while its event's lock is held. */
    private Registration cancelLocked(Registration registration) {
        LocalDateTime now = now();
        Event event = registration.getEvent();
        registration.cancel(now);
        em.flush();
        mails.cancelled(registration);
        mails.promoted(seats.promote(event, now));
        return registration;
    }

    /** Approval mode: the organiser lets a pending registration in (seated, or in line if full). */
    public Registration approve(Long eventId, Long registrationId) {
        LocalDateTime now = now();
        Event event = events.lockForSeats(eventId);
        Registration registration = pending(get(eventId, registrationId));
        seats.place(registration, now);
        mails.approved(registration);
        return registration;
    }

    /** Approval mode: the organiser turns a pending registration down. */
    public Registration decline(Long eventId, Long registrationId) {
        LocalDateTime now = now();
        events.lockForSeats(eventId);
        Registration registration = pending(get(eventId, registrationId));
        registration.decline(now);
        mails.declined(registration);
        return registration;
    }

    /** Seats grew (event capacity or a workshop's seats): move the lines up. */
    void onCapacityChanged(@Observes CapacityChanged changed) {
        LocalDateTime now = now();
        Event event = events.lockForSeats(changed.eventId());
        mails.promoted(seats.promote(event, now));
    }

    /** Now, to the millisecond: what the database keeps, so that queue order compares alike in memory and in SQL. */
    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    /** "Send my link again": mails the existing link, and says nothing about whether there was one. */
    public void resendLink(Long eventId, String email) {
        String normalised;
        try {
            normalised = Participant.normalisedEmail(email);
        } catch (InvalidRegistrationException e) {
            return;
        }
        byEmail(events.get(eventId), normalised).filter(Registration::isActive).ifPresent(mails::link);
    }

    public Registration byToken(String token) {
        checkTokenShape(token);
        return em.createQuery("select r from Registration r where r.manageToken = :token", Registration.class)
                .setParameter("token", token)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("registration", ""));
    }

    /**
     * The registration behind a token, read only after its event's seat lock is taken: changes to one
     * registration then queue one after the other and each sees the one before (never a stale copy
     * that would fail its optimistic check).
     */
    private Registration lockedByToken(String token) {
        checkTokenShape(token);
        Long eventId = em.createQuery("select r.event.id from Registration r where r.manageToken = :token", Long.class)
                .setParameter("token", token)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("registration", ""));
        events.lockForSeats(eventId);
        return byToken(token);
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
        if (bySector) {
            query.setParameter("sector", sectorCode);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList();
    }

    /** Place in the event's waiting list, 1 = next; 0 when not waiting. */
    public int positionInLine(Registration registration) {
        return seats.positionInLine(registration);
    }

    /** The organiser's own questions on the event's registration form, in their order. */
    public List<Question> questions(Long eventId) {
        return questions(events.get(eventId));
    }

    /** Seats taken in each of the event's workshops (session id to count); workshops nobody sits in are absent. */
    public Map<Long, Long> seatsTaken(Long eventId) {
        Map<Long, Long> taken = new HashMap<>();
        em.createQuery("select c.session.id, count(c) from WorkshopChoice c where c.session.event.id = :event"
                        + " and c.status = :seated and c.registration.status = :confirmed group by c.session.id",
                        Object[].class)
                .setParameter("event", eventId)
                .setParameter("seated", ChoiceStatus.CONFIRMED)
                .setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .getResultList()
                .forEach(row -> taken.put((Long) row[0], (Long) row[1]));
        return taken;
    }

    /** The person's own programme: what {@link Registration#attends} says they take part in, in time order. */
    public List<Session> programmeOf(Registration registration) {
        return program.sessions(registration.getEvent().getId()).stream().filter(registration::attends).toList();
    }

    private Registration pending(Registration registration) {
        if (registration.getStatus() != RegistrationStatus.PENDING) {
            throw new RegistrationNotActiveException();
        }
        return registration;
    }

    private Optional<Registration> byEmail(Event event, String email) {
        return em.createQuery("select r from Registration r where r.event = :event and r.participant.email = :email",
                        Registration.class)
                .setParameter("event", event)
                .setParameter("email", email)
                .getResultStream().findFirst();
    }

    /** A cancelled or declined registration makes way for a new one with the same address. */
    private void forget(Registration old) {
        em.remove(old);
        em.flush();
    }

    /** The chosen sessions: workshops of this event, at most one per time slot. */
    private List<Session> workshops(Event event, List<Long> sessionIds) {
        List<Session> chosen = sessionIds.stream().distinct().map(id -> sessionOf(event, id)).toList();
        for (int i = 0; i < chosen.size(); i++) {
            for (int j = i + 1; j < chosen.size(); j++) {
                if (chosen.get(i).overlaps(chosen.get(j))) {
                    throw new InvalidRegistrationException("sessionIds", "registration.error.overlappingChoices",
                            chosen.get(i).getTitle(), chosen.get(j).getTitle());
                }
            }
        }
        return chosen;
    }

    private Session sessionOf(Event event, Long sessionId) {
        Session session;
        try {
            session = program.get(event.getId(), sessionId);
        } catch (NotFoundException e) {
            throw new InvalidRegistrationException("sessionIds", "registration.error.unknownSession", sessionId);
        }
        if (session.getKind() != SessionKind.WORKSHOP) {
            throw new InvalidRegistrationException("sessionIds", "registration.error.notAWorkshop", session.getTitle());
        }
        return session;
    }

    /** The answers by question id; an organiser registering someone may leave a required question open. */
    private Map<Long, String> answers(Event event, Map<String, String> given, boolean byOrganiser) {
        Map<Long, String> accepted = new HashMap<>();
        for (Question question : questions(event)) {
            String answer = question.accept(given.get(String.valueOf(question.getId())), !byOrganiser);
            if (answer != null) {
                accepted.put(question.getId(), answer);
            }
        }
        return accepted;
    }

    private List<Question> questions(Event event) {
        return em.createQuery("select q from Question q where q.event = :event order by q.position", Question.class)
                .setParameter("event", event).getResultList();
    }
}
