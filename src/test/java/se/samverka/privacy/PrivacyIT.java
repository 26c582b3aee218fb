package se.samverka.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.testdata.EventBuilder.anEvent;
import static se.samverka.testdata.RegistrationBuilder.aRegistration;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverka.documents.PdfInspection;
import se.samverka.testdata.Sectors;
import se.samverka.testing.Api;
import se.samverka.testing.Deployments;
import se.samverka.testing.SharedServer;
import se.samverka.testing.FacesPage;
import se.samverka.testing.FormLogin;
import se.samverka.testing.Given;
import se.samverka.testing.Given.CreatedEvent;
import se.samverka.testing.Given.Registered;

/**
 * Extracts and erasure over HTTP, as the participant (by their private link) and the organiser (by e-mail address)
 * use them, and the export log: the extract holds what was stored and nothing of anyone else, the PDF reads back,
 * erasure is refused before the event and done at once after it (the person gone from every organiser's list,
 * the counts by sector unchanged), the organiser erases across events and network meetings, and exports are logged
 * without addresses.
 */
@ExtendWith(SharedServer.class)
class PrivacyIT {

    @SharedServer.Url
    URL deploymentUrl;

    private Given given;
    private Api organiser;
    private Api anyone;
    private String suffix;

    @BeforeEach
    void clients() {
        given = Given.at(Deployments.base(deploymentUrl));
        organiser = given.organiser();
        anyone = given.anyone();
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    private String address(String name) {
        return name + "." + suffix + "@degerfors.example";
    }

    private static String query(String email) {
        return URLEncoder.encode(email, StandardCharsets.UTF_8);
    }

    @Test
    void theExtractHoldsWhatWasStoredAndNothingOfAnotherPerson() throws Exception {
        CreatedEvent event = given.event(anEvent().withCapacity(20));
        Registered anna = given.registration(event, aRegistration().named("Anna", "Öberg").withEmail(address("anna"))
                .fromSector(Sectors.SCHOOL).at("Degerfors skola").eating("Vegetarisk").withPhone("070-1234567"));
        Registered bodil = given.registration(event, aRegistration().named("Bodil", "Ekström")
                .withEmail(address("bodil")).fromSector(Sectors.POLICE).eating("Glutenfri"));

        Api.Reply data = anyone.get("/api/registrations/" + anna.manageToken() + "/data");
        assertEquals(200, data.status(), data.toString());
        JsonObject extract = data.json();
        assertEquals(anna.email(), extract.getString("email"));
        JsonObject registration = extract.getJsonArray("registrations").getJsonObject(0);
        assertEquals("Anna", registration.getString("firstName"));
        assertEquals("Öberg", registration.getString("lastName"));
        assertEquals("Vegetarisk", registration.getString("dietary"));
        assertEquals("070-1234567", registration.getString("phone"));
        assertEquals("Degerfors skola", registration.getString("organisation"));
        assertEquals(event.title(), registration.getString("event"));
        assertEquals(anna.checkInCode(), registration.getString("checkInCode"));
        assertFalse(extract.getJsonArray("mails").isEmpty(), "the confirmation mail to her address: " + extract);
        assertFalse(data.body().contains("Bodil") || data.body().contains(bodil.email())
                || data.body().contains("Glutenfri"), data.body());
        assertFalse(data.body().contains(anna.manageToken()), "the extract does not repeat the secret link");

        HttpResponse<byte[]> pdf = anyone.download("/api/registrations/" + anna.manageToken() + "/data.pdf");
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"), pdf.toString());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = PdfInspection.text(document);
            assertTrue(text.contains("Öberg") && text.contains("Vegetarisk") && text.contains(event.title()), text);
            assertFalse(text.contains("Bodil"), text);
            assertTrue(document.getDocumentInformation().getTitle().contains(anna.email()));
            assertEquals("Samverka", document.getDocumentInformation().getAuthor());
            assertEquals("sv", document.getDocumentCatalog().getLanguage());
        }

        assertEquals(404, anyone.get("/api/registrations/" + "x".repeat(22) + "/data").status());
    }

