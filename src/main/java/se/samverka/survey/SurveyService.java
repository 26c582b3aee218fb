package se.samverka.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.platform.NotFoundException;
import se.samverka.program.ProgramService;
import se.samverka.program.Session;
import se.samverka.registration.Registration;
import se.samverka.registration.RegistrationDirectory;
import se.samverka.registration.RegistrationStatus;

/**
 * The evaluation survey of an event: the organiser defines and closes it; a participant with a confirmed place
 * answers through their private link while it is open, and may answer again to replace their answers. Answers are
 * stored apart from the person ({@link SurveyResponse}): found again only through a keyed hash that closing the
 * survey erases. The "has answered" mark ({@link SurveyRespondent}) is written in the same transaction.
 */
@ApplicationScoped
@Transactional
public class SurveyService {

    static final int MAX_QUESTIONS = 100;
    static final long DEFAULT_OPEN_DAYS = 14;

    @PersistenceContext
    EntityManager em;

    @Inject
    EventService events;

    @Inject
    ProgramService program;

    @Inject
    RegistrationDirectory registrations;

    @Inject
    Clock clock;

    /**
     * Defines the event's survey, or replaces its questions and times. Without {@code opens} it opens when the event's
     * last day ends; without {@code closes} it closes two weeks after it opens. Once someone has answered the
     * questions can no longer change (409); the times can, with the same questions given again.
     */
    public Survey define(Long eventId, SurveyDefinition definition) {
        LocalDateTime now = now();
        Event event = events.lockForSeats(eventId); // two first definitions at once: the second waits, then replaces
        LocalDateTime opens = definition.opens() != null ? definition.opens() : event.lastDay().end();
        LocalDateTime closes = definition.closes() != null ? definition.closes() : opens.plusDays(DEFAULT_OPEN_DAYS);
        Optional<Survey> existing = lockedByEvent(eventId);
        Survey survey = existing.orElseGet(() -> Survey.of(event, opens, closes, now));
        List<SurveyQuestion> wanted = questions(survey, eventId, definition.questionsOrEmpty());
        if (existing.isEmpty()) {
            em.persist(survey);
        } else {
            survey.reschedule(opens, closes, now);
            List<SurveyQuestion> current = questions(survey);
            if (sameQuestions(current, wanted)) {
                return survey;
            }
            long answered = respondents(survey);
            if (answered > 0) {
                throw new SurveyAnsweredException(answered);
            }
            current.forEach(em::remove);
            em.flush();
        }
        wanted.forEach(em::persist);
        em.flush();
        return survey;
    }

