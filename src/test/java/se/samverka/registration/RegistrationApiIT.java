package se.samverka.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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

/** The registration API as participants' browsers and scripts use it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationApiIT {

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
        anonymous = Api.anonymous(Deployments.base(deploymentUrl));
        organiser = anonymous.asAdmin();
    }

    @Test
    void sectorsAreListedWithSwedishAndEnglishNames() {
        List<JsonObject> sectors = anonymous.get("/api/sectors").jsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of("PRESCHOOL", "SCHOOL", "SOCIAL_SERVICES", "POLICE", "HEALTH_CENTRE", "GRYNINGEN",
                "PUBLIC_HEALTH", "OTHER"), sectors.stream().map(s -> s.getString("code")).toList());
        assertEquals("Vårdcentral", sectors.get(4).getString("nameSv"));
        assertEquals("Health centre", sectors.get(4).getString("nameEn"));
    }

    @Test
    void aParticipantRegistersSeesChangesAndCancelsThroughTheirToken() {
        long event = newEvent(5);
        long workshop = newWorkshop(event, 10, 2);
        Api.Reply created = anonymous.post("/api/events/" + event + "/registrations", registration("Märta", List.of(workshop)));
        assertEquals(201, created.status(), created.toString());
        JsonObject body = created.json();
        assertEquals("CONFIRMED", body.getString("status"));
        String token = body.getString("manageToken");
        assertTrue(token.length() >= 22);
        assertTrue(body.getString("checkInCode").matches("[A-Z2-9]{6}"));
        JsonObject choice = body.getJsonArray("sessions").getJsonObject(0);
        assertEquals(workshop, choice.getJsonNumber("sessionId").longValue());
        assertEquals("CONFIRMED", choice.getString("status"));
        assertNotNull(created.location());

        JsonObject own = anonymous.get("/api/registrations/" + token).json();
        assertEquals("Märta", own.getString("firstName"));
        assertEquals(body.getJsonNumber("id").longValue(), own.getJsonNumber("id").longValue());

        Api.Reply changed = anonymous.patch("/api/registrations/" + token, "{\"sessionIds\":[],\"dietary\":\"Vegetarisk\"}");
        assertEquals(200, changed.status(), changed.toString());
        assertEquals(0, changed.json().getJsonArray("sessions").size());
        assertEquals("Vegetarisk", changed.json().getString("dietary"));

        Api.Reply cancelled = anonymous.delete("/api/registrations/" + token);
        assertEquals(200, cancelled.status());
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        assertEquals(409, anonymous.delete("/api/registrations/" + token).status());
    }

    @Test
    void whenFullTheNextPersonWaitsAndMovesUpOnCancellation() {
        long event = newEvent(1);
        String first = anonymous.post("/api/events/" + event + "/registrations", registration("Först", List.of()))
                .json().getString("manageToken");
        JsonObject second = anonymous.post("/api/events/" + event + "/registrations", registration("Sedan", List.of())).json();
        assertEquals("WAITLISTED", second.getString("status"));
        assertEquals(1, second.getInt("waitlistPosition"));

        List<JsonObject> waiting = organiser.get("/api/events/" + event + "/registrations?status=WAITLISTED").jsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(1, waiting.size());
        assertEquals(1, waiting.get(0).getInt("waitlistPosition"));

        anonymous.delete("/api/registrations/" + first);
        assertEquals("CONFIRMED", anonymous.get("/api/registrations/" + second.getString("manageToken")).json()
                .getString("status"));
    }

    @Test
    void badRegistrationsListEveryFieldAtFault() {
        long event = newEvent(5);
        Api.Reply reply = anonymous.inLanguage("en").post("/api/events/" + event + "/registrations",
                "{\"email\":\"not-an-address\",\"consentPrivacy\":false}");
        assertEquals(400, reply.status(), reply.toString());
        List<String> fields = reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertTrue(fields.containsAll(List.of("firstName", "lastName", "email", "organisation", "sector")), fields.toString());

        Api.Reply noConsent = anonymous.post("/api/events/" + event + "/registrations",
                registration("Utan", List.of()).replace("\"consentPrivacy\":true", "\"consentPrivacy\":false"));
        assertEquals(400, noConsent.status());
        assertEquals("consentPrivacy", noConsent.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply badSector = anonymous.post("/api/events/" + event + "/registrations",
                registration("Sektor", List.of()).replace("\"SCHOOL\"", "\"FIRE_BRIGADE\""));
        assertEquals(400, badSector.status());
        assertEquals("sector", badSector.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void duplicatesUnknownEventsAndClosedWindowsAreRefused() {
        long event = newEvent(5);
        String json = registration("Dubbel", List.of());
        assertEquals(201, anonymous.post("/api/events/" + event + "/registrations", json).status());
        Api.Reply duplicate = anonymous.post("/api/events/" + event + "/registrations", json.replace("dubbel@", "DUBBEL@"));
        assertEquals(409, duplicate.status());
        assertTrue(duplicate.contentType().startsWith("application/problem+json"));

        assertEquals(404, anonymous.post("/api/events/987654321/registrations", json).status());

        long closed = organiser.post("/api/events", """
                {"title":"Stängd %s","type":"WORKSHOP","startDate":"2030-01-10","endDate":"2030-01-10",
                 "registrationOpens":"2021-01-01T00:00","registrationCloses":"2021-02-01T00:00"}
                """.formatted(UUID.randomUUID())).json().getJsonNumber("id").longValue();
        Api.Reply late = anonymous.post("/api/events/" + closed + "/registrations", json);
        assertEquals(410, late.status(), late.toString());
    }

    @Test
    void tokensRevealNothingAboutOthers() {
        Api.Reply unknown = anonymous.get("/api/registrations/AAAAAAAAAAAAAAAAAAAAAA");
        assertEquals(404, unknown.status());
        assertFalse(unknown.body().contains("@"));
        assertEquals(404, anonymous.get("/api/registrations/x").status());
        assertEquals(404, anonymous.delete("/api/registrations/AAAAAAAAAAAAAAAAAAAAAB").status());
    }

    @Test
    void onlyOrganisersAndStaffSeeTheList() {
        long event = newEvent(5);
        assertEquals(401, anonymous.get("/api/events/" + event + "/registrations").status());
        anonymous.post("/api/events/" + event + "/registrations", registration("Listad", List.of()));
        List<JsonObject> all = organiser.get("/api/events/" + event + "/registrations?sector=SCHOOL").jsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(1, all.size());
        assertEquals("Strömtorpsskolan", all.get(0).getString("organisation"));
        assertEquals(0, organiser.get("/api/events/" + event + "/registrations?sector=POLICE").jsonArray().size());
    }

    @Test
    void anImportWithABadRowSavesNothingAndSaysWhichRowsAreWrong() {
        long event = newEvent(50);
        String csv = """
                förnamn;efternamn;e-post;organisation;sektor
                Åsa;Öberg;asa.import@degerfors.example;Förskolan Solrosen;Förskola
                Lars;Ekström;inte-en-adress;Polisen;POLICE
                Eva;Nyström;eva.import@degerfors.example;Vårdcentralen;Brandkår
                """;
        Api.Reply preview = organiser.post("/api/events/" + event + "/registrations/import?dryRun=true", "text/csv", csv);
        assertEquals(200, preview.status(), preview.toString());
        assertEquals(1, preview.json().getInt("valid"));
        assertEquals(3, preview.json().getJsonArray("rows").size());

        Api.Reply refused = organiser.post("/api/events/" + event + "/registrations/import", "text/csv", csv);
        assertEquals(400, refused.status(), refused.toString());
        List<Integer> badRows = refused.json().getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .map(row -> row.getInt("row")).toList();
        assertEquals(List.of(3, 4), badRows);
        assertEquals(0, organiser.get("/api/events/" + event + "/registrations").jsonArray().size(), "nothing saved");

        String good = csv.lines().limit(2).collect(java.util.stream.Collectors.joining("\n"));
        Api.Reply imported = organiser.post("/api/events/" + event + "/registrations/import", "text/csv", good);
        assertEquals(200, imported.status(), imported.toString());
        assertEquals(1, imported.json().getInt("imported"));
        JsonObject asa = organiser.get("/api/events/" + event + "/registrations").jsonArray().getJsonObject(0);
        assertEquals("PRESCHOOL", asa.getString("sector"));
        assertEquals("Öberg", asa.getString("lastName"));
        assertEquals(401, anonymous.post("/api/events/" + event + "/registrations/import", "text/csv", good).status());
    }

    private long newEvent(Integer capacity) {
        Api.Reply created = organiser.post("/api/events", """
                {"title":"Anmälan %s","type":"CONFERENCE","startDate":"2030-03-12","endDate":"2030-03-13"%s}
                """.formatted(UUID.randomUUID(), capacity == null ? "" : ",\"capacity\":" + capacity));
        assertEquals(201, created.status(), created.toString());
        return created.json().getJsonNumber("id").longValue();
    }

    private long newWorkshop(long event, int hour, int seats) {
        Api.Reply created = organiser.post("/api/events/" + event + "/sessions", """
                {"title":"Workshop %d","kind":"WORKSHOP","start":"2030-03-12T%02d:00","end":"2030-03-12T%02d:45","capacity":%d}
                """.formatted(hour, hour, hour, seats));
        assertEquals(201, created.status(), created.toString());
        return created.json().getJsonNumber("id").longValue();
    }

    private static String registration(String firstName, List<Long> sessionIds) {
        return """
                {"firstName":"%s","lastName":"Öhman","email":"%s@degerfors.example","phone":"0586-480 00",
                 "organisation":"Strömtorpsskolan","sector":"SCHOOL","title":"Kurator","sessionIds":%s,
                 "dietary":null,"accessibility":null,"answers":{},"consentPrivacy":true,"consentListed":false}
                """.formatted(firstName, firstName.toLowerCase().replace("ä", "a").replace("ö", "o"), sessionIds);
    }
}
