package se.samverka.dialogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.platform.Messages;
import se.samverka.platform.NotFoundException;
import se.samverka.registration.Registration;
import se.samverka.registration.RegistrationDirectory;

/**
 * Where people sit: "Dag 2: bord 4" for the badge (read by the badge printer) and for the participant's own page.
 * On a one-day event just "Bord 4".
 */
@ApplicationScoped
@Transactional
public class TableNumbers {

    @PersistenceContext
    EntityManager em;

    @Inject
    EventService events;

    @Inject
    RegistrationDirectory registrations;

    /**
     * A person's table on one day.
     *
     * @param dayNumber the day's place in the event, from 1
     * @param oneDay    whether the event has only this day (then the day goes unsaid)
     */
    public record Seat(LocalDate day, int dayNumber, int table, boolean oneDay) {

        /** "Dag 2: bord 4", or "Bord 4" on a one-day event. */
        public String text(Locale locale) {
            return oneDay ? Messages.format(locale, "dialogue.table.only", table)
                    : Messages.format(locale, "dialogue.table.onDay", dayNumber, table);
        }
    }

    /** For each registration of the event with a seat, its tables as one text ("Dag 1: bord 3 · Dag 2: bord 5"). */
    public Map<Long, String> badgeTexts(Long eventId, Locale locale) {
        Event event = events.get(eventId);
        Map<Long, List<Seat>> seats = new HashMap<>();
        em.createQuery("select s.registration.id, s.day, s.group.number from TableSeat s where s.group.event.id = :event"
                        + " order by s.day", Object[].class)
                .setParameter("event", eventId)
                .getResultList()
                .forEach(row -> seats.computeIfAbsent((Long) row[0], id -> new java.util.ArrayList<>())
                        .add(seat(event, (LocalDate) row[1], (Integer) row[2])));
        Map<Long, String> texts = new LinkedHashMap<>();
        seats.forEach((id, own) -> texts.put(id,
                own.stream().map(seat -> seat.text(locale)).collect(Collectors.joining(" · "))));
        return texts;
    }

    /** The tables of the person with this private link, by day; none when the link is no one's. */
    public List<Seat> ofToken(String token) {
        Registration registration;
        try {
            registration = registrations.byToken(token);
        } catch (NotFoundException e) {
            return List.of();
        }
        Event event = registration.getEvent();
        return em.createQuery("select s.day, s.group.number from TableSeat s where s.registration.id = :registration"
                        + " order by s.day", Object[].class)
                .setParameter("registration", registration.getId())
                .getResultList().stream()
                .map(row -> seat(event, (LocalDate) row[0], (Integer) row[1]))
                .toList();
    }

    private static Seat seat(Event event, LocalDate day, int table) {
        return new Seat(day, DayGroups.dayNumber(event, day), table, event.getDays().size() == 1);
    }
}
