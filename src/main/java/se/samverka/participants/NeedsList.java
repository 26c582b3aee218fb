package se.samverka.participants;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import se.samverka.documents.NeedsDay;
import se.samverka.documents.NeedsRow;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.registration.Registration;
import se.samverka.registration.RegistrationStatus;

/**
 * The kitchen and accessibility list of an event: for each of its days, the confirmed participants attending
 * that day who stated a dietary or accessibility need, in Swedish name order, with the needs counted by kind.
 * Those in line, awaiting approval, declined or cancelled have no seat and are left out. One query: only the
 * few who stated a need are read.
 */
@ApplicationScoped
@Transactional
public class NeedsList {

    @PersistenceContext
    EntityManager em;

    @Inject
    EventService events;

    /** Every day of the event, also a day nobody with a need attends. */
    public List<NeedsDay> days(Long eventId) {
        Event event = events.get(eventId);
        List<Registration> withNeeds = em.createQuery("select r from Registration r where r.event.id = :event"
                        + " and r.status = :confirmed and (r.dietary is not null or r.accessibility is not null)"
                        + " order by " + ParticipantOrder.NAME.jpql, Registration.class)
                .setParameter("event", eventId)
                .setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "r.days")
                .getResultStream()
                .filter(r -> NeedsTally.stated(r.getDietary()) || NeedsTally.stated(r.getAccessibility()))
                .toList();
        List<NeedsDay> days = new ArrayList<>();
        event.getDays().forEach(day -> {
            List<Registration> attending = withNeeds.stream().filter(r -> r.includesDay(day.getDate())).toList();
            days.add(new NeedsDay(day.getDate(), attending.stream().map(NeedsList::row).toList(),
                    NeedsTally.count(attending.stream().map(Registration::getDietary).toList()),
                    NeedsTally.count(attending.stream().map(Registration::getAccessibility).toList())));
        });
        return days;
    }

    private static NeedsRow row(Registration registration) {
        var who = registration.getParticipant();
        return new NeedsRow(who.getLastName(), who.getFirstName(), who.getOrganisation(),
                NeedsTally.tidy(registration.getDietary()), NeedsTally.tidy(registration.getAccessibility()));
    }
}
