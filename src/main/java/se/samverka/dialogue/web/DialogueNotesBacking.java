package se.samverka.dialogue.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import se.samverka.dialogue.GroupNoteService;
import se.samverka.dialogue.NotesBoard;
import se.samverka.event.EventDay;
import se.samverka.event.EventService;
import se.samverka.web.Language;

/**
 * What the tables wrote ({@code admin/dialogue/notes.xhtml?event=&day=}; the event's last day when no day is
 * given): per question every table's note beside its number and sector mix, read afresh every half minute while
 * the tables write, and the links to the table cards and the summary.
 */
@Named
@ViewScoped
public class DialogueNotesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GroupNoteService notes;

    @Inject
    EventService events;

    @Inject
    Language language;

    private Long eventId;
    private LocalDate day;
    private List<LocalDate> days;
    private NotesBoard board;

    public void load() {
        if (!DialoguePages.organiserOnly()) {
            return;
        }
        board = DialoguePages.load(() -> notes.board(eventId, day, language.getLocale()));
        if (board != null) {
            day = board.day();
            days = events.get(eventId).getDays().stream().map(EventDay::getDate).toList();
        }
    }

    public void refresh() {
        board = notes.board(eventId, day, language.getLocale());
    }

    public NotesBoard getBoard() { return board; }
    public Long getEventId() { return eventId; }
    public void setEventId(Long eventId) { this.eventId = eventId; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public List<LocalDate> getDays() { return days; }
}
