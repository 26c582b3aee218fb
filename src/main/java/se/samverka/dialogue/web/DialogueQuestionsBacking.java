package se.samverka.dialogue.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import se.samverka.dialogue.DialogueDays;
import se.samverka.dialogue.DialogueQuestion;
import se.samverka.dialogue.DialogueQuestionService;
import se.samverka.event.Event;
import se.samverka.event.EventDay;
import se.samverka.event.EventService;
import se.samverka.web.Feedback;

/**
 * The organiser's questions for the tables ({@code admin/dialogue/questions.xhtml?event=&day=}; the event's last
 * day when no day is given): add, reword, reorder and delete the questions of one day.
 */
@Named
@ViewScoped
public class DialogueQuestionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DialogueQuestionService questions;

    @Inject
    EventService events;

    private Long eventId;
    private LocalDate day;
    private String eventTitle;
    private List<LocalDate> days;
    private transient List<DialogueQuestion> list;
    private Long editing;
    private String text;

    public void load() {
        if (!DialoguePages.organiserOnly()) {
            return;
        }
        Event event = DialoguePages.load(() -> {
            Event found = events.get(eventId);
            day = DialogueDays.of(found, day);
            return found;
        });
        if (event != null) {
            eventTitle = event.getTitle();
            days = event.getDays().stream().map(EventDay::getDate).toList();
        }
    }

    public List<DialogueQuestion> getQuestions() {
        if (list == null) {
            list = questions.list(eventId, day);
        }
        return list;
    }

    /** Adds the form's question last on the day, or saves the one being edited. */
    public void save() {
        DialogueQuestion saved = editing == null ? questions.create(eventId, day, text)
                : questions.change(eventId, editing, text, null);
        Feedback.info(editing == null ? "dialogueQuestions.added" : "dialogueQuestions.saved", saved.getPosition());
        clear();
    }

    public void edit() {
        DialogueQuestion question = questions.get(eventId, DialoguePages.idParameter("question"));
        editing = question.getId();
        text = question.getText();
    }

    /** Moves the question named by the row to the place given with it (1 = first). */
    public void move() {
        questions.move(eventId, DialoguePages.idParameter("question"), DialoguePages.idParameter("to").intValue());
        list = null;
    }

    public void delete() {
        DialogueQuestion question = questions.get(eventId, DialoguePages.idParameter("question"));
        questions.delete(eventId, question.getId());
        Feedback.info("dialogueQuestions.deleted", question.getPosition());
        clear();
    }

    /** Empties the form (a new question) and reads the list afresh. */
    public void clear() {
        editing = null;
        text = null;
        list = null;
    }

    public boolean isEditing() { return editing != null; }
    public Long getEventId() { return eventId; }
    public void setEventId(Long eventId) { this.eventId = eventId; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public String getEventTitle() { return eventTitle; }
    public List<LocalDate> getDays() { return days; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
