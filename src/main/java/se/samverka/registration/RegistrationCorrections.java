package se.samverka.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.platform.Refusals;

/**
 * Corrections of a registration by staff (at the door) or an organiser, each changed field kept in the audit
 * trail with who and when. The event is locked first, like every other change of a registration, so a
 * correction and the participant's own change never overwrite each other unseen.
 */
@ApplicationScoped
@Transactional
public class RegistrationCorrections {

    @PersistenceContext
    EntityManager em;

    @Inject
    EventService events;

    @Inject
    RegistrationService registrations;

    @Inject
    SectorService sectors;

    @Inject
    Clock clock;

    @Inject
    RegistrationMails mails;

    @Inject
    SeatKeeper seats;

    /** Staff's correction (who the person is, their needs) by the account {@code by}; returns the registration. */
    public Registration correct(Long eventId, Long registrationId, Correction correction, String by) {
        return correct(eventId, registrationId, correction, by, false);
    }

    /**
     * Applies the correction by the account {@code by}; an {@code organiser} may also change days, workshops and
     * answers. Every changed field goes to the audit trail. A confirmed participant moved into a full workshop
     * is refused whole ({@link WorkshopFullException}); seats given up go to the next in line.
     */
    public Registration correct(Long eventId, Long registrationId, Correction correction, String by,
            boolean organiser) {
        if (correction.changesParticipation() && !organiser) {
            throw new CorrectionNotAllowedException();
        }
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        Event event = events.lockForSeats(eventId);
        Registration registration = registrations.get(eventId, registrationId);
        if (correction.version() != null && correction.version() != registration.getVersion()) {
            throw new Refusals.ConcurrentChange();
        }
        List<String[]> changes = new ArrayList<>(correctPerson(registration, correction, now));
        if (correction.changesParticipation()) {
            changes.addAll(changeParticipation(event, registration, correction, now));
        }
        for (String[] change : changes) {
            em.persist(new RegistrationEdit(registration, change[0], clipped(change[1]), clipped(change[2]), by, now));
        }
        return registration;
    }

    private List<String[]> correctPerson(Registration registration, Correction correction, LocalDateTime now) {
        Participant was = registration.getParticipant();
        Participant corrected = new Participant(
                pick(correction.firstName(), was.getFirstName()), pick(correction.lastName(), was.getLastName()),
                pick(correction.email(), was.getEmail()), pick(correction.phone(), was.getPhone()),
                pick(correction.organisation(), was.getOrganisation()),
                correction.sector() == null ? was.getSector() : sectors.byCode(correction.sector()),
                pick(correction.title(), was.getTitle()));
        if (!corrected.getEmail().equals(was.getEmail()) && takenBySomeoneElse(registration, corrected.getEmail())) {
            throw new DuplicateRegistrationException();
        }
        return registration.correct(corrected, pick(correction.dietary(), registration.getDietary()),
                pick(correction.accessibility(), registration.getAccessibility()), now);
    }

    /** The organiser's part: days, answers, workshops (seated if free, else refused for a confirmed person). */
    private List<String[]> changeParticipation(Event event, Registration registration, Correction correction,
            LocalDateTime now) {
        if (!registration.isActive()) {
            throw new RegistrationNotActiveException();
        }
        List<String[]> changes = new ArrayList<>();
        if (correction.days() != null) {
            String before = days(registration);
            registration.attendDays(correction.days());
            compare(changes, "days", before, days(registration));
        }
        if (correction.answers() != null) {
            changes.addAll(registrations.reanswer(event, registration, correction.answers()));
        }
        if (correction.sessionIds() != null) {
            String before = String.join(", ", workshopTitles(registration));
            List<WorkshopChoice> added = registration.choose(registrations.workshops(event, correction.sessionIds()),
                    now);
            em.flush();
            seats.seatChoices(added);
            if (registration.getStatus() == RegistrationStatus.CONFIRMED) {
                added.stream().filter(choice -> !choice.isSeated()).findFirst().ifPresent(choice -> {
                    throw new WorkshopFullException(choice.getSession().getTitle());
                });
            }
            compare(changes, "workshops", before, String.join(", ", workshopTitles(registration)));
            mails.promoted(seats.promote(event, now));
        }
        if (!changes.isEmpty()) {
            registration.touch(now);
            mails.changed(registration);
        }
        return changes;
    }

    private static String days(Registration registration) {
        return registration.getDays().stream().map(LocalDate::toString).collect(Collectors.joining(", "));
    }

    private static List<String> workshopTitles(Registration registration) {
        return registration.getChoices().stream().map(choice -> choice.getSession().getTitle()).sorted().toList();
    }

    static void compare(List<String[]> changes, String field, String before, String after) {
        String was = before == null || before.isEmpty() ? null : before;
        String is = after == null || after.isEmpty() ? null : after;
        if (!Objects.equals(was, is)) {
            changes.add(new String[] {field, was, is});
        }
    }

    /** The corrections of a registration, newest first (the fields of one correction in their order). */
    public List<RegistrationEdit> edits(Long eventId, Long registrationId) {
        Registration registration = registrations.get(eventId, registrationId);
        return em.createQuery("select e from RegistrationEdit e where e.registration = :registration"
                        + " order by e.editedAt desc, e.id", RegistrationEdit.class)
                .setParameter("registration", registration).getResultList();
    }

    private boolean takenBySomeoneElse(Registration registration, String email) {
        return em.createQuery("select count(r) from Registration r where r.event = :event and r.participant.email = :email"
                        + " and r <> :registration", Long.class)
                .setParameter("event", registration.getEvent())
                .setParameter("email", email)
                .setParameter("registration", registration)
                .getSingleResult() > 0;
    }

    /** A blank given value clears an optional field (a required one refuses it); null keeps the stored one. */
    private static String pick(String given, String stored) {
        return given == null ? stored : given;
    }

    private static String clipped(String value) {
        return value == null || value.length() <= 1000 ? value : value.substring(0, 1000);
    }
}
