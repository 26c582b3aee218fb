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
import java.util.Set;
import java.util.stream.Collectors;
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
    jakarta.enterprise.event.Event<RegistrationNews> news;

    Clock clock = Clock.system(STOCKHOLM);

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

    private Registration place(Long eventId, RegistrationRequest request, boolean byOrganiser) {
        LocalDateTime now = now();
        Event event = events.lockForSeats(eventId);
        if (!event.isVisibleTo(byOrganiser)) {
            throw new NotFoundException("event", eventId); // a draft is not open for registration
        }
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
            promoted(seats.promote(event, now));
        }
        registration.touch(now);
        news.fire(new RegistrationNews.Changed(registration.getId()));
        return registration;
    }

    /** The participant (by their link) withdraws; the seat goes to the first in line. */
    public Registration cancel(String token) {
        Registration registration = cancelLocked(lockedByToken(token));
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
        events.lockForSeats(eventId);
        Registration registration = cancelLocked(get(eventId, registrationId));
        if (notify) {
            news.fire(new RegistrationNews.Cancelled(registration.getId(), true));
        }
        return registration;
    }

    /** Cancels a registration read while its event's lock is held, and moves the lines up. */
    private Registration cancelLocked(Registration registration) {
        LocalDateTime now = now();
        Event event = registration.getEvent();
        registration.cancel(now);
        em.flush();
        promoted(seats.promote(event, now));
        return registration;
    }

    /**
     * The organiser gives a waiting person a seat out of turn (the event being full, this is a seat more than
     * its capacity, which the organiser decides); their workshop choices take seats that are free.
     */
    public Registration seatByHand(Long eventId, Long registrationId) {
        LocalDateTime now = now();
        events.lockForSeats(eventId);
        Registration registration = get(eventId, registrationId);
        if (registration.getStatus() != RegistrationStatus.WAITLISTED) {
            throw new RegistrationNotActiveException();
        }
        registration.confirm(now);
        em.flush();
        seats.seatChoices(registration.getChoices());
        news.fire(new RegistrationNews.Promoted(registration.getId(), true, List.of()));
        return registration;
    }

    /** Approval mode: the organiser lets a pending registration in (seated, or in line if full). */
    public Registration approve(Long eventId, Long registrationId) {
        LocalDateTime now = now();
        Event event = events.lockForSeats(eventId);
        Registration registration = pending(get(eventId, registrationId));
        seats.place(registration, now);
        news.fire(new RegistrationNews.Approved(registration.getId()));
        return registration;
    }

    /** Approval mode: the organiser turns a pending registration down. */
    public Registration decline(Long eventId, Long registrationId) {
        LocalDateTime now = now();
        events.lockForSeats(eventId);
        Registration registration = pending(get(eventId, registrationId));
        registration.decline(now);
        news.fire(new RegistrationNews.Declined(registration.getId()));
        return registration;
    }

    /** Seats grew (event capacity or a workshop's seats): move the lines up. */
    void onCapacityChanged(@Observes CapacityChanged changed) {
        LocalDateTime now = now();
        Event event = events.lockForSeats(changed.eventId());
        promoted(seats.promote(event, now));
    }

    /** Tells the mail side who moved up (one news per registration). */
    private void promoted(List<Promotion> promotions) {
        promotions.forEach(p -> news.fire(new RegistrationNews.Promoted(p.registration().getId(), p.toEvent(),
                p.workshops().stream().map(Session::getId).toList())));
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
        byEmail(events.get(eventId), normalised).filter(Registration::isActive)
                .ifPresent(r -> news.fire(new RegistrationNews.LinkRequested(r.getId())));
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

    /** The event's waiting list as registration id to place in line (1 = next), read in one query. */
    public Map<Long, Integer> placesInLine(Long eventId) {
        List<Long> ids = em.createQuery("select r.id from Registration r where r.event.id = :event"
                        + " and r.status = :waiting order by r.queuedAt, r.id", Long.class)
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
    List<Session> workshops(Event event, List<Long> sessionIds) {
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

    /**
     * An organiser changes some answers (question id to answer; the others stay); returns each changed answer as
     * {@code {"answer:" + question, old, new}} for the audit trail.
     */
    List<String[]> reanswer(Event event, Registration registration, Map<String, String> given) {
        Map<Long, String> merged = new HashMap<>(registration.getAnswers());
        List<String[]> changes = new java.util.ArrayList<>();
        for (Question question : questions(event)) {
            String key = String.valueOf(question.getId());
            if (!given.containsKey(key)) {
                continue;
            }
            String before = merged.get(question.getId());
            String after = question.accept(given.get(key), false);
            if (after == null) {
                merged.remove(question.getId());
            } else {
                merged.put(question.getId(), after);
            }
            RegistrationCorrections.compare(changes, "answer:" + clipped(question.getTextSv(), 100), before, after);
        }
        for (String key : given.keySet()) {
            if (questions(event).stream().noneMatch(q -> String.valueOf(q.getId()).equals(key))) {
                throw new InvalidRegistrationException("answers", "registration.error.unknownQuestion", key);
            }
        }
        registration.answer(merged);
        return changes;
    }

    private static String clipped(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
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
