package se.samverka.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samverka.event.Event;
import se.samverka.platform.NotFoundException;
import se.samverka.program.ProgramService;
import se.samverka.program.Session;
import se.samverka.program.SessionKind;

/** Checks what a person chooses and answers against the event: its workshops and its registration questions. */
@ApplicationScoped
class EventChoices {

    private final EntityManager em;
    private final ProgramService program;

    EventChoices() {
        this(null, null);
    }

    @Inject
    EventChoices(EntityManager em, ProgramService program) {
        this.em = em;
        this.program = program;
    }

    /** The chosen sessions: workshops of this event, at most one per time slot. */
    List<Session> workshops(Event event, List<Long> sessionIds) {
        List<Session> chosen = sessionIds.stream().distinct().map(id -> sessionOf(event, id)).toList();
        for (int i = 0; i < chosen.size(); i++) {
            for (int j = i + 1; j < chosen.size(); j++) {
                if (chosen.get(i).overlaps(chosen.get(j))) {
                    throw new InvalidRegistrationException("sessionIds", "registration.error.overlappingChoices",
                            chosen.get(i).getTitle(), chosen.get(j).getTitle());
                }
            }
        }
        return chosen;
    }

    private Session sessionOf(Event event, Long sessionId) {
        Session session;
        try {
            session = program.get(event.getId(), sessionId);
        } catch (NotFoundException e) {
            throw new InvalidRegistrationException("sessionIds", "registration.error.unknownSession", sessionId);
        }
        if (session.getKind() != SessionKind.WORKSHOP) {
            throw new InvalidRegistrationException("sessionIds", "registration.error.notAWorkshop", session.getTitle());
        }
        return session;
    }

    /** The answers by question id; an organiser registering someone may leave a required question open. */
    Map<Long, String> answers(Event event, Map<String, String> given, boolean byOrganiser) {
        Map<Long, String> accepted = new HashMap<>();
        for (Question question : questions(event)) {
            String answer = question.accept(given.get(String.valueOf(question.getId())), !byOrganiser);
            if (answer != null) {
                accepted.put(question.getId(), answer);
            }
        }
        return accepted;
    }

    /**
     * An organiser changes some answers (question id to answer; the others stay); returns each changed answer as
     * {@code {"answer:" + question, old, new}} for the audit trail.
     */
    List<String[]> reanswer(Event event, Registration registration, Map<String, String> given) {
        Map<Long, String> merged = new HashMap<>(registration.getAnswers());
        List<String[]> changes = new ArrayList<>();
        List<Question> questions = questions(event);
        for (Question question : questions) {
            String key = String.valueOf(question.getId());
            if (!given.containsKey(key)) {
                continue;
            }
            String before = merged.get(question.getId());
            String after = question.accept(given.get(key), false);
            if (after == null) {
                merged.remove(question.getId());
            } else {
                merged.put(question.getId(), after);
            }
            RegistrationCorrections.compare(changes, "answer:" + clipped(question.getTextSv(), 100), before, after);
        }
        for (String key : given.keySet()) {
            if (questions.stream().noneMatch(q -> String.valueOf(q.getId()).equals(key))) {
                throw new InvalidRegistrationException("answers", "registration.error.unknownQuestion", key);
            }
        }
        registration.answer(merged);
        return changes;
    }

    /** The organiser's own questions on the event's registration form, in their order. */
    List<Question> questions(Event event) {
        return em.createQuery("select q from Question q where q.event = :event order by q.position", Question.class)
                .setParameter("event", event).getResultList();
    }

    private static String clipped(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