    @Test
    void erasureBeforeTheEventIsRefusedWithTheAdviceToCancel() {
        CreatedEvent event = given.event(anEvent().withCapacity(20));
        Registered anna = given.registration(event, aRegistration().withEmail(address("anna")));
        Api.Reply refused = anyone.post("/api/registrations/" + anna.manageToken() + "/erasure", "");
        assertEquals(409, refused.status(), refused.toString());
        assertTrue(refused.isProblem(), refused.toString());
        assertEquals("tag:samverka.se,2026:privacy/cancel-instead", refused.json().getString("type"));
        assertTrue(refused.json().getString("detail").contains("Avboka"), refused.toString());
        assertEquals(200, anyone.get("/api/registrations/" + anna.manageToken()).status(), "nothing was erased");
    }

    @Test
    void erasureAfterTheEventRemovesThePersonAndKeepsTheCountsBySector() {
        CreatedEvent event = given.event(anEvent().heldYesterday().withCapacity(20));
        Registered anna = given.registration(event, aRegistration().named("Annika", "Zetterlund" + suffix)
                .withEmail(address("annika")).fromSector(Sectors.SCHOOL).eating("Laktosfri"));
        given.registration(event, aRegistration().named("Bodil", "Ekström").withEmail(address("bodil"))
                .fromSector(Sectors.POLICE));
        Map<String, Long> before = sectors(event);
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Stockholm")).truncatedTo(ChronoUnit.SECONDS);
        Api.Reply survey = organiser.post("/api/events/" + event.id() + "/survey", """
                {"questions":[{"kind":"TEXT","text":"Vad tar du med dig?"}],"opens":"%s","closes":"%s"}"""
                .formatted(now.minusHours(1), now.plusDays(7)));
        assertEquals(201, survey.status(), survey.toString());
        long question = survey.json().getJsonArray("questions").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Reply answered = anyone.put("/api/registrations/" + anna.manageToken() + "/survey",
                "{\"answers\":[{\"questionId\":%d,\"value\":\"Nya kontakter %s\"}]}".formatted(question, suffix));
        assertEquals(200, answered.status(), answered.toString());
        JsonObject held = anyone.get("/api/registrations/" + anna.manageToken() + "/data").json()
                .getJsonArray("registrations").getJsonObject(0).getJsonObject("survey");
        assertTrue(held.getBoolean("findable") && held.getBoolean("answered"), held.toString());
        assertEquals("Nya kontakter " + suffix, held.getJsonArray("answers").getJsonObject(0).getString("answer"));

        Api.Reply erased = anyone.post("/api/registrations/" + anna.manageToken() + "/erasure", "");
        assertEquals(202, erased.status(), erased.toString());
        assertEquals(1, erased.json().getInt("registrations"));
        assertTrue(erased.json().getInt("mails") >= 1, erased.toString());

        assertEquals(404, anyone.get("/api/registrations/" + anna.manageToken()).status(), "the link is dead");
        assertEquals(404, anyone.get("/api/registrations/" + anna.manageToken() + "/data").status());
        Api.Reply list = organiser.get("/api/events/" + event.id() + "/registrations");
        assertFalse(list.body().contains("Zetterlund" + suffix) || list.body().contains(anna.email())
                || list.body().contains("Laktosfri"), list.body());
        HttpResponse<byte[]> csv = organiser.download("/api/events/" + event.id() + "/participants.csv");
        String rows = new String(csv.body(), StandardCharsets.UTF_8);
        assertFalse(rows.contains("Zetterlund" + suffix) || rows.contains(anna.email()), rows);
        Api.Reply person = organiser.get("/api/privacy/persons?email=" + query(anna.email()));
        assertEquals(0, person.json().getJsonArray("registrations").size(), person.toString());
        assertEquals(0, person.json().getJsonArray("mails").size(), person.toString());
        assertEquals(before, sectors(event), "counts by sector stay");
        assertEquals(0, organiser.get("/api/events/" + event.id() + "/survey").json().getInt("respondents"),
                "her response went while it could still be found");
        Api.Reply log = organiser.get("/api/privacy/log");
        assertEquals(200, log.status(), log.toString());
        List<JsonObject> erasures = log.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(e -> !e.isNull("eventId") && e.getJsonNumber("eventId").longValue() == event.id())
                .toList();
        assertTrue(erasures.stream().anyMatch(e -> "registrations".equals(e.getString("kind"))
                && e.getInt("removed") == 1 && "ERASURE".equals(e.getString("cause"))
                && "participant".equals(e.getString("ranBy"))), erasures.toString());
        assertFalse(log.body().contains(anna.email()) || log.body().contains("Zetterlund"), "no person in the log");
    }

