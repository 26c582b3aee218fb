package se.samverka.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.platform.NotFoundException;

/** An event's own questions on the registration form: add, change, reorder, remove. */
@ApplicationScoped
@Transactional
public class QuestionService {

    @PersistenceContext
    EntityManager em;

    @Inject
    EventService events;

    /** Adds a question last on the form. */
    public Question create(Long eventId, String textSv, String textEn, QuestionKind kind, List<String> options,
            boolean required) {
        Event event = events.get(eventId);
        Question question = new Question(event, textSv, textEn, kind, options, required, list(eventId).size() + 1);
        em.persist(question);
        return question;
    }

    public Question change(Long eventId, Long questionId, String textSv, String textEn, QuestionKind kind,
            List<String> options, boolean required) {
        Question question = get(eventId, questionId);
        question.change(textSv, textEn, kind, options, required);
        return question;
    }

    /** Removes the question and the answers given to it. */
    public void delete(Long eventId, Long questionId) {
        Question question = get(eventId, questionId);
        em.createQuery("select r from Registration r where r.event.id = :event", Registration.class)
                .setParameter("event", eventId)
                .getResultList().forEach(registration -> registration.forgetAnswer(questionId));
        em.remove(question);
        em.flush();
        renumber(list(eventId));
    }

    /** Moves the question to this place on the form (1 = first; out-of-range places mean first or last). */
    public List<Question> move(Long eventId, Long questionId, int newPosition) {
        Question question = get(eventId, questionId);
        List<Question> ordered = new ArrayList<>(list(eventId));
        ordered.remove(question);
        ordered.add(Math.max(0, Math.min(ordered.size(), newPosition - 1)), question);
        renumber(ordered);
        return ordered;
    }

    /** The event's questions in form order. */
    public List<Question> list(Long eventId) {
        events.get(eventId);
        return em.createQuery("select q from Question q where q.event.id = :event order by q.position, q.id",
                        Question.class)
                .setParameter("event", eventId).getResultList();
    }

    public Question get(Long eventId, Long questionId) {
        Question question = questionId == null ? null : em.find(Question.class, questionId);
        if (question == null || !question.getEvent().getId().equals(eventId)) {
            throw new NotFoundException("question", questionId);
        }
        return question;
    }

    private static void renumber(List<Question> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1);
        }
    }
}
