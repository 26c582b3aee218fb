package se.samverka.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.testdata.EventBuilder.anEvent;
import static se.samverka.testdata.RegistrationBuilder.aRegistration;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverka.testdata.RegistrationBuilder;
import se.samverka.testdata.Sectors;
import se.samverka.testing.Api;
import se.samverka.testing.Deployments;
import se.samverka.testing.Given;
import se.samverka.testing.Given.CreatedEvent;
import se.samverka.testing.SharedServer;

/**
 * The registration API as participants' browsers and scripts use it. Each test makes its own event and
 * people; a handful of public registrations per test keeps the class far below the rate limit.
 */
@ExtendWith(SharedServer.class)
class RegistrationApiIT {

    @SharedServer.Url
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
    void sectorsAreListedWithSwedishAndEnglishNames() {
        List<JsonObject> sectors = anonymous.get("/api/sectors").jsonArray().getValuesAs(JsonObject.class);
        List<String> codes = sectors.stream().map(s -> s.getString("code")).toList();
        // sectors are shared by every event, and organisers add more (RegistrationBrowserIT does on this server):
        // the eight the system comes with, in their order, then each added one after them, each sector once
        assertEquals(List.of("PRESCHOOL", "SCHOOL", "SOCIAL_SERVICES", "POLICE", "HEALTH_CENTRE", "GRYNINGEN",
                "PUBLIC_HEALTH", "OTHER"), codes.subList(0, Math.min(8, codes.size())));
        assertEquals(codes.size(), new java.util.HashSet<>(codes).size(), "each sector once: " + codes);
        assertEquals("Vårdcentral", sectors.get(4).getString("nameSv"));
        assertEquals("Health centre", sectors.get(4).getString("nameEn"));
    }

    @Test
    void aParticipantRegistersSeesChangesAndCancelsThroughTheirToken() {
        CreatedEvent event = given.event(anEvent().withCapacity(5));
        long workshop = given.workshop(event, "Workshop 10", 10, 2);
        Api.Reply created = anonymous.post(registrations(event),
                aRegistration().named("Märta", "Öhman").choosing(workshop).toJson());
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
        CreatedEvent event = given.event(anEvent().withCapacity(1));
        Given.Registered first = given.registration(event, aRegistration().named("Först", "Öhman"));
        JsonObject second = anonymous.post(registrations(event), aRegistration().named("Sedan", "Öhman").toJson()).json();
        assertEquals("WAITLISTED", second.getString("status"));
        assertEquals(1, second.getInt("waitlistPosition"));

        List<JsonObject> waiting = organiser.get(registrations(event) + "?status=WAITLISTED").jsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(1, waiting.size());
        assertEquals(1, waiting.get(0).getInt("waitlistPosition"));

        given.cancellation(first);
        assertEquals("CONFIRMED", anonymous.get("/api/registrations/" + second.getString("manageToken")).json()
                .getString("status"));
    }

    @Test
    void badRegistrationsListEveryFieldAtFault() {
        CreatedEvent event = given.event(anEvent().withCapacity(5));
        Api.Reply reply = anonymous.inLanguage("en").post(registrations(event),
                "{\"email\":\"not-an-address\",\"consentPrivacy\":false}");
        assertEquals(400, reply.status(), reply.toString());
        List<String> fields = reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertTrue(fields.containsAll(List.of("firstName", "lastName", "email", "organisation", "sector")), fields.toString());

        Api.Reply noConsent = anonymous.post(registrations(event), aRegistration().withoutPrivacyConsent().toJson());
        assertEquals(400, noConsent.status());
        assertEquals(List.of("consentPrivacy"), fieldsAtFault(noConsent));

        Api.Reply badSector = anonymous.post(registrations(event), aRegistration().fromSector("FIRE_BRIGADE").toJson());
        assertEquals(400, badSector.status());
        assertEquals(List.of("sector"), fieldsAtFault(badSector));
    }

    @Test
    void duplicatesUnknownEventsAndClosedWindowsAreRefused() {
        CreatedEvent event = given.event(anEvent().withCapacity(5));
        RegistrationBuilder person = aRegistration();
        String json = person.toJson();
        assertEquals(201, anonymous.post(registrations(event), json).status());
        Api.Reply duplicate = anonymous.post(registrations(event),
                aRegistration().withEmail(person.email().toUpperCase()).toJson());
        assertEquals(409, duplicate.status());
        assertTrue(duplicate.contentType().startsWith("application/problem+json"));

        assertEquals(404, anonymous.post("/api/events/987654321/registrations", json).status());

        CreatedEvent closed = given.event(anEvent().lastingDays(1).registrationClosed());
        Api.Reply late = anonymous.post(registrations(closed), json);
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
        CreatedEvent event = given.event(anEvent().withCapacity(5));
        assertEquals(401, anonymous.get(registrations(event)).status());
        given.registration(event, aRegistration().fromSector(Sectors.SCHOOL).at("Strömtorpsskolan"));
        List<JsonObject> all = organiser.get(registrations(event) + "?sector=SCHOOL").jsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(1, all.size());
        assertEquals("Strömtorpsskolan", all.get(0).getString("organisation"));
        assertEquals(0, organiser.get(registrations(event) + "?sector=POLICE").jsonArray().size());
    }

