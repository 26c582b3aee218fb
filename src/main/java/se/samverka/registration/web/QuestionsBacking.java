package se.samverka.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import se.samverka.event.EventService;
import se.samverka.platform.NotFoundException;
import se.samverka.registration.Question;
import se.samverka.registration.QuestionService;
import se.samverka.web.Feedback;

/** The editor of an event's own registration questions ({@code ?event=}): add, change, reorder, delete. */
@Named
@ViewScoped
public class QuestionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QuestionService questions;

    @Inject
    EventService events;

    private Long eventId;
    private String eventTitle;
    private List<Question> list;
    private QuestionForm form = new QuestionForm();

    public void load() throws IOException {
        if (!AdminPage.allowOrganiserOnly()) {
            return;
        }
        try {
            eventTitle = events.get(eventId).getTitle();
        } catch (NotFoundException e) {
            AdminPage.send(404);
        }
    }

    public List<Question> getQuestions() {
        if (list == null) {
            list = questions.list(eventId);
        }
        return list;
    }

    /** Adds the form's question, or saves the one being edited. */
    public void save() {
        AdminPage.requireOrganiser();
        Question saved = form.isExisting()
                ? questions.change(eventId, form.getId(), form.getTextSv(), form.getTextEn(), form.getKind(),
                        form.optionList(), form.isRequired())
                : questions.create(eventId, form.getTextSv(), form.getTextEn(), form.getKind(), form.optionList(),
                        form.isRequired());
        Feedback.info(form.isExisting() ? "questions.saved" : "questions.added", saved.getTextSv());
        clear();
    }

    public void edit() {
        form = QuestionForm.of(questions.get(eventId, AdminPage.idParameter("question")));
    }

    /** Moves the question named by the row to the place given with it (1 = first). */
    public void move() {
        AdminPage.requireOrganiser();
        questions.move(eventId, AdminPage.idParameter("question"), AdminPage.idParameter("to").intValue());
        list = null;
    }

    public void delete() {
        AdminPage.requireOrganiser();
        Question question = questions.get(eventId, AdminPage.idParameter("question"));
        questions.delete(eventId, question.getId());
        Feedback.info("questions.deleted", question.getTextSv());
        clear();
    }

    /** Empties the form (a new question) and reads the list afresh. */
    public void clear() {
        form = new QuestionForm();
        list = null;
    }

    public Long getEventId() { return eventId; }
    public void setEventId(Long eventId) { this.eventId = eventId; }
    public String getEventTitle() { return eventTitle; }
    public QuestionForm getForm() { return form; }
}
