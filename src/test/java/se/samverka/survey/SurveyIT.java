package se.samverka.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.testdata.EventBuilder.anEvent;
import static se.samverka.testdata.ProgrammeBuilder.aTalk;
import static se.samverka.testdata.ProgrammeBuilder.aWorkshop;
import static se.samverka.testdata.RegistrationBuilder.aRegistration;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverka.testdata.Sectors;
import se.samverka.testing.Api;
import se.samverka.testing.Deployments;
import se.samverka.testing.Given;
import se.samverka.testing.Given.CreatedEvent;
import se.samverka.testing.Given.Registered;
import se.samverka.testing.SharedServer;

/**
 * The survey over HTTP: the organiser defines, reads and closes it; each participant reads the questions put to them
 * (the event's, and those of sessions they attended) and answers through their private link, replacing their answers
 * while it is open; refusals are problem JSON that say why. And no answer of the API joins an answer to a person.
 */
@ExtendWith(SharedServer.class)
class SurveyIT {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @SharedServer.Url
    URL deploymentUrl;

    private Given given;
    private Api organiser;
    private Api anyone;

    /** A two-day conference: a talk on day one, a workshop on day two. */
    private CreatedEvent event;
    private long talk;
    private long workshop;
    /** Both days and a seat in the workshop. */
    private Registered anna;
    /** Day two only, no workshop: neither session's questions are hers. */
    private Registered bodil;

    @BeforeEach
    void conference() {
        given = Given.at(Deployments.base(deploymentUrl));
        organiser = given.organiser();
        anyone = given.anyone();
        event = given.event(anEvent().withCapacity(50));
        talk = given.session(event, aTalk("Risk- och skyddsfaktorer").from("09:30").to("10:45"));
        workshop = given.session(event, aWorkshop("Workshop A: Tidiga insatser").onDay(2).from("11:00").to("12:15")
                .withSeats(10));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        anna = given.registration(event, aRegistration().named("Anna", "Öberg").withEmail("anna." + suffix + "@degerfors.example")
                .fromSector(Sectors.SCHOOL).choosing(workshop));
        bodil = given.registration(event, aRegistration().named("Bodil", "Ekström")
                .withEmail("bodil." + suffix + "@degerfors.example").fromSector(Sectors.POLICE)
                .onDays(event.firstDay().plusDays(1)));
        assertEquals("CONFIRMED", anna.status());
        assertEquals("CONFIRMED", bodil.status());
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(STOCKHOLM).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The survey's questions: overall rating, one per session, next year?, the valuable parts, free text. */
    private String questions() {
        return """
                [{"kind":"RATING","text":"Vad tycker du om konferensen som helhet?"},
                 {"kind":"RATING","text":"Hur värdefull var föreläsningen?","sessionId":%d},
                 {"kind":"RATING","text":"Hur värdefull var workshoppen?","sessionId":%d},
                 {"kind":"SINGLE","text":"Vill du delta nästa år?","options":["Ja","Kanske","Nej"]},
                 {"kind":"MULTI","text":"Vilka delar var mest värdefulla?","options":["Föreläsningarna","Workshopparna","Dialogen"]},
                 {"kind":"TEXT","text":"Vad tar du med dig?"}]""".formatted(talk, workshop);
    }

    private Api.Reply define(String questions, LocalDateTime opens, LocalDateTime closes) {
        return organiser.post("/api/events/" + event.id() + "/survey", """
                {"questions":%s,"opens":"%s","closes":"%s"}""".formatted(questions, opens, closes));
    }

    /** An open survey (since an hour, for a week); question ids by their text. */
    private Map<String, Long> openSurvey() {
        Api.Reply defined = define(questions(), now().minusHours(1), now().plusDays(7));
        assertEquals(201, defined.status(), defined.toString());
        return idsByText(defined.json());
    }

    private static Map<String, Long> idsByText(JsonObject survey) {
        return survey.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(q -> q.getString("text"), q -> q.getJsonNumber("id").longValue()));
    }

    private Api.Reply answer(Registered person, String answers) {
        return anyone.put("/api/registrations/" + person.manageToken() + "/survey", "{\"answers\":" + answers + "}");
    }

    private Api.Reply surveyOf(Registered person) {
        return anyone.get("/api/registrations/" + person.manageToken() + "/survey");
    }

