package se.samverka.dialogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.platform.NotFoundException;

/**
 * The organiser's questions for the table groups, per day of an event: write, reword, reorder, delete. A day
 * not given means the event's last day ({@link DialogueDays}). Deleting a question deletes what the tables wrote
 * to it.
 */
@ApplicationScoped
@Transactional
public class DialogueQuestionService {

    @PersistenceContext
    EntityManager em;

    @Inject
    EventService events;

    @Inject
    DialogueQueries queries;

    /** Adds a question last on its day. */
    public DialogueQuestion create(Long eventId, LocalDate day, String text) {
        Event event = events.get(eventId);
        LocalDate date = DialogueDays.of(event, day);
        DialogueQuestion question = new DialogueQuestion(event, date, queries.questions(eventId, date).size() + 1,
                text);
        em.persist(question);
        return question;
    }

    /** Rewords the question (unless the text is null) and, when a place is given, moves it there (1 = first). */
    public DialogueQuestion change(Long eventId, Long questionId, String text, Integer position) {
        DialogueQuestion question = get(eventId, questionId);
        if (text != null) {
            question.rewrite(text);
        }
        if (position != null) {
            move(eventId, questionId, position);
        }
        return question;
    }

    /** Moves the question to this place of its day (out-of-range places mean first or last). */
    public List<DialogueQuestion> move(Long eventId, Long questionId, int newPosition) {
        DialogueQuestion question = get(eventId, questionId);
        List<DialogueQuestion> ordered = new ArrayList<>(queries.questions(eventId, question.getDay()));
        ordered.remove(question);
        ordered.add(Math.max(0, Math.min(ordered.size(), newPosition - 1)), question);
        renumber(ordered);
        return ordered;
    }

    /** Removes the question, and with it the tables' notes to it (the database cascades). */
    public void delete(Long eventId, Long questionId) {
        DialogueQuestion question = get(eventId, questionId);
        LocalDate day = question.getDay();
        em.createQuery("delete from GroupNote n where n.question = :question")
                .setParameter("question", question).executeUpdate();
        em.remove(question);
        em.flush();
        renumber(queries.questions(eventId, day));
    }

    /** The questions of one day (the last when none is given), in order. */
    public List<DialogueQuestion> list(Long eventId, LocalDate day) {
        return queries.questions(eventId, DialogueDays.of(events.get(eventId), day));
    }

    /** Every question of the event, day by day, each day's in order. */
    public List<DialogueQuestion> all(Long eventId) {
        events.get(eventId);
        return em.createQuery("select q from DialogueQuestion q where q.event.id = :event"
                        + " order by q.day, q.position, q.id", DialogueQuestion.class)
                .setParameter("event", eventId).getResultList();
    }

    public DialogueQuestion get(Long eventId, Long questionId) {
        DialogueQuestion question = questionId == null ? null : em.find(DialogueQuestion.class, questionId);
        if (question == null || !question.getEvent().getId().equals(eventId)) {
            throw new NotFoundException("question", questionId);
        }
        return question;
    }

    private static void renumber(List<DialogueQuestion> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1);
        }
    }
}
