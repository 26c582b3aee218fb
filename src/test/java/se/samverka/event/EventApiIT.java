package se.samverka.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.testdata.EventBuilder.aNetworkMeeting;
import static se.samverka.testdata.EventBuilder.anEvent;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverka.testdata.EventBuilder;
import se.samverka.testing.Api;
import se.samverka.testing.Deployments;
import se.samverka.testing.Given;
import se.samverka.testing.Given.CreatedEvent;

/** The events API over HTTP: reading, writing with the right role, and problem JSON for every error. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deploymentUrl;

    private Api anonymous;
    private Api organiser;
    private Given given;

    @BeforeEach
    void clients() {
        given = Given.at(Deployments.base(deploymentUrl));
        anonymous = given.anyone();
        organiser = given.organiser();
    }

    @Test
    void listsEventsForAnyone() {
        EventBuilder conference = anEvent().titled("Samverkansdag " + unique()).lastingDays(2);
        CreatedEvent created = given.event(conference);

        Api.Reply reply = anonymous.get("/api/events");
        assertEquals(200, reply.status(), reply.toString());
        JsonObject listed = reply.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("slug").equals(created.slug()))
                .findFirst().orElseThrow();
        assertEquals(created.id(), listed.getJsonNumber("id").longValue());
        assertEquals(conference.title(), listed.getString("title"));
        assertEquals("CONFERENCE", listed.getString("type"));
        assertEquals(conference.firstDay().toString(), listed.getString("startDate"));
        assertEquals(2, listed.getJsonArray("days").size());
    }

    @Test
    void writingWithoutCredentialsIs401AsProblemJson() {
        Api.Reply reply = anonymous.post("/api/events", anEvent().titled("Utan inloggning").toJson());
        assertEquals(401, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(401, reply.json().getInt("status"));
    }

    @Test
    void wrongPasswordIs401() {
        Api.Reply reply = anonymous.as("admin", "not-the-password").post("/api/events",
                anEvent().titled("Fel lösen").toJson());
        assertEquals(401, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"));
    }

    @Test
    void staffMayNotWriteEvents() {
        String username = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = organiser.post("/api/accounts", """
                {"username":"%s","displayName":"Personal","role":"STAFF","password":"staff-secret-1"}
                """.formatted(username));
        assertEquals(201, created.status(), created.toString());
        Api.Reply reply = anonymous.as(username, "staff-secret-1").post("/api/events",
                anEvent().titled("Personal").toJson());
        assertEquals(403, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"));
        assertEquals(200, anonymous.as(username, "staff-secret-1").get("/api/events").status());
    }

    @Test
    void organiserCreatesAnEventAndReadsItBack() {
        EventBuilder meeting = networkMeeting("Nätverksmöte Förskola & Skola " + unique());
        Api.Reply created = organiser.post("/api/events", meeting.toJson());
        assertEquals(201, created.status(), created.toString());
        assertNotNull(created.location());
        JsonObject event = created.json();
        assertTrue(event.getString("slug").startsWith("natverksmote-forskola-skola-"), event.getString("slug"));

        JsonObject readBack = organiser.get(URI.create(created.location()).getPath()).json();
        assertEquals(event.getJsonNumber("id").longValue(), readBack.getJsonNumber("id").longValue());
        assertEquals(event.getString("title"), readBack.getString("title"));
        assertEquals("NETWORK_MEETING", readBack.getString("type"));
        assertEquals(opensFor(meeting).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME),
                readBack.getString("registrationOpens"), "with seconds, as ISO-8601 writes them");
        assertEquals(3, readBack.getJsonArray("days").size());
    }

    @Test
    void organiserChangesAndDeletesAnEvent() {
        JsonObject event = organiser.post("/api/events", networkMeeting("Att ändra " + unique()).toJson()).json();
        String path = "/api/events/" + event.getJsonNumber("id").longValue();
        Api.Reply changed = organiser.put(path,
                networkMeeting("Ändrad titel").withSlug(event.getString("slug")).toJson());
        assertEquals(200, changed.status(), changed.toString());
        assertEquals("Ändrad titel", organiser.get(path).json().getString("title"));

        assertEquals(204, organiser.delete(path).status());
        Api.Reply gone = organiser.get(path);
        assertEquals(404, gone.status());
        assertTrue(gone.contentType().startsWith("application/problem+json"));
    }

    @Test
    void missingFieldsAreListedOneByOneInTheCallersLanguage() {
        Api.Reply swedish = organiser.post("/api/events", "{}");
        assertEquals(400, swedish.status());
        assertTrue(swedish.contentType().startsWith("application/problem+json"));
        List<String> fields = swedish.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertEquals(List.of("endDate", "startDate", "title", "type"), fields);
        assertEquals("Fältet måste fyllas i.", swedish.json().getJsonArray("errors").getJsonObject(0).getString("message"));

        Api.Reply english = organiser.inLanguage("en-GB,en;q=0.8").post("/api/events", "{}");
        assertEquals("This field is required.", english.json().getJsonArray("errors").getJsonObject(0).getString("message"));
    }

    @Test
    void endBeforeStartIsRefusedForTheEndDate() {
        String json = """
                {"title":"Baklänges","type":"WORKSHOP","startDate":"2027-05-10","endDate":"2027-05-09"}
                """;
        Api.Reply reply = organiser.post("/api/events", json);
        assertEquals(400, reply.status(), reply.toString());
        JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("endDate", error.getString("field"));
        assertEquals("Slutdatumet kan inte vara före startdatumet.", error.getString("message"));
    }

    @Test
    void malformedBodiesAre400NotServerErrors() {
        for (String body : List.of("{not json", "{\"title\":\"X\",\"type\":\"CONFERENCE\",\"startDate\":\"tisdag\",\"endDate\":\"2027-01-01\"}",
                "{\"title\":\"X\",\"type\":\"PARTY\",\"startDate\":\"2027-01-01\",\"endDate\":\"2027-01-01\"}")) {
            Api.Reply reply = organiser.post("/api/events", body);
            assertEquals(400, reply.status(), body + " -> " + reply);
            assertTrue(reply.contentType().startsWith("application/problem+json"), reply.toString());
            assertFalse(reply.body().contains("Exception"), reply.body());
        }
    }

    @Test
    void aTakenSlugIsAConflict() {
        String slug = "unik-" + unique();
        assertEquals(201, organiser.post("/api/events", anEvent().titled("Först").withSlug(slug).toJson()).status());
        Api.Reply second = organiser.post("/api/events", anEvent().titled("Sedan").withSlug(slug).toJson());
        assertEquals(409, second.status());
        assertEquals("slug", second.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void unknownEventsAndPathsAre404ProblemJson() {
        Api.Reply event = anonymous.get("/api/events/987654321");
        assertEquals(404, event.status());
        assertTrue(event.contentType().startsWith("application/problem+json"));
        assertTrue(event.json().getString("detail").contains("987654321"), event.body());
        assertEquals(404, anonymous.get("/api/no-such-thing").status());
    }

    @Test
    void theOpenApiDocumentDescribesTheEventsApi() {
        Api.Reply reply = anonymous.get("/openapi");
        assertEquals(200, reply.status());
        assertTrue(reply.body().contains("/api/events"), reply.body().substring(0, Math.min(400, reply.body().length())));
    }

    @Test
    void readinessIsUpWithTheDatabase() {
        Api.Reply reply = anonymous.get("/health/ready");
        assertEquals(200, reply.status(), reply.toString());
        assertTrue(reply.body().contains("\"database\""));
        assertTrue(reply.body().contains("UP"));
    }

    /** A three-day network meeting with every field filled in; registration opens at 08:00 five weeks before. */
    private static EventBuilder networkMeeting(String title) {
        EventBuilder meeting = aNetworkMeeting().titled(title).lastingDays(3).at("Kommunhuset, Degerfors")
                .described("Nätverksträff").withCapacity(40);
        LocalDate first = meeting.firstDay();
        return meeting.registrationBetween(opensFor(meeting), first.minusDays(5).atTime(23, 59));
    }

    private static LocalDateTime opensFor(EventBuilder meeting) {
        return meeting.firstDay().minusWeeks(5).atTime(8, 0);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
