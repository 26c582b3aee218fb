package se.samverka.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import se.samverka.event.EventService;
import se.samverka.platform.Messages;
import se.samverka.platform.NotFoundException;
import se.samverka.registration.Participant;
import se.samverka.registration.Registration;
import se.samverka.registration.RegistrationStatus;
import se.samverka.registration.Sector;

/**
 * What the organiser reads of an event's survey: the results per question (everyone together or by sector, small
 * groups suppressed), the anonymous answers as a table, and who of those asked (the confirmed participants) has not
 * answered yet, by name, never with what anyone answered. Read-only; the answers are read from the responses,
 * which carry a sector and no person.
 */
@ApplicationScoped
@Transactional
public class SurveyResults {

    @PersistenceContext
    EntityManager em;

    @Inject
    EventService events;

    @Inject
    SurveyService surveys;

    @Inject
    Clock clock;

    /**
     * The figures of every question, with the number of responses. 404 when the event has no survey, 409 while it is
     * open: results shown while people are still answering could be compared before and after one person answers.
     */
    public Figures figures(Long eventId, boolean bySector, Locale locale) {
        Survey survey = closedSurvey(eventId);
        List<SurveyResponse> responses = responses(survey);
        return figures(questions(survey), responses, bySector, locale);
    }

    /** Both views at once, from one reading of the answers, for the report: everyone together, and by sector. */
    public Views overallAndBySector(Long eventId, Locale locale) {
        Survey survey = closedSurvey(eventId);
        List<SurveyResponse> responses = responses(survey);
        List<ResultQuestion> questions = questions(survey);
        return new Views(figures(questions, responses, false, locale), figures(questions, responses, true, locale));
    }

    private static Figures figures(List<ResultQuestion> questions, List<SurveyResponse> responses, boolean bySector,
            Locale locale) {
        List<AnswerRow> answers = responses.stream().flatMap(response -> response.getAnswers().entrySet().stream()
                .map(answer -> new AnswerRow(answer.getKey(), group(response.getSector(), locale), answer.getValue())))
                .toList();
        return new Figures(responses.size(), SurveyTally.figures(questions, answers, bySector,
                ResultGroup.everyone(Messages.text(locale, "surveyResults.everyone")), others(locale)));
    }

    /** The anonymous answers, one row per response, for the exports. 404 when the event has no survey. */
    public AnswerTable answerTable(Long eventId, Locale locale) {
        Survey survey = closedSurvey(eventId);
        List<ResponseRow> rows = responses(survey).stream()
                .map(response -> new ResponseRow(group(response.getSector(), locale), response.getAnswers()))
                .toList();
        return AnswerTable.of(Messages.text(locale, "surveyResults.column.sector"), questions(survey), rows,
                others(locale));
    }

    /** Who is asked, how many have answered, and who has not (by name), in Swedish surname order. */
    public Audience audience(Long eventId) {
        Survey survey = settled(survey(eventId));
        long asked = em.createQuery("select count(r) from Registration r where r.event = :event"
                        + " and r.status = :confirmed", Long.class)
                .setParameter("event", survey.getEvent())
                .setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .getSingleResult();
        SurveyStatus status = survey.status(now());
        if (status == SurveyStatus.CLOSED) {
            // the answered marks are gone: only the number of responses is known
            long answered = em.createQuery("select count(r) from SurveyResponse r where r.survey = :survey", Long.class)
                    .setParameter("survey", survey).getSingleResult();
            return new Audience((int) asked, (int) answered, List.of(), status, survey.getOpensAt(),
                    survey.getClosesAt(), survey.getRemindedAt());
        }
        List<NonRespondent> missing = nonRespondents(survey).stream().map(NonRespondent::of).toList();
        return new Audience((int) asked, (int) asked - missing.size(), missing, status, survey.getOpensAt(),
                survey.getClosesAt(), survey.getRemindedAt());
    }

    private Survey closedSurvey(Long eventId) {
        Survey survey = settled(survey(eventId));
        if (!survey.isClosed()) {
            throw new ResultsBeforeClosingException();
        }
        return survey;
    }

    /** A survey past its closing time is closed here and now if the hourly job has not done it yet. */
    private Survey settled(Survey survey) {
        LocalDateTime now = now();
        if (!survey.isClosed() && survey.status(now) == SurveyStatus.CLOSED && surveys.closeIfDue(survey.getId(), now)) {
            em.refresh(survey);
        }
        return survey;
    }

    /** The event's survey, or 404 (also when the event does not exist). */
    public Survey survey(Long eventId) {
        events.get(eventId);
        return em.createQuery("select s from Survey s where s.event.id = :event", Survey.class)
                .setParameter("event", eventId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("survey", eventId));
    }

    /** The confirmed registrations of the survey's event without an "answered" mark, in surname order. */
    List<Registration> nonRespondents(Survey survey) {
        return em.createQuery("select r from Registration r where r.event = :event and r.status = :confirmed"
                        + " and not exists (select m from SurveyRespondent m where m.survey = :survey"
                        + " and m.registration = r)"
                        + " order by r.participant.nameSortKey, r.id", Registration.class)
                .setParameter("event", survey.getEvent())
                .setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .setParameter("survey", survey)
                .getResultList();
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private List<ResultQuestion> questions(Survey survey) {
        return em.createQuery("select q from SurveyQuestion q left join fetch q.session where q.survey = :survey"
                        + " order by q.position, q.id", SurveyQuestion.class)
                .setParameter("survey", survey)
                .getResultStream().map(ResultQuestion::of).toList();
    }

    private List<SurveyResponse> responses(Survey survey) {
        return em.createQuery("select r from SurveyResponse r left join fetch r.sector where r.survey = :survey",
                        SurveyResponse.class)
                .setParameter("survey", survey)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "r.answers")
                .getResultList();
    }

    private static ResultGroup group(Sector sector, Locale locale) {
        return sector == null ? others(locale) : ResultGroup.of(sector.name(locale), sector.getPosition());
    }

    private static ResultGroup others(Locale locale) {
        return ResultGroup.others(Messages.text(locale, "surveyResults.others"));
    }

    /** The results: how many responded, and each question's figures in the survey's order. */
    public record Figures(int respondents, List<QuestionFigures> questions) implements java.io.Serializable {
    }

    /** The results for everyone together and by sector, side by side. */
    public record Views(Figures overall, Figures bySector) {
    }

    /**
     * Who is asked (confirmed participants) and who of them has not answered, with the survey's times; never
     * what anyone answered.
     */
    public record Audience(int asked, int answered, List<NonRespondent> notAnswered, SurveyStatus state,
            LocalDateTime opensAt, LocalDateTime closesAt, LocalDateTime remindedAt) implements java.io.Serializable {

        public boolean isOpen() {
            return state == SurveyStatus.OPEN;
        }

        public boolean isClosed() {
            return state == SurveyStatus.CLOSED;
        }
    }

    /** A person who has not answered: name and organisation, for the organiser's list. */
    public record NonRespondent(Long registrationId, String name, String organisation)
            implements java.io.Serializable {

        static NonRespondent of(Registration registration) {
            Participant who = registration.getParticipant();
            return new NonRespondent(registration.getId(), who.fullName(), who.getOrganisation());
        }
    }
}
