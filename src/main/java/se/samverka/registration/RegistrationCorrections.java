package se.samverka.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import se.samverka.event.EventService;

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

    Clock clock = Clock.system(RegistrationService.STOCKHOLM);

    /** Applies the correction by the account {@code by}; returns the registration as it now is. */
    public Registration correct(Long eventId, Long registrationId, Correction correction, String by) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        events.lockForSeats(eventId);
        Registration registration = registrations.get(eventId, registrationId);
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
        List<String[]> changes = registration.correct(corrected, pick(correction.dietary(), registration.getDietary()),
                pick(correction.accessibility(), registration.getAccessibility()), now);
        for (String[] change : changes) {
            em.persist(new RegistrationEdit(registration, change[0], clipped(change[1]), clipped(change[2]), by, now));
        }
        return registration;
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