    @Test
    void anImportWithABadRowSavesNothingAndSaysWhichRowsAreWrong() {
        String path = registrations(given.event(anEvent().withCapacity(50)));
        String csv = """
                förnamn;efternamn;e-post;organisation;sektor
                Åsa;Öberg;asa.import@degerfors.example;Förskolan Solrosen;Förskola
                Lars;Ekström;inte-en-adress;Polisen;POLICE
                Eva;Nyström;eva.import@degerfors.example;Vårdcentralen;Brandkår
                """;
        Api.Reply preview = organiser.post(path + "/import?dryRun=true", "text/csv", csv);
        assertEquals(200, preview.status(), preview.toString());
        assertEquals(1, preview.json().getInt("valid"));
        assertEquals(3, preview.json().getJsonArray("rows").size());

        Api.Reply refused = organiser.post(path + "/import", "text/csv", csv);
        assertEquals(400, refused.status(), refused.toString());
        List<Integer> badRows = refused.json().getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .map(row -> row.getInt("row")).toList();
        assertEquals(List.of(3, 4), badRows);
        assertEquals(0, organiser.get(path).jsonArray().size(), "nothing saved");

        String good = csv.lines().limit(2).collect(java.util.stream.Collectors.joining("\n"));
        Api.Reply imported = organiser.post(path + "/import", "text/csv", good);
        assertEquals(200, imported.status(), imported.toString());
        assertEquals(1, imported.json().getInt("imported"));
        JsonObject asa = organiser.get(path).jsonArray().getJsonObject(0);
        assertEquals("PRESCHOOL", asa.getString("sector"));
        assertEquals("Öberg", asa.getString("lastName"));
        assertEquals(401, anonymous.post(path + "/import", "text/csv", good).status());
    }

    /** Staff correct a misspelt name at the door; organisers see who changed what, when, from what. */
    @Test
    void staffCorrectARegistrationAndEveryChangeIsLogged() {
        CreatedEvent event = given.event(anEvent().withCapacity(10));
        Given.Registered eva = given.registration(event, aRegistration().named("Eva", "Lundh").fromSector(Sectors.SCHOOL)
                .at("Strömtorpsskolan"));
        Given.Registered other = given.registration(event, aRegistration());
        Api staff = given.staff();
        String path = "/api/events/" + event.id() + "/registrations/" + eva.id();

        Api.Reply corrected = staff.patch(path, """
                {"lastName":"Lund","sector":"SOCIAL_SERVICES","organisation":"Socialtjänsten Degerfors","dietary":"Vegan"}""");
        assertEquals(200, corrected.status(), corrected.toString());
        assertEquals("Lund", corrected.json().getString("lastName"));
        assertEquals("SOCIAL_SERVICES", corrected.json().getString("sector"));
        assertTrue(corrected.json().isNull("manageToken"));
        assertEquals("Lund", anonymous.get("/api/registrations/" + eva.manageToken()).json().getString("lastName"),
                "the participant sees the correction");

        List<JsonObject> edits = organiser.get(path + "/edits").jsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of("lastName:Lundh>Lund", "organisation:Strömtorpsskolan>Socialtjänsten Degerfors",
                "sector:SCHOOL>SOCIAL_SERVICES", "dietary:null>Vegan"), edits.stream()
                .map(e -> e.getString("field") + ":" + (e.isNull("oldValue") ? "null" : e.getString("oldValue")) + ">"
                        + e.getString("newValue")).toList());
        assertTrue(edits.stream().allMatch(e -> e.getString("editedBy").startsWith("personal-")));
        assertEquals(403, staff.get(path + "/edits").status(), "the log is for organisers");

        assertEquals(List.of("lastName"), fieldsAtFault(staff.patch(path, "{\"lastName\":\"Lund\\r\\nBcc: x\"}")));
        assertEquals(List.of("firstName"), fieldsAtFault(staff.patch(path, "{\"firstName\":\"  \"}")));
        Api.Reply taken = staff.patch(path, "{\"email\":\"%s\"}".formatted(other.email()));
        assertEquals(409, taken.status(), taken.toString());
        assertEquals(401, anonymous.patch(path, "{\"lastName\":\"X\"}").status());
        assertEquals(4, organiser.get(path + "/edits").jsonArray().size(), "refused corrections change nothing");
    }

    private static String registrations(CreatedEvent event) {
        return "/api/events/" + event.id() + "/registrations";
    }

    private static List<String> fieldsAtFault(Api.Reply problem) {
        return problem.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }
}
