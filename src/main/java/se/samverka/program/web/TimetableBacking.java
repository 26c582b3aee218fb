package se.samverka.program.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.event.schedule.ScheduleEntryResizeEvent;
import org.primefaces.model.ScheduleEvent;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.program.ProgramService;
import se.samverka.web.Feedback;
import se.samverka.web.Language;

/** {@code admin/program/timetable.xhtml?event=ID[&day=YYYY-MM-DD]}: one day at a time; drag to move, undo the last. */
@Named
@ViewScoped
public class TimetableBacking implements Serializable {

    @Inject
    EventService events;

    @Inject
    ProgramService program;

    @Inject
    Language language;

    private Long eventId;
    private String eventTitle;
    private List<SelectItem> days;
    private List<SelectItem> rooms;
    private LocalDate day;
    private Long roomId;
    private TimetableDay timetable;
    private ProgramService.Move lastMove;

    public void load() {
        Event event = events.get(eventId);
        eventTitle = event.getTitle();
        DateTimeFormatter label = DateTimeFormatter.ofPattern("EEEE d MMMM", language.getLocale());
        days = event.getDays().stream().map(d -> new SelectItem(d.getDate(), label.format(d.getDate()))).toList();
        rooms = event.getRooms().stream().map(r -> new SelectItem(r.getId(), r.getName())).toList();
        day = day != null && event.covers(day) ? day : event.getStartDate();
        refresh();
    }

    public void showDay(LocalDate date) {
        day = date;
        refresh();
    }

    public void refresh() {
        timetable = new TimetableDay(events.get(eventId), day, roomId, program.sessions(eventId),
                program.conflicts(eventId), language.getLocale());
    }

    public void onMove(ScheduleEntryMoveEvent moved) { save(moved.getScheduleEvent()); }
    public void onResize(ScheduleEntryResizeEvent resized) { save(resized.getScheduleEvent()); }

    /** The schedule has already put the entry's new times on it; a refused move redraws the old ones. */
    private void save(ScheduleEvent<?> entry) {
        Long sessionId = Long.valueOf(entry.getId());
        try {
            lastMove = program.move(eventId, sessionId, entry.getStartDate(), entry.getEndDate());
            Feedback.info("timetable.moved", program.get(eventId, sessionId).getTitle(),
                    entry.getStartDate().toLocalTime(), entry.getEndDate().toLocalTime());
        } finally {
            refresh();
        }
    }

    /** Undoes the last move once; a session moved again since (elsewhere) stays where it is, and the page says so. */
    public void undo() {
        ProgramService.Move move = lastMove;
        lastMove = null;
        try {
            Feedback.info("timetable.undone", program.undo(eventId, move).getTitle());
        } finally {
            refresh();
        }
    }

    public boolean isUndoable() { return lastMove != null; }
    public Long getEventId() { return eventId; }
    public void setEventId(Long eventId) { this.eventId = eventId; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public Long getRoomId() { return roomId; }
    public void setRoomId(Long roomId) { this.roomId = roomId; }
    public String getEventTitle() { return eventTitle; }
    public List<SelectItem> getDays() { return days; }
    public List<SelectItem> getRooms() { return rooms; }
    public TimetableDay getTimetable() { return timetable; }
}
