package se.samverka.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.testdata.EventBuilder.anEvent;
import static se.samverka.testdata.RegistrationBuilder.aRegistration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.mail.MailService;
import se.samverka.mail.OutgoingMail;
import se.samverka.platform.NotFoundException;
import se.samverka.registration.Registration;
import se.samverka.registration.RegisterService;
import se.samverka.registration.RegistrationStatus;
import se.samverka.testdata.Sectors;
import se.samverka.testing.Deployments;
import se.samverka.testing.PostgresDatabase;

/**
 * Survey results on the real database (H2, and PostgreSQL in the failsafe "postgresql" execution), with the survey,
 * its questions, responses and "answered" marks made directly with the entities: results by sector fold a small
 * sector into "övriga", the people not answered are the confirmed without a mark, reminders go one per person
 * through the outbox, and the CSV of answers names nobody.
 */
@ExtendWith({PostgresDatabase.class, ArquillianExtension.class})
class SurveyResultsPersistenceIT {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(SurveyResultsPersistenceIT.class, PostgresDatabase.class);
    }

    @Inject
    EventService events;

    @Inject
    RegisterService registering;

    @Inject
    SurveyData data;

    @Inject
    SurveyResults results;

    @Inject
    SurveyReminders reminders;

    @Inject
    SurveyService surveys;

    @Inject
    SurveyAnswersResource answers;

    @Inject
    MailService mails;

    @Test
    void resultsRemindersAndExportKeepEveryoneAnonymous() throws Exception {
        Event event = events.create(anEvent().withCapacity(12).build());
        List<Registration> people = new ArrayList<>();
        // 6 from school (4 answer), 3 from preschool, 2 police officers and 1 from the health centre (all answer)
        for (String sector : List.of(Sectors.SCHOOL, Sectors.SCHOOL, Sectors.SCHOOL, Sectors.SCHOOL, Sectors.PRESCHOOL,
                Sectors.PRESCHOOL, Sectors.PRESCHOOL, Sectors.POLICE, Sectors.POLICE, Sectors.HEALTH_CENTRE)) {
            people.add(registering.registerWithoutMail(event.getId(), aRegistration().fromSector(sector).build()));
        }
        Registration zara = registering.registerWithoutMail(event.getId(),
                aRegistration().named("Zara", "Åkesson").fromSector(Sectors.SCHOOL).inLanguage("en").build());
        Registration bo = registering.registerWithoutMail(event.getId(),
                aRegistration().named("Bo", "Ek").fromSector(Sectors.SCHOOL).build());
        Registration inLine = registering.registerWithoutMail(event.getId(),
                aRegistration().named("Vera", "Väntan").fromSector(Sectors.SOCIAL_SERVICES).build());
        assertEquals(RegistrationStatus.WAITLISTED, inLine.getStatus(), "the thirteenth is in line: not asked");

        List<String> ratings = List.of("5", "4", "4", "5", "3", "4", "5", "2", "1", "3");
        long day = data.survey(event.getId(), LocalDateTime.now(STOCKHOLM).minusHours(1), people, ratings);

        // who has not answered: exactly the confirmed without a mark, by name, nothing of answers
        SurveyResults.Audience audience = results.audience(event.getId());
        assertEquals(12, audience.asked());
        assertEquals(10, audience.answered());
        assertEquals(List.of(bo.getParticipant().fullName(), zara.getParticipant().fullName()),
                audience.notAnswered().stream().map(SurveyResults.NonRespondent::name).toList(), "Ek before Åkesson");

        // a reminder: one mail each through the outbox, in the person's language, with their own link
        assertEquals(2, reminders.remind(event.getId()));
        List<OutgoingMail> queued = mails.forReference(SurveyReminders.reference(event.getId()));
        assertEquals(Set.of(bo.getParticipant().getEmail(), zara.getParticipant().getEmail()),
                queued.stream().map(OutgoingMail::getRecipient).collect(Collectors.toSet()));
        assertEquals(2, queued.size());
        OutgoingMail toZara = queued.stream().filter(mail -> mail.getRecipient().equals(zara.getParticipant().getEmail()))
                .findFirst().orElseThrow();
        assertTrue(toZara.getSubject().startsWith("Reminder: the evaluation of " + event.getTitle()), toZara.getSubject());
        assertTrue(toZara.getTextBody().contains("/r/" + zara.getManageToken()), toZara.getTextBody());
        assertNotNull(results.audience(event.getId()).remindedAt(), "the survey keeps when it last reminded");

        // while people can still answer, no figures: they could be compared before and after one person answers
        assertThrows(ResultsBeforeClosingException.class, () -> results.figures(event.getId(), true, Locale.ENGLISH));
        assertThrows(ResultsBeforeClosingException.class, () -> results.answerTable(event.getId(), Locale.ENGLISH));

        // closing forgets who answered: no key on any response, no answered mark; the count stays
        surveys.close(event.getId(), "test");
        assertEquals(List.of(0L, 0L), data.keysAndMarks(event.getId()));
        SurveyResults.Audience afterClosing = results.audience(event.getId());
        assertEquals(10, afterClosing.answered());
        assertEquals(List.of(), afterClosing.notAnswered(), "nobody is listed once the marks are gone");

        // results by sector: the two police officers and the one from the health centre are "övriga"
        SurveyResults.Figures bySector = results.figures(event.getId(), true, Locale.forLanguageTag("sv"));
        assertEquals(10, bySector.respondents());
        QuestionFigures rating = bySector.questions().get(0);
        assertEquals(day, rating.question().id());
        assertEquals(List.of("Förskola", "Skola", "övriga"), rating.groups().stream().map(GroupFigures::group).toList());
        assertEquals(List.of(3, 4, 3), rating.groups().stream().map(GroupFigures::n).toList());
        assertEquals(new BigDecimal("2.0"), rating.groups().get(2).mean(), "(2+1+3)/3");
        QuestionFigures words = bySector.questions().get(1);
        assertEquals(List.of("Bra dialog", "Mer tid", "Örebro nästa år"), words.texts());
        assertEquals("others", results.figures(event.getId(), true, Locale.ENGLISH).questions().get(0).groups()
                .get(2).group(), "labels in the reader's language");

        // the CSV of answers: ten rows, sectors folded, and no name, e-mail address or token of anyone
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ((StreamingOutput) answers.export(event.getId(), "csv", "sv").getEntity()).write(out);
        String csv = out.toString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertEquals(11, lines.size(), csv);
        assertEquals(3, lines.stream().filter(line -> line.startsWith("övriga;")).count(), csv);
        List<Registration> everyone = new ArrayList<>(people);
        everyone.addAll(List.of(zara, bo, inLine));
        for (Registration registration : everyone) {
            for (String secret : List.of(registration.getParticipant().getLastName(),
                    registration.getParticipant().getEmail(), registration.getManageToken(),
                    registration.getCheckInCode(), String.valueOf(registration.getId()))) {
                assertFalse(csv.contains(secret), "the CSV holds " + secret + ":\n" + csv);
            }
        }
    }

    @Test
    void remindersOnlyWhileOpenAndResultsOnlyWithASurvey() {
        Event closed = events.create(anEvent().build());
        data.survey(closed.getId(), LocalDateTime.now(STOCKHOLM).minusDays(10), List.of(), List.of());
        assertThrows(SurveyNotOpenForReminders.class, () -> reminders.remind(closed.getId()));
        // past its time but not yet closed by the hourly job: reading the results closes it first
        assertEquals(0, results.figures(closed.getId(), false, Locale.ENGLISH).respondents());
        assertNotNull(surveys.get(closed.getId()).getClosedAt(), "closed by the reading, not left for the job");
        Event without = events.create(anEvent().build());
        assertThrows(NotFoundException.class, () -> results.figures(without.getId(), false, Locale.ENGLISH));
    }

    /** Makes a survey as C's service would, directly with the entities. */
    @ApplicationScoped
    @Transactional
    public static class SurveyData {

        @PersistenceContext
        EntityManager em;

        /**
         * A survey open for a week from {@code opens} with a rating and a free-text question; each of
         * {@code respondents} answers with the rating at the same index (and three of them with a text) and is
         * marked as having answered. Returns the rating question's id.
         */
        public long survey(Long eventId, LocalDateTime opens, List<Registration> respondents, List<String> ratings) {
            Event event = em.find(Event.class, eventId);
            Survey survey = new Survey(event, opens, opens.plusDays(7), "salt-for-test", opens);
            em.persist(survey);
            SurveyQuestion day = new SurveyQuestion(survey, 1, AnswerKind.RATING, "Hur var dagen?", (String) null, null);
            SurveyQuestion words = new SurveyQuestion(survey, 2, AnswerKind.TEXT, "Något mer?", (String) null, null);
            em.persist(day);
            em.persist(words);
            em.flush();
            List<String> texts = List.of("Örebro nästa år", "Bra dialog", "Mer tid");
            for (int i = 0; i < respondents.size(); i++) {
                Registration registration = em.find(Registration.class, respondents.get(i).getId());
                SurveyResponse response = new SurveyResponse(survey, registration.getParticipant().getSector(),
                        "key-" + registration.getId());
                Map<Long, String> answers = new HashMap<>();
                answers.put(day.getId(), ratings.get(i));
                if (i < texts.size()) {
                    answers.put(words.getId(), texts.get(i));
                }
                response.replace(answers, registration.getParticipant().getSector());
                em.persist(response);
                em.persist(new SurveyRespondent(survey, registration));
            }
            return day.getId();
        }

        /** How many responses of the event's survey still have a key, and how many answered marks it has. */
        public List<Long> keysAndMarks(Long eventId) {
            return List.of(
                    em.createQuery("select count(r) from SurveyResponse r where r.survey.event.id = :event"
                            + " and r.respondentKey is not null", Long.class).setParameter("event", eventId).getSingleResult(),
                    em.createQuery("select count(m) from SurveyRespondent m where m.survey.event.id = :event", Long.class)
                            .setParameter("event", eventId).getSingleResult());
        }
    }
}
