package se.samverka.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.platform.Clocks;
import se.samverka.platform.NotFoundException;
import se.samverka.platform.Text;
import se.samverka.program.ProgramService;
import se.samverka.program.Session;
import se.samverka.registration.Registration;
import se.samverka.registration.RegistrationDirectory;
import se.samverka.registration.RegistrationStatus;

/**
 * Admits people at the entrance of an event day or at a session's door, by the check-in code on their
 * badge. A person's check-ins are decided one at a time (their registration row is locked), a scan sent
 * again with its nonce gets its first answer, and a scan that a device queued while offline and that
 * turns out doubtful when it arrives is kept for staff to resolve (see {@link Doubt}).
 */
@ApplicationScoped
@Transactional
public class CheckInService {

    /** A scan made longer ago than this was queued on a device that was offline. */
    static final Duration OFFLINE_AFTER = Duration.ofSeconds(60);

    @PersistenceContext
    EntityManager em;

    @Inject
    EventService events;

    @Inject
    ProgramService program;

    @Inject
    RegistrationDirectory registrations;

    @Inject
    Clock clock;

    /** Admits the person with this code (by the staff account {@code by}), or says why not. */
    public CheckInOutcome checkIn(Long eventId, CheckInRequest request, String by) {
        LocalDateTime now = now();
        String nonce = Text.oneLine(request.nonce(), "nonce", 100);
        if (nonce != null && !nonce.isEmpty()) {
            ScanReceipt receipt = em.find(ScanReceipt.class, nonce);
            if (receipt != null && receipt.getEventId().equals(eventId)) {
                return receipt.replay();
            }
        }
        CheckInOutcome outcome = decide(eventId, request, by, now);
        if (nonce != null && !nonce.isEmpty()) {
            em.persist(outcome.refusal() != null ? new ScanReceipt(nonce, eventId, outcome.refusal(), now)
                    : new ScanReceipt(nonce, eventId, outcome.checkIn(), outcome.alreadyCheckedIn(), now));
        }
        return outcome;
    }

    private CheckInOutcome decide(Long eventId, CheckInRequest request, String by, LocalDateTime now) {
        Event event = events.get(eventId);
        LocalDateTime scannedAt = scannedAt(request, now);
        boolean offline = scannedAt.isBefore(now.minus(OFFLINE_AFTER));
        Session session = request.sessionId() == null ? null : program.get(eventId, request.sessionId());
        LocalDate day = session != null ? session.getStart().toLocalDate()
                : request.day() != null ? request.day() : scannedAt.toLocalDate();
        if (!event.covers(day)) {
            return CheckInOutcome.refused(new CheckInRefused(CheckInRefused.Reason.NOT_AN_EVENT_DAY, null));
        }
        Optional<Registration> found = registrations.lockedByCheckInCode(eventId, request.code());
        if (found.isEmpty()) {
            return CheckInOutcome.refused(new CheckInRefused(CheckInRefused.Reason.UNKNOWN_CODE, null));
        }
        Registration registration = found.get();
        String name = registration.getParticipant().fullName();
        if (registration.getStatus() != RegistrationStatus.CONFIRMED) {
            if (offline) {
                em.persist(new CheckIn(registration, day, session, scannedAt, now, by, request.device(), Doubt.NOT_ACTIVE));
            }
            return CheckInOutcome.refused(new CheckInRefused(notActive(registration.getStatus()), name));
        }
        if (session != null ? !registration.attends(session) : !registration.includesDay(day)) {
            return CheckInOutcome.refused(new CheckInRefused(session != null ? CheckInRefused.Reason.NOT_FOR_SESSION
                    : CheckInRefused.Reason.NOT_FOR_DAY, name));
        }
        Optional<CheckIn> earlier = current(registration, day, session);
        if (earlier.isPresent()) {
            if (offline && earlier.get().fromOtherDeviceThan(request.device())) {
                em.persist(new CheckIn(registration, day, session, scannedAt, now, by, request.device(),
                        Doubt.SECOND_DEVICE));
            }
            return CheckInOutcome.admitted(earlier.get(), true);
        }
        CheckIn checkIn = new CheckIn(registration, day, session, scannedAt, now, by, request.device(), null);
        em.persist(checkIn);
        return CheckInOutcome.admitted(checkIn, false);
    }

    /** Takes back a mistaken check-in; taking it back twice changes nothing. */
    public CheckIn undo(Long checkInId, String by) {
        CheckIn checkIn = get(checkInId);
        checkIn.undo(by, now());
        return checkIn;
    }

    /** Staff have looked at a doubtful scan. */
    public CheckIn resolve(Long checkInId, String by) {
        CheckIn checkIn = get(checkInId);
        checkIn.resolve(by, now());
        return checkIn;
    }

    /** The person leaves (optional: the door may record departures too). */
    public CheckIn checkOut(Long checkInId) {
        CheckIn checkIn = get(checkInId);
        checkIn.checkOut(now());
        return checkIn;
    }

    public CheckIn get(Long checkInId) {
        CheckIn checkIn = checkInId == null ? null : em.find(CheckIn.class, checkInId);
        if (checkIn == null) {
            throw new NotFoundException("check-in", checkInId);
        }
        return checkIn;
    }

    /** The admission that counts for this person on this day (or at this session), if any. */
    public Optional<CheckIn> current(Registration registration, LocalDate day, Session session) {
        var query = em.createQuery("select c from CheckIn c where c.registration = :registration and c.day = :day"
                        + (session == null ? " and c.session is null" : " and c.session = :session")
                        + " and c.undoneAt is null and c.doubt is null order by c.scannedAt", CheckIn.class)
                .setParameter("registration", registration)
                .setParameter("day", day);
        if (session != null) {
            query.setParameter("session", session);
        }
        return query.setMaxResults(1).getResultStream().findFirst();
    }

    /** The latest check-ins at the event, newest first, for the door's "just admitted" list. */
    public List<CheckIn> latest(Long eventId, int max) {
        return em.createQuery("select c from CheckIn c where c.eventId = :event order by c.receivedAt desc, c.id desc",
                        CheckIn.class)
                .setParameter("event", eventId).setMaxResults(max).getResultList();
    }

    /** Doubtful scans of the event, unresolved first. */
    public List<CheckIn> doubtful(Long eventId) {
        return em.createQuery("select c from CheckIn c where c.eventId = :event and c.doubt is not null"
                        + " order by c.scannedAt", CheckIn.class)
                .setParameter("event", eventId).getResultStream()
                .sorted(Comparator.comparing((CheckIn c) -> c.getResolvedAt() != null)).toList();
    }

    private static CheckInRefused.Reason notActive(RegistrationStatus status) {
        return switch (status) {
            case CANCELLED -> CheckInRefused.Reason.CANCELLED;
            case WAITLISTED -> CheckInRefused.Reason.WAITLISTED;
            case PENDING -> CheckInRefused.Reason.PENDING;
            default -> CheckInRefused.Reason.DECLINED;
        };
    }

    /** When the device scanned: its own time (never in the future), else now. */
    private LocalDateTime scannedAt(CheckInRequest request, LocalDateTime now) {
        if (request.at() == null) {
            return now;
        }
        LocalDateTime at = LocalDateTime.ofInstant(request.at(), Clocks.STOCKHOLM).truncatedTo(ChronoUnit.MILLIS);
        return at.isAfter(now) ? now : at;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