    private JsonObject overview() {
        Api.Reply reply = organiser.get("/api/events/" + event.id() + "/survey");
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    @Test
    void theOrganiserDefinesTheSurveyAndReadsItBackWithTheQuestionsIds() {
        Api.Reply defined = organiser.post("/api/events/" + event.id() + "/survey", "{\"questions\":" + questions() + "}");
        assertEquals(201, defined.status(), defined.toString());
        assertEquals("http://localhost:8080/api/events/" + event.id() + "/survey", defined.location());
        JsonObject survey = defined.json();
        assertEquals(event.firstDay().plusDays(1).atTime(16, 30), LocalDateTime.parse(survey.getString("opens")),
                "opens when the last day ends");
        assertEquals(event.firstDay().plusDays(15).atTime(16, 30), LocalDateTime.parse(survey.getString("closes")),
                "closes two weeks later");
        assertEquals("NOT_YET_OPEN", survey.getString("status"));
        assertEquals(0, survey.getInt("respondents"));
        assertEquals(2, survey.getInt("asked"), "the confirmed registrations");
        List<JsonObject> questions = survey.getJsonArray("questions").getValuesAs(JsonObject.class);
        assertEquals(List.of("RATING", "RATING", "RATING", "SINGLE", "MULTI", "TEXT"),
                questions.stream().map(q -> q.getString("kind")).toList());
        assertEquals(List.of("Ja", "Kanske", "Nej"), questions.get(3).getJsonArray("options").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(talk, questions.get(1).getJsonNumber("sessionId").longValue());
        assertEquals(JsonValue.NULL, questions.get(0).get("sessionId"));
        assertEquals(JsonValue.NULL, questions.get(0).get("options"));
        assertTrue(questions.stream().allMatch(q -> q.getJsonNumber("id").longValue() > 0));
        assertEquals(survey, overview(), "read back as written");

        Api.Reply replaced = organiser.post("/api/events/" + event.id() + "/survey",
                "{\"questions\":[{\"kind\":\"TEXT\",\"text\":\"Övriga synpunkter?\"}]}");
        assertEquals(201, replaced.status(), replaced.toString());
        assertEquals(List.of("Övriga synpunkter?"), overview().getJsonArray("questions").getValuesAs(JsonObject.class)
                .stream().map(q -> q.getString("text")).toList(), "nobody had answered: the questions are replaced");
    }

    @Test
    void onlyOrganisersDefineAndBadInputIsA400NamingWhatIsWrongWithNothingSaved() {
        String body = "{\"questions\":" + questions() + "}";
        assertEquals(401, anyone.post("/api/events/" + event.id() + "/survey", body).status());
        Api.Reply staff = given.staff().post("/api/events/" + event.id() + "/survey", body);
        assertEquals(403, staff.status(), staff.toString());
        assertTrue(staff.isProblem());
        assertEquals(403, given.staff().get("/api/events/" + event.id() + "/survey").status());

        Api.Reply oneOption = organiser.post("/api/events/" + event.id() + "/survey", """
                {"questions":[{"kind":"RATING","text":"Helheten?"},
                              {"kind":"SINGLE","text":"Vill du delta nästa år?","options":["Ja"]}]}""");
        assertEquals(400, oneOption.status(), oneOption.toString());
        assertTrue(oneOption.isProblem());
        JsonObject error = oneOption.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("questions[1].options", error.getString("field"));
        assertEquals("Fråga 2: Ge mellan 2 och 20 alternativ, ett per rad.", error.getString("message"));

        Api.Reply otherEventsSession = organiser.post("/api/events/" + event.id() + "/survey",
                "{\"questions\":[{\"kind\":\"RATING\",\"text\":\"Helheten?\",\"sessionId\":999999999}]}");
        assertEquals(400, otherEventsSession.status(), otherEventsSession.toString());
        assertEquals("questions[0].sessionId", otherEventsSession.json().getJsonArray("errors").getJsonObject(0)
                .getString("field"));

        Api.Reply backwards = define(questions(), now().plusDays(3), now().plusDays(2));
        assertEquals(400, backwards.status(), backwards.toString());
        assertEquals("closes", backwards.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, organiser.post("/api/events/" + event.id() + "/survey", "{\"questions\":[]}").status());
        Api.Reply unknownKind = organiser.post("/api/events/" + event.id() + "/survey",
                "{\"questions\":[{\"kind\":\"ESSAY\",\"text\":\"Skriv\"}]}");
        assertEquals(400, unknownKind.status(), unknownKind.toString());
        assertEquals(404, organiser.post("/api/events/999999999/survey", body).status());

        Api.Reply none = organiser.get("/api/events/" + event.id() + "/survey");
        assertEquals(404, none.status(), "nothing was saved: " + none);
        assertEquals("Evenemanget har ingen utvärdering.", none.json().getString("detail"));
    }

    @Test
    void eachPersonIsAskedTheEventsQuestionsAndThoseOfTheSessionsTheyAttended() {
        Map<String, Long> ids = openSurvey();
        Api.Reply annas = surveyOf(anna);
        assertEquals(200, annas.status(), annas.toString());
        assertEquals(6, annas.json().getJsonArray("questions").size(), "both days and a seat in the workshop");
        assertEquals(JsonValue.NULL, annas.json().get("answers"), "nothing answered yet");

        List<JsonObject> bodils = surveyOf(bodil).json().getJsonArray("questions").getValuesAs(JsonObject.class);
        assertEquals(List.of("Vad tycker du om konferensen som helhet?", "Vill du delta nästa år?",
                "Vilka delar var mest värdefulla?", "Vad tar du med dig?"),
                bodils.stream().map(q -> q.getString("text")).toList(), "not at the talk on day one, not in the workshop");
        assertEquals(Set.of("id", "kind", "text", "options", "sessionId"), bodils.get(0).keySet());
        assertEquals(ids.get("Vill du delta nästa år?"), bodils.get(1).getJsonNumber("id").longValue());

        Api.Reply notHers = answer(bodil, "[{\"questionId\":%d,\"value\":5}]".formatted(ids.get("Hur värdefull var föreläsningen?")));
        assertEquals(400, notHers.status(), notHers.toString());
        assertEquals("answers." + ids.get("Hur värdefull var föreläsningen?"),
                notHers.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Registered cancelled = given.registration(event, aRegistration());
        given.cancellation(cancelled);
        Api.Reply notAsked = surveyOf(cancelled);
        assertEquals(403, notAsked.status(), notAsked.toString());
        assertEquals("tag:samverka.se,2026:survey/not-asked", notAsked.json().getString("type"));
        assertEquals(403, answer(cancelled, "[{\"questionId\":%d,\"value\":3}]"
                .formatted(ids.get("Vad tycker du om konferensen som helhet?"))).status());
        assertEquals(404, anyone.get("/api/registrations/" + "x".repeat(22) + "/survey").status());
    }

    @Test
    void answeringAgainReplacesTheAnswersAndTheyCountOnce() {
        Map<String, Long> ids = openSurvey();
        long overall = ids.get("Vad tycker du om konferensen som helhet?");
        long nextYear = ids.get("Vill du delta nästa år?");
        long parts = ids.get("Vilka delar var mest värdefulla?");
        long takeHome = ids.get("Vad tar du med dig?");
        Api.Reply first = answer(anna, """
                [{"questionId":%d,"value":4},{"questionId":%d,"value":"Kanske"},
                 {"questionId":%d,"value":["Workshopparna","Föreläsningarna"]},{"questionId":%d,"value":"Att ringa varandra."}]"""
                .formatted(overall, nextYear, parts, takeHome));
        assertEquals(200, first.status(), first.toString());
        assertEquals(Set.of("questions", "answers"), first.json().keySet(), "nothing about the person");
        Map<Long, JsonValue> answered = answersOf(first.json());
        assertEquals(4, ((jakarta.json.JsonNumber) answered.get(overall)).intValue());
        assertEquals("[\"Föreläsningarna\",\"Workshopparna\"]", answered.get(parts).toString(), "in the options' order");
        assertEquals(answered, answersOf(surveyOf(anna).json()), "read back through the link");

        Api.Reply second = answer(anna, "[{\"questionId\":%d,\"value\":5},{\"questionId\":%d,\"value\":\"Ja\"}]"
                .formatted(overall, nextYear));
        assertEquals(200, second.status(), second.toString());
        Map<Long, JsonValue> replaced = answersOf(surveyOf(anna).json());
        assertEquals(Set.of(overall, nextYear), replaced.keySet(), "the second answers replace the first as a whole");
        assertEquals("\"Ja\"", replaced.get(nextYear).toString());
        assertEquals(1, overview().getInt("respondents"), "one person, one response");

        assertEquals(200, answer(bodil, "[{\"questionId\":%d,\"value\":2}]".formatted(overall)).status());
        assertEquals(2, overview().getInt("respondents"));
    }

    private static Map<Long, JsonValue> answersOf(JsonObject survey) {
        return survey.getJsonArray("answers").getValuesAs(JsonObject.class).stream().peek(answer ->
                assertEquals(Set.of("questionId", "value"), answer.keySet()))
                .collect(Collectors.toMap(a -> a.getJsonNumber("questionId").longValue(), a -> a.get("value")));
    }

    @Test
    void anInvalidAnswerIsA400NamingTheQuestionAndNothingIsSaved() {
        Map<String, Long> ids = openSurvey();
        long overall = ids.get("Vad tycker du om konferensen som helhet?");
        Api.Reply seven = answer(anna, "[{\"questionId\":%d,\"value\":\"Ja\"},{\"questionId\":%d,\"value\":7}]"
                .formatted(ids.get("Vill du delta nästa år?"), overall));
        assertEquals(400, seven.status(), seven.toString());
        JsonObject error = seven.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("answers." + overall, error.getString("field"));
        assertEquals("Svaret på ”Vad tycker du om konferensen som helhet?” ska vara ett betyg från 1 till 5.",
                error.getString("message"));

        Api.Reply notAList = anyone.inLanguage("en").put("/api/registrations/" + anna.manageToken() + "/survey",
                "{\"answers\":[{\"questionId\":%d,\"value\":\"Workshopparna\"}]}".formatted(ids.get("Vilka delar var mest värdefulla?")));
        assertEquals(400, notAList.status(), notAList.toString());
        assertEquals("The answer to “Vilka delar var mest värdefulla?” must be a list of the question's options.",
                notAList.json().getJsonArray("errors").getJsonObject(0).getString("message"));
        assertEquals(400, answer(anna, "[{\"questionId\":999999999,\"value\":3}]").status(), "no such question");
        assertEquals(400, answer(anna, "[{\"questionId\":%d,\"value\":{\"a\":1}}]".formatted(overall)).status());
        assertEquals(400, answer(anna, "[]").status(), "nothing answered");
        assertEquals(400, anyone.put("/api/registrations/" + anna.manageToken() + "/survey", "[1,2]").status());

        assertEquals(JsonValue.NULL, surveyOf(anna).json().get("answers"));
        assertEquals(0, overview().getInt("respondents"));
    }

    @Test
    void theQuestionsCannotBeReplacedOnceSomeoneHasAnsweredButTheTimesCan() {
        Map<String, Long> ids = openSurvey();
        assertEquals(200, answer(bodil, "[{\"questionId\":%d,\"value\":3}]"
                .formatted(ids.get("Vad tycker du om konferensen som helhet?"))).status());

        Api.Reply replacing = define("[{\"kind\":\"TEXT\",\"text\":\"Något annat?\"}]", now().minusHours(1), now().plusDays(7));
        assertEquals(409, replacing.status(), replacing.toString());
        assertEquals("tag:samverka.se,2026:survey/answered", replacing.json().getString("type"));
        assertTrue(replacing.json().getString("detail").startsWith("Frågorna kan inte ändras när någon har svarat (1 person har svarat)"),
                replacing.json().getString("detail"));

        LocalDateTime later = now().plusDays(21);
        Api.Reply extended = define(questions(), now().minusHours(1), later);
        assertEquals(201, extended.status(), extended.toString());
        assertEquals(later, LocalDateTime.parse(extended.json().getString("closes")));
        assertEquals(ids, idsByText(extended.json()), "the same questions, the same ids");
    }

    @Test
    void aSurveyNotOpenYetOrClosedSaysSoAndClosingIsForGood() {
        Api.Reply future = define(questions(), now().plusDays(1), now().plusDays(8));
        assertEquals(201, future.status(), future.toString());
        Api.Reply early = surveyOf(anna);
        assertEquals(409, early.status(), early.toString());
        assertEquals("tag:samverka.se,2026:survey/not-open-yet", early.json().getString("type"));
        assertTrue(early.json().getString("detail").startsWith("Utvärderingen är inte öppen ännu. Den öppnar "),
                early.toString());

        Map<String, Long> ids = openSurvey();
        long overall = ids.get("Vad tycker du om konferensen som helhet?");
        assertEquals(200, answer(anna, "[{\"questionId\":%d,\"value\":4}]".formatted(overall)).status());
        assertEquals(403, given.staff().post("/api/events/" + event.id() + "/survey/close", "").status());
        Api.Reply closed = organiser.post("/api/events/" + event.id() + "/survey/close", "");
        assertEquals(200, closed.status(), closed.toString());
        assertEquals("CLOSED", closed.json().getString("status"));
        assertFalse(closed.json().isNull("closedAt"));
        assertEquals(1, closed.json().getInt("respondents"), "who answered is still counted");

        Api.Reply afterwards = surveyOf(anna);
        assertEquals(409, afterwards.status(), afterwards.toString());
        assertEquals("tag:samverka.se,2026:survey/closed", afterwards.json().getString("type"));
        assertFalse(afterwards.body().contains("answers"), "her answers can no longer be found through her link");
        assertEquals(409, answer(anna, "[{\"questionId\":%d,\"value\":1}]".formatted(overall)).status());
        assertEquals(409, answer(bodil, "[{\"questionId\":%d,\"value\":1}]".formatted(overall)).status());
        assertEquals(409, organiser.post("/api/events/" + event.id() + "/survey/close", "").status(), "already closed");
        assertEquals(409, define(questions(), now(), now().plusDays(7)).status(), "a closed survey does not reopen");
    }

    @Test
    void aSurveyStopsTakingAnswersWhenItsTimeRunsOut() throws InterruptedException {
        LocalDateTime closes = now().plusSeconds(3);
        Api.Reply defined = define(questions(), now().minusHours(1), closes);
        assertEquals(201, defined.status(), defined.toString());
        long overall = idsByText(defined.json()).get("Vad tycker du om konferensen som helhet?");
        assertEquals(200, answer(bodil, "[{\"questionId\":%d,\"value\":4}]".formatted(overall)).status());
        while (!now().isAfter(closes)) {
            Thread.sleep(250);
        }
        Api.Reply late = answer(bodil, "[{\"questionId\":%d,\"value\":2}]".formatted(overall));
        assertEquals(409, late.status(), late.toString());
        assertEquals("tag:samverka.se,2026:survey/closed", late.json().getString("type"));
        assertEquals("CLOSED", overview().getString("status"));
    }

    /**
     * The anonymity as the API shows it: the organiser's survey says how many answered, never who answered what;
     * a participant's answers come back only to their own link, and only while the survey is open.
     */
    @Test
    void noAnswerOfTheApiJoinsAnAnswerToANameAnEmailOrAToken() {
        Map<String, Long> ids = openSurvey();
        String words = "Ett svar som bara Anna skrev";
        assertEquals(200, answer(anna, "[{\"questionId\":%d,\"value\":\"%s\"}]".formatted(ids.get("Vad tar du med dig?"), words))
                .status());
        Api.Reply survey = organiser.get("/api/events/" + event.id() + "/survey");
        for (String personal : List.of("Anna", "Öberg", anna.email(), anna.manageToken(), words)) {
            assertFalse(survey.body().contains(personal), personal + " in " + survey.body());
        }
        assertEquals(Set.of("id", "eventId", "opens", "closes", "status", "closedAt", "respondents", "asked", "questions"),
                survey.json().keySet());
        Api.Reply bodils = surveyOf(bodil);
        assertEquals(JsonValue.NULL, bodils.json().get("answers"), "another person's link shows nothing of Anna's");
        assertFalse(bodils.body().contains(words));

        URI annas = URI.create("/api/registrations/" + anna.manageToken() + "/survey");
        assertTrue(anyone.get(annas.toString()).body().contains(words), "her own link shows her answer while open");
        assertEquals(200, organiser.post("/api/events/" + event.id() + "/survey/close", "").status());
        Api.Reply closed = anyone.get(annas.toString());
        assertEquals(409, closed.status());
        assertFalse(closed.body().contains(words), "once closed, not even her own link finds it");
    }
}