    /** The questions as given, checked one by one (a refusal names the question by its place). */
    private List<SurveyQuestion> questions(Survey survey, Long eventId, List<SurveyDefinition.QuestionDefinition> given) {
        if (given.isEmpty()) {
            throw new InvalidSurveyException("questions", "survey.error.noQuestions");
        }
        if (given.size() > MAX_QUESTIONS) {
            throw new InvalidSurveyException("questions", "survey.error.tooManyQuestions", MAX_QUESTIONS);
        }
        List<SurveyQuestion> checked = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            SurveyDefinition.QuestionDefinition question = given.get(i);
            try {
                checked.add(new SurveyQuestion(survey, i + 1, question.kind(), question.text(), question.options(),
                        session(eventId, question.sessionId())));
            } catch (InvalidSurveyException refused) {
                throw refused.inQuestion(i);
            }
        }
        return checked;
    }

    private Session session(Long eventId, Long sessionId) {
        if (sessionId == null) {
            return null;
        }
        try {
            return program.get(eventId, sessionId);
        } catch (NotFoundException e) {
            throw new InvalidSurveyException("sessionId", "survey.error.unknownSession", sessionId);
        }
    }

    private static boolean sameQuestions(List<SurveyQuestion> current, List<SurveyQuestion> wanted) {
        if (current.size() != wanted.size()) {
            return false;
        }
        for (int i = 0; i < current.size(); i++) {
            if (!current.get(i).asksTheSameAs(wanted.get(i))) {
                return false;
            }
        }
        return true;
    }

    public Optional<Survey> find(Long eventId) {
        return em.createQuery("select s from Survey s where s.event.id = :event", Survey.class)
                .setParameter("event", eventId).getResultStream().findFirst();
    }

    /** The event's survey, or 404 (also for an unknown event). */
    public Survey get(Long eventId) {
        events.get(eventId);
        return find(eventId).orElseThrow(NoSurveyException::new);
    }

    private Optional<Survey> lockedByEvent(Long eventId) {
        return em.createQuery("select s from Survey s where s.event.id = :event", Survey.class)
                .setParameter("event", eventId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** The survey's questions in the organiser's order. */
    public List<SurveyQuestion> questions(Survey survey) {
        return em.createQuery("select q from SurveyQuestion q left join fetch q.session where q.survey = :survey"
                        + " order by q.position, q.id", SurveyQuestion.class)
                .setParameter("survey", survey).getResultList();
    }

    /** The organiser's view: questions, where the survey stands, respondents of those asked. */
    public SurveyOverview overview(Long eventId) {
        Survey survey = get(eventId);
        return new SurveyOverview(survey, questions(survey), survey.status(now()), respondents(survey), asked(eventId));
    }

    /** How many have answered: one response each (the "has answered" marks are forgotten at closing). */
    public long respondents(Survey survey) {
        return em.createQuery("select count(r) from SurveyResponse r where r.survey = :survey", Long.class)
                .setParameter("survey", survey).getSingleResult();
    }

    /** How many are asked: the event's registrations with a confirmed place. */
    public long asked(Long eventId) {
        return em.createQuery("select count(r) from Registration r where r.event.id = :event and r.status = :confirmed",
                        Long.class)
                .setParameter("event", eventId).setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .getSingleResult();
    }

    /** The organiser closes the survey now: the salt, every response's key and the answered marks are erased; nobody can answer any more. */
    public Survey close(Long eventId, String by) {
        events.get(eventId);
        Survey survey = lockedByEvent(eventId).orElseThrow(NoSurveyException::new);
        survey.close(by, now());
        em.flush();
        forgetRespondents(survey.getId());
        return survey;
    }

    /** The surveys whose closing time has come and which are not closed yet (unlocked: {@link #closeIfDue} decides). */
    public List<Long> dueForClosing(LocalDateTime now) {
        return em.createQuery("select s.id from Survey s where s.closedAt is null and s.closesAt <= :now", Long.class)
                .setParameter("now", now).getResultList();
    }

    /**
     * Closes the survey if its time has come and nobody closed it yet: one conditional update (so that of two
     * servers only one closes it; the other's update finds nothing once the first commits), then one statement that
     * erases every response's key. Returns whether this call closed it.
     */
    public boolean closeIfDue(Long surveyId, LocalDateTime now) {
        int closed = em.createQuery("update Survey s set s.closedAt = :now, s.respondentSalt = null,"
                        + " s.version = s.version + 1 where s.id = :id and s.closedAt is null and s.closesAt <= :now")
                .setParameter("now", now).setParameter("id", surveyId).executeUpdate();
        if (closed == 0) {
            return false;
        }
        forgetRespondents(surveyId);
        return true;
    }

    /**
     * At closing, everything that could tie an answer to a person goes: every response's key, and the "has answered"
     * marks (needed only for reminders while open; kept, their ids and the order in which rows were stored could be
     * lined up with the responses by someone reading the database).
     */
    private void forgetRespondents(Long surveyId) {
        // the version too: it counted how often the person changed their answers
        em.createQuery("update SurveyResponse r set r.respondentKey = null, r.version = 0 where r.survey.id = :id")
                .setParameter("id", surveyId).executeUpdate();
        em.createQuery("delete from SurveyRespondent m where m.survey.id = :id")
                .setParameter("id", surveyId).executeUpdate();
    }

    /**
     * What the private page says about the survey: nothing (empty) for a registration without a confirmed place or an
     * event without a survey.
     */
    public Optional<SurveyInvitation> invitation(String token) {
        Registration registration;
        try {
            registration = registrations.byToken(token);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        if (registration.getStatus() != RegistrationStatus.CONFIRMED) {
            return Optional.empty();
        }
        return find(registration.getEvent().getId()).map(survey -> new SurveyInvitation(survey.status(now()),
                survey.getOpensAt(), survey.getClosesAt(), hasAnswered(survey, registration)));
    }

    /**
     * The survey as the person behind the token sees it while it is open: their questions and their answers so far.
     * 404 for an unknown token ({@link NotFoundException}) or an event without a survey ({@link NoSurveyException});
     * refused when they are not asked or it is not open.
     */
    public PersonalSurvey forParticipant(String token) {
        Registration registration = askedRegistration(token);
        Survey survey = get(registration.getEvent().getId());
        survey.requireOpen(now());
        return personal(survey, registration);
    }

    /**
     * The person answers, replacing what they answered before: the anonymous response (random id, their sector,
     * the answers; found again by the keyed hash of their registration) and the "has answered" mark are written
     * together. The survey's row stays locked until then, so that closing waits and then erases this key too.
     */
    public PersonalSurvey answer(String token, List<Answer> answers) {
        Registration registration = askedRegistration(token);
        Survey survey = lockedByEvent(registration.getEvent().getId()).orElseThrow(NoSurveyException::new);
        survey.requireOpen(now());
        Map<Long, String> stored = validated(personal(survey, registration).questions(), answers);
        String key = survey.respondentKey(registration.getId());
        SurveyResponse response = responseByKey(key).orElseGet(() -> {
            SurveyResponse created = new SurveyResponse(survey, registration.getParticipant().getSector(), key);
            em.persist(created);
            return created;
        });
        response.replace(stored, registration.getParticipant().getSector());
        if (!hasAnswered(survey, registration)) {
            em.persist(new SurveyRespondent(survey, registration));
        }
        em.flush();
        return personal(survey, registration);
    }

    /**
     * What the survey of the registration's event holds about its person (for the extract), or empty when the event
     * has no survey. Their response is found through the survey's keyed hash, which exists only until closing.
     */
    public Optional<HeldSurveyData> heldAbout(Registration registration) {
        return find(registration.getEvent().getId()).map(survey -> {
            boolean answered = hasAnswered(survey, registration);
            if (survey.getRespondentSalt() == null) {
                return new HeldSurveyData(survey.status(now()), answered, false, List.of());
            }
            Map<Long, String> answers = responseByKey(survey.respondentKey(registration.getId()))
                    .map(SurveyResponse::getAnswers).orElse(Map.of());
            List<HeldSurveyData.QuestionAnswer> shown = questions(survey).stream()
                    .filter(question -> answers.containsKey(question.getId()))
                    .map(question -> new HeldSurveyData.QuestionAnswer(question.getText(), answers.get(question.getId())))
                    .toList();
            return new HeldSurveyData(survey.status(now()), answered, true, shown);
        });
    }

    /**
     * Erasure: the person's response while it can still be found (the survey not yet closed) and their "has answered"
     * mark go. After closing neither exists any more: the response is anonymous. Returns how many rows went.
     */
    public int forget(Registration registration) {
        int removed = 0;
        Optional<Survey> found = find(registration.getEvent().getId());
        if (found.isEmpty()) {
            return 0;
        }
        Survey survey = found.get();
        if (survey.getRespondentSalt() != null) {
            Optional<SurveyResponse> response = responseByKey(survey.respondentKey(registration.getId()));
            if (response.isPresent()) {
                em.remove(response.get());
                removed++;
            }
        }
        removed += em.createQuery("delete from SurveyRespondent r where r.survey = :survey and r.registration = :registration")
                .setParameter("survey", survey).setParameter("registration", registration).executeUpdate();
        return removed;
    }

    private Registration askedRegistration(String token) {
        Registration registration = registrations.byToken(token);
        if (registration.getStatus() != RegistrationStatus.CONFIRMED) {
            throw new NotAskedException();
        }
        return registration;
    }

    /** Each answer checked against the person's own questions; all or nothing. */
    private static Map<Long, String> validated(List<SurveyQuestion> theirs, List<Answer> answers) {
        if (answers == null || answers.isEmpty()) {
            throw new InvalidSurveyException("answers", "survey.error.noAnswers");
        }
        Map<Long, SurveyQuestion> byId = new LinkedHashMap<>();
        theirs.forEach(question -> byId.put(question.getId(), question));
        Map<Long, String> stored = new LinkedHashMap<>();
        Set<Long> seen = new HashSet<>();
        for (Answer answer : answers) {
            Long id = answer.questionId();
            if (id == null) {
                throw new InvalidSurveyException("answers", "survey.error.questionIdRequired");
            }
            if (!seen.add(id)) {
                throw new InvalidAnswerException(id, "survey.error.answeredTwice", id);
            }
            SurveyQuestion question = byId.get(id);
            if (question == null) {
                throw new InvalidAnswerException(id, "survey.error.notYourQuestion", id);
            }
            String value = question.validate(answer.value());
            if (value != null) {
                stored.put(id, value);
            }
        }
        if (stored.isEmpty()) {
            throw new InvalidSurveyException("answers", "survey.error.noAnswers");
        }
        return stored;
    }

    private PersonalSurvey personal(Survey survey, Registration registration) {
        List<SurveyQuestion> theirs = questions(survey).stream().filter(question -> question.isFor(registration))
                .sorted(PARTICIPANT_ORDER).toList();
        Map<Long, String> answers = survey.getRespondentSalt() == null ? Map.of()
                : responseByKey(survey.respondentKey(registration.getId())).map(SurveyResponse::getAnswers).orElse(Map.of());
        return new PersonalSurvey(survey, theirs, answers);
    }

    /** The event's questions first, then each session's, sessions in programme order; the organiser's order within. */
    private static final Comparator<SurveyQuestion> PARTICIPANT_ORDER = Comparator
            .comparing((SurveyQuestion q) -> q.getSession() == null ? null : q.getSession().getStart(),
                    Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(q -> q.getSession() == null ? null : q.getSession().getId(),
                    Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(SurveyQuestion::getPosition);

    private Optional<SurveyResponse> responseByKey(String key) {
        return em.createQuery("select r from SurveyResponse r where r.respondentKey = :key", SurveyResponse.class)
                .setParameter("key", key).getResultStream().findFirst();
    }

    private boolean hasAnswered(Survey survey, Registration registration) {
        return em.createQuery("select count(r) from SurveyRespondent r where r.survey = :survey"
                        + " and r.registration = :registration", Long.class)
                .setParameter("survey", survey).setParameter("registration", registration).getSingleResult() > 0;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
