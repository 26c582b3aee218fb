package se.samverka.program.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleModel;
import se.samverka.event.Event;
import se.samverka.event.EventDay;
import se.samverka.platform.Messages;
import se.samverka.program.Conflict;
import se.samverka.program.Session;
import se.samverka.platform.NotFoundException;

/**
 * One day of the timetable as the schedule component draws it: each session an entry with the
 * session id as entry id and a {@code session-ID} style class, clashing sessions marked in text and
 * style, the visible hours widened to the day's hours and its sessions with an hour's margin.
 */
public final class TimetableDay implements Serializable {

    private final DefaultScheduleModel model = new DefaultScheduleModel();
    private final List<String> warnings;
    private final String minTime;
    private final String maxTime;

    public TimetableDay(Event event, LocalDate date, Long roomId, List<Session> sessions, List<Conflict> conflicts,
            Locale locale) {
        List<Session> ofDay = sessions.stream().filter(s -> s.getStart().toLocalDate().equals(date)).toList();
        ofDay.stream()
                .filter(s -> roomId == null || (s.getRoom() != null && roomId.equals(s.getRoom().getId())))
                .forEach(s -> model.addEvent(entry(s, SessionRow.warningsFor(s, conflicts, locale), locale)));
        warnings = conflicts.stream().filter(c -> ofDay.contains(c.session())).map(c -> c.describe(locale)).toList();
        EventDay day = event.day(date).orElseThrow(() -> new NotFoundException("day", date));
        LocalDateTime first = ofDay.stream().map(Session::getStart).reduce(day.start(), (a, b) -> a.isBefore(b) ? a : b);
        LocalDateTime last = ofDay.stream().map(Session::getEnd).reduce(day.end(), (a, b) -> a.isAfter(b) ? a : b);
        minTime = String.format("%02d:00:00", Math.max(0, first.getHour() - 1));
        maxTime = String.format("%02d:00:00", Math.min(24, last.toLocalTime().minusNanos(1).getHour() + 2));
    }

    private static DefaultScheduleEvent<Long> entry(Session session, List<String> warnings, Locale locale) {
        String title = session.getRoom() == null ? session.getTitle()
                : Messages.format(locale, "timetable.entry", session.getTitle(), session.getRoom().getName());
        boolean clashes = !warnings.isEmpty();
        return DefaultScheduleEvent.<Long>builder()
                .id(String.valueOf(session.getId()))
                .data(session.getId())
                .title(clashes ? Messages.format(locale, "timetable.entryWithWarning", title) : title)
                .description(String.join(" ", warnings))
                .startDate(session.getStart())
                .endDate(session.getEnd())
                .overlapAllowed(true)
                .url("session.xhtml?event=" + session.getEvent().getId() + "&id=" + session.getId())
                .styleClass("session-event session-" + session.getId() + " kind-" + session.getKind()
                        + (clashes ? " has-conflict" : ""))
                .build();
    }

    public ScheduleModel getModel() {
        return model;
    }

    public List<String> getWarnings() {
        return warnings;
    }

    public String getMinTime() {
        return minTime;
    }

    public String getMaxTime() {
        return maxTime;
    }
}
