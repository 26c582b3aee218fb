package se.samverka.cockpit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import se.samverka.event.Event;
import se.samverka.event.EventDay;
import se.samverka.event.EventDetails;
import se.samverka.event.EventLogoService;
import se.samverka.event.EventService;
import se.samverka.event.InvalidEventException;
import se.samverka.event.Room;
import se.samverka.event.Slugs;
import se.samverka.program.ProgramService;
import se.samverka.program.Session;
import se.samverka.program.SessionDetails;
import se.samverka.program.Speaker;
import se.samverka.registration.Question;
import se.samverka.registration.QuestionService;

/**
 * Makes next year's event from this year's: a draft copy moved to a new first day, with the same day
 * hours, rooms, programme (times moved by as many days, same rooms, speakers and themes), registration
 * questions, capacity, policies, registration window (moved alike), contact, reminder and logo, but none
 * of the registrations, check-ins or certificates. One transaction: a copy is made whole or not at all.
 */
@ApplicationScoped
@Transactional
public class EventCopier {

    @Inject
    EventService events;

    @Inject
    ProgramService program;

    @Inject
    QuestionService questions;

    @Inject
    EventLogoService logos;

    /** The copy, unpublished, with a fresh address; {@code title} null or blank keeps the original's. */
    public Event copy(Long eventId, LocalDate newStart, String title) {
        Event original = events.get(eventId);
        if (newStart == null) {
            throw new InvalidEventException("startDate", "event.error.startRequired");
        }
        long shift = ChronoUnit.DAYS.between(original.getStartDate(), newStart);
        String newTitle = title == null || title.isBlank() ? original.getTitle() : title;
        Event copy = events.create(new EventDetails(newTitle, original.getType(), newStart,
                original.getEndDate().plusDays(shift), events.freeSlug(slugBase(newTitle, newStart)),
                original.getVenue(), original.getDescription(), original.getCapacity(),
                moved(original.getRegistrationOpens(), shift), moved(original.getRegistrationCloses(), shift),
                original.getContactName(), original.getContactEmail(), original.getContactPhone(),
                original.getReminderDays(), false));
        Long copyId = copy.getId();
        events.changeRegistrationPolicy(copyId, original.isApprovalRequired(), original.isPublicList());
        for (EventDay day : original.getDays()) {
            events.changeDayHours(copyId, day.getDate().plusDays(shift), day.getStartsAt(), day.getEndsAt());
        }
        for (Room room : original.getRooms()) {
            events.addRoom(copyId, room.getName(), room.getSeats());
        }
        for (Session session : program.sessions(eventId)) {
            program.create(copyId, new SessionDetails(session.getTitle(), session.getKind(),
                    session.getStart().plusDays(shift), session.getEnd().plusDays(shift),
                    session.getRoom() == null ? null : session.getRoom().getName(), session.getCapacity(),
                    session.getSpeakers().stream().map(Speaker::getId).toList(),
                    session.getTheme() == null ? null : session.getTheme().getNameSv(), session.getSummary()));
        }
        for (Question question : questions.list(eventId)) {
            questions.create(copyId, question.getTextSv(), question.getTextEn(), question.getKind(),
                    question.getOptions(), question.isRequired());
        }
        logos.find(eventId).ifPresent(logo -> logos.store(copyId, logo.getContent(), logo.getFileName()));
        return copy;
    }

    /** The copy's address: from its title, with the new year unless the title ends with it. */
    private static String slugBase(String newTitle, LocalDate newStart) {
        String base = Slugs.of(newTitle);
        String year = String.valueOf(newStart.getYear());
        return base.endsWith(year) ? base : Slugs.of(base + "-" + year);
    }

    private static LocalDateTime moved(LocalDateTime time, long days) {
        return time == null ? null : time.plusDays(days);
    }
}