    private Map<String, Long> sectors(CreatedEvent event) {
        Api.Reply list = organiser.get("/api/events/" + event.id() + "/registrations");
        assertEquals(200, list.status(), list.toString());
        return list.jsonArray().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.groupingBy(r -> r.getString("sector"), Collectors.counting()));
    }

    @Test
    void theOrganiserFindsAndErasesAPersonAcrossEventsAndNetworkMeetings() {
        String email = address("cecilia");
        CreatedEvent first = given.event(anEvent().withCapacity(20));
        CreatedEvent second = given.event(anEvent().heldYesterday().withCapacity(20));
        given.registration(first, aRegistration().named("Cecilia", "Lind").withEmail(email).fromSector(Sectors.SCHOOL));
        given.registration(second, aRegistration().named("Cecilia", "Lind").withEmail(email).fromSector(Sectors.SCHOOL));
        Registered other = given.registration(second, aRegistration().named("David", "Holm").withEmail(address("david")));
        Api.Reply series = organiser.post("/api/series", """
                {"name":"Nätverk %s","purpose":"Samverkan","conveners":["admin"],"reminderDays":2}""".formatted(suffix));
        assertEquals(201, series.status(), series.toString());
        long seriesId = series.json().getJsonNumber("id").longValue();
        Api.Reply member = organiser.post("/api/series/" + seriesId + "/members", """
                {"name":"Cecilia Lind","email":"%s","organisation":"Skolan","sector":"SCHOOL"}""".formatted(email));
        assertEquals(201, member.status(), member.toString());

        Api.Reply found = organiser.get("/api/privacy/persons?email=" + query(email.toUpperCase()));
        assertEquals(200, found.status(), found.toString());
        assertEquals(2, found.json().getJsonArray("registrations").size(), found.toString());
        assertEquals(1, found.json().getJsonArray("meetingMemberships").size(), found.toString());
        assertEquals("Cecilia Lind", found.json().getJsonArray("meetingMemberships").getJsonObject(0).getString("name"));
        assertFalse(found.body().contains("Holm"), found.body());

        Api.Reply erased = organiser.delete("/api/privacy/persons?email=" + query(email));
        assertEquals(200, erased.status(), erased.toString());
        assertEquals(2, erased.json().getInt("registrations"));
        assertEquals(1, erased.json().getInt("meetingMemberships"));

        Api.Reply after = organiser.get("/api/privacy/persons?email=" + query(email));
        assertEquals(0, after.json().getJsonArray("registrations").size(), after.toString());
        assertEquals(0, after.json().getJsonArray("meetingMemberships").size(), after.toString());
        Api.Reply members = organiser.get("/api/series/" + seriesId + "/members");
        assertFalse(members.body().contains(email) || members.body().contains("Cecilia"), members.body());
        for (CreatedEvent event : List.of(first, second)) {
            Api.Reply list = organiser.get("/api/events/" + event.id() + "/registrations");
            assertFalse(list.body().contains(email) || list.body().contains("Cecilia"), list.body());
            assertEquals(event == first ? 1 : 2, list.jsonArray().size(), "the row stays, anonymised: " + list.body());
        }
        assertEquals(200, anyone.get("/api/registrations/" + other.manageToken()).status(), "others untouched");

        Api.Reply invalid = organiser.get("/api/privacy/persons?email=not-an-address");
        assertEquals(400, invalid.status(), invalid.toString());
        assertTrue(invalid.isProblem());
    }

    @Test
    void onlyOrganisersReachThePersonToolsAndTheExportLog() {
        String email = query(address("eva"));
        assertEquals(401, anyone.get("/api/privacy/persons?email=" + email).status());
        assertEquals(401, anyone.delete("/api/privacy/persons?email=" + email).status());
        assertEquals(401, anyone.get("/api/privacy/exports").status());
        Api staff = given.staff();
        assertEquals(403, staff.get("/api/privacy/persons?email=" + email).status());
        assertEquals(403, staff.delete("/api/privacy/persons?email=" + email).status());
        assertEquals(403, staff.get("/api/privacy/exports").status());
        assertEquals(403, staff.download("/api/privacy/persons.pdf?email=" + email).statusCode());
        Api.Reply foreign = organiser.withHeader("Origin", "http://evil.example").delete("/api/privacy/persons?email=" + email);
        assertEquals(403, foreign.status(), "a cross-site request is refused: " + foreign);
    }

    @Test
    void exportsAreLoggedWithWhoWhatAndEventButNoAddress() throws Exception {
        CreatedEvent event = given.event(anEvent().withCapacity(20));
        Registered anna = given.registration(event, aRegistration().withEmail(address("frida")).fromSector(Sectors.SCHOOL));
        HttpResponse<byte[]> csv = organiser.download("/api/events/" + event.id() + "/participants.csv?sector=SCHOOL&q="
                + query(anna.email()));
        assertEquals(200, csv.statusCode());
        HttpResponse<byte[]> pdf = organiser.download("/api/privacy/persons.pdf?email=" + query(anna.email()));
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertTrue(PdfInspection.text(document).contains(anna.email()));
        }
        Api.Reply person = organiser.get("/api/privacy/persons?email=" + query(anna.email()));
        assertEquals(200, person.status());

        Api.Reply log = organiser.get("/api/privacy/exports?eventId=" + event.id());
        assertEquals(200, log.status(), log.toString());
        JsonObject entry = log.jsonArray().getJsonObject(0);
        assertEquals(Deployments.ADMIN, entry.getString("exportedBy"));
        assertEquals(event.id(), entry.getJsonNumber("eventId").longValue());
        assertEquals("participants", entry.getString("what"));
        assertTrue(entry.getString("filter").contains("sector=SCHOOL"), entry.toString());
        assertNotNull(entry.getString("exportedAt"));
        List<JsonObject> all = organiser.get("/api/privacy/exports").jsonArray().getValuesAs(JsonObject.class);
        assertTrue(all.stream().anyMatch(e -> "person.json".equals(e.getString("what"))), all.toString());
        assertTrue(all.stream().anyMatch(e -> "person.pdf".equals(e.getString("what"))
                && e.getString("filter").startsWith("records=")), all.toString());
        String everything = organiser.get("/api/privacy/exports?max=500").body();
        assertFalse(everything.contains("@"), "no e-mail address in the export log: " + everything);
    }

    @Test
    void thePrivatePageOffersTheExtractAndErasureOnlyAfterTheEventAndThePrivacyPagesAreOrganisers() {
        CreatedEvent coming = given.event(anEvent().withCapacity(20));
        CreatedEvent held = given.event(anEvent().heldYesterday().withCapacity(20));
        Registered early = given.registration(coming, aRegistration().withEmail(address("gun")));
        Registered late = given.registration(held, aRegistration().withEmail(address("hanna")));

        String before = page(anyone, "/r/" + early.manageToken());
        assertTrue(before.contains("id=\"my-data-pdf\"") && before.contains("/api/registrations/" + early.manageToken()
                + "/data.pdf"), before);
        assertTrue(before.contains("id=\"erase-later\""), before);
        assertFalse(before.contains("erase-form"), before);
        String after = page(anyone, "/r/" + late.manageToken());
        assertTrue(after.contains("id=\"erase-form:erase\"") && !after.contains("id=\"erase-later\""), after);

        String cookie = FormLogin.sessionCookie(Deployments.base(deploymentUrl), Deployments.ADMIN,
                Deployments.ADMIN_PASSWORD);
        Api session = anyone.withHeader("Cookie", cookie);
        assertTrue(page(session, "/admin/privacy/persons.xhtml").contains("id=\"find:email\""));
        assertTrue(page(session, "/admin/privacy/exports.xhtml").contains("id=\"exports\""));
        HttpResponse<String> found = FacesPage.open(Deployments.base(deploymentUrl), "admin/privacy/persons.xhtml", cookie)
                .post(Map.of("find", "find", "find:email", late.email(), "find:search", ""), true);
        assertEquals(200, found.statusCode());
        assertTrue(found.body().contains("id=\"held-counts\"") && found.body().contains(held.title())
                && found.body().contains("id=\"erase:eraseButton\""), found.body());
        String staff = FormLogin.sessionCookie(Deployments.base(deploymentUrl), given.staffAccount(), Given.STAFF_PASSWORD);
        assertEquals(403, anyone.withHeader("Cookie", staff).download("/admin/privacy/persons.xhtml").statusCode());
    }

    private static String page(Api client, String path) {
        HttpResponse<byte[]> page = client.download(path);
        assertEquals(200, page.statusCode(), path);
        return new String(page.body(), StandardCharsets.UTF_8);
    }
}
