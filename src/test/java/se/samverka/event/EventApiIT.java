package se.samverka.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
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
import se.samverka.testing.Api;
import se.samverka.testing.Deployments;

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

    @BeforeEach
    void clients() {
        URI base = Deployments.base(deploymentUrl);
        anonymous = Api.anonymous(base);
        organiser = anonymous.asAdmin();
    }

    @Test
    void listsTheDemoConferenceForAnyone() {
        Api.Reply reply = anonymous.get("/api/events");
        assertEquals(200, reply.status(), reply.toString());
        JsonObject demo = reply.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("slug").equals("samverkanskonferens-degerforsmodellen"))
                .findFirst().orElseThrow();
        assertEquals("Samverkanskonferens Degerforsmodellen", demo.getString("title"));
        assertEquals("CONFERENCE", demo.getString("type"));
        assertTrue(demo.getString("startDate").matches("\\d{4}-\\d{2}-\\d{2}"));
        assertEquals(2, demo.getJsonArray("days").size());
    }

    @Test
    void writingWithoutCredentialsIs401AsProblemJson() {
        Api.Reply reply = anonymous.post("/api/events", eventJson("Utan inloggning", null));
        assertEquals(401, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(401, reply.json().getInt("status"));
    }

    @Test
    void wrongPasswordIs401() {
        Api.Reply reply = anonymous.as("admin", "not-the-password").post("/api/events", eventJson("Fel lösen", null));
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
        Api.Reply reply = anonymous.as(username, "staff-secret-1").post("/api/events", eventJson("Personal", null));
        assertEquals(403, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"));
        assertEquals(200, anonymous.as(username, "staff-secret-1").get("/api/events").status());
    }

    @Test
    void organiserCreatesAnEventAndReadsItBack() {
        Api.Reply created = organiser.post("/api/events", eventJson("Nätverksmöte Förskola & Skola " + unique(), null));
        assertEquals(201, created.status(), created.toString());
        assertNotNull(created.location());
        JsonObject event = created.json();
        assertTrue(event.getString("slug").startsWith("natverksmote-forskola-skola-"), event.getString("slug"));

        JsonObject readBack = organiser.get(URI.create(created.location()).getPath()).json();
        assertEquals(event.getJsonNumber("id").longValue(), readBack.getJsonNumber("id").longValue());
        assertEquals(event.getString("title"), readBack.getString("title"));
        assertEquals("NETWORK_MEETING", readBack.getString("type"));
        assertEquals("2027-03-02T08:00:00", readBack.getString("registrationOpens"));
        assertEquals(3, readBack.getJsonArray("days").size());
    }

    @Test
    void organiserChangesAndDeletesAnEvent() {
        JsonObject event = organiser.post("/api/events", eventJson("Att ändra " + unique(), null)).json();
        String path = "/api/events/" + event.getJsonNumber("id").longValue();
        Api.Reply changed = organiser.put(path, eventJson("Ändrad titel", event.getString("slug")));
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
        assertEquals(201, organiser.post("/api/events", eventJson("Först", slug)).status());
        Api.Reply second = organiser.post("/api/events", eventJson("Sedan", slug));
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

    private static String eventJson(String title, String slug) {
        return """
                {"title":"%s","type":"NETWORK_MEETING","startDate":"2027-04-06","endDate":"2027-04-08",%s
                 "venue":"Kommunhuset, Degerfors","description":"Nätverksträff","capacity":40,
                 "registrationOpens":"2027-03-02T08:00:00","registrationCloses":"2027-04-01T23:59:00"}
                """.formatted(title, slug == null ? "" : "\"slug\":\"" + slug + "\",");
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
