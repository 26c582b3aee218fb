package se.samverka.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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

/** The programme API: sessions as JSON, the calendar feed and the printable PDF. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgramApiIT {

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
    void theDemoProgrammeHasItsSpeakersWorkshopsAndBreaks() {
        long id = demoId();
        List<JsonObject> sessions = anonymous.get("/api/events/" + id + "/sessions").jsonArray()
                .getValuesAs(JsonObject.class);
        assertTrue(sessions.size() >= 8, "sessions: " + sessions.size());
        JsonObject first = sessions.get(0);
        for (String field : List.of("id", "title", "kind", "theme", "room", "start", "end", "capacity", "speakers")) {
            assertTrue(first.containsKey(field), field + " missing in " + first);
        }
        assertTrue(first.getString("start").matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?"), first.getString("start"));
        long workshops = sessions.stream().filter(s -> s.getString("kind").equals("WORKSHOP"))
                .filter(s -> !s.isNull("capacity")).count();
        assertTrue(workshops >= 3, "limited-seat workshops: " + workshops);
        assertTrue(sessions.stream().anyMatch(s -> s.getString("kind").equals("BREAK")));
        JsonObject andershed = sessions.stream().flatMap(s -> s.getJsonArray("speakers").getValuesAs(JsonObject.class).stream())
                .filter(s -> s.getString("name").equals("Henrik Andershed")).findFirst().orElseThrow();
        assertEquals("Örebro universitet", andershed.getString("organisation"));
        for (String name : List.of("Julia Åhlgren", "Peter Bergvall Virtanen", "Märtha Lundkvist")) {
            assertTrue(sessions.stream().anyMatch(s -> s.getJsonArray("speakers").toString().contains(name)), name);
        }
    }

    @Test
    void organiserCreatesChangesAndDeletesASession() {
        long event = newEventWithRoom();
        String sessions = "/api/events/" + event + "/sessions";
        Api.Reply created = organiser.post(sessions, """
                {"title":"Workshop: Föräldraskap i förändring","kind":"WORKSHOP","start":"2027-06-01T10:00",
                 "end":"2027-06-01T11:30","room":"Lilla salen","capacity":12,"speakerIds":[]}
                """);
        assertEquals(201, created.status(), created.toString());
        JsonObject session = created.json();
        assertEquals("Lilla salen", session.getString("room"));
        assertEquals(12, session.getInt("capacity"));
        String path = sessions + "/" + session.getJsonNumber("id").longValue();

        Api.Reply changed = organiser.put(path, """
                {"title":"Workshop: Föräldraskap","kind":"WORKSHOP","start":"2027-06-01T13:00",
                 "end":"2027-06-01T14:00","room":"Lilla salen","capacity":10}
                """);
        assertEquals(200, changed.status(), changed.toString());
        JsonObject readBack = anonymous.get(path).json();
        assertEquals("2027-06-01T13:00:00", readBack.getString("start"));
        assertEquals("Workshop: Föräldraskap", readBack.getString("title"));

        assertEquals(204, organiser.delete(path).status());
        assertEquals(404, anonymous.get(path).status());
    }

    @Test
    void badSessionsGetOneErrorPerField() {
        long event = newEventWithRoom();
        String sessions = "/api/events/" + event + "/sessions";
        Api.Reply unknownRoom = organiser.post(sessions, """
                {"title":"Fel rum","kind":"TALK","start":"2027-06-01T10:00","end":"2027-06-01T11:00","room":"Källaren"}
                """);
        assertEquals(400, unknownRoom.status());
        assertEquals("room", unknownRoom.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply backwards = organiser.post(sessions, """
                {"title":"Baklänges","kind":"TALK","start":"2027-06-01T10:00","end":"2027-06-01T09:00"}
                """);
        assertEquals(400, backwards.status());
        assertEquals("end", backwards.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply missing = organiser.post(sessions, "{\"kind\":\"TALK\"}");
        assertEquals(400, missing.status());
        assertEquals(3, missing.json().getJsonArray("errors").size(), missing.body());

        assertEquals(401, anonymous.post(sessions, "{}").status());
        assertEquals(404, organiser.post("/api/events/999999999/sessions", """
                {"title":"X","kind":"TALK","start":"2027-06-01T10:00","end":"2027-06-01T11:00"}
                """).status());
    }

    @Test
    void theProgrammeIsACalendarWithOneEventPerSession() {
        long id = demoId();
        int sessions = anonymous.get("/api/events/" + id + "/sessions").jsonArray().size();
        HttpResponse<byte[]> ics = anonymous.download("/api/events/" + id + "/program.ics");
        assertEquals(200, ics.statusCode());
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        String text = new String(ics.body(), StandardCharsets.UTF_8);
        assertEquals(sessions, text.split("BEGIN:VEVENT", -1).length - 1);
        assertTrue(text.contains("Europe/Stockholm"));
        assertTrue(text.replace("\r\n ", "").contains("Rörelseförståelse"));
    }

    @Test
    void theProgrammeIsAPrintablePdf() throws Exception {
        long id = demoId();
        HttpResponse<byte[]> pdf = anonymous.download("/api/events/" + id + "/program.pdf");
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Samverkanskonferens Degerforsmodellen"));
            assertTrue(text.contains("Märtha Lundkvist"));
            assertTrue(text.contains("Sida 1 av " + document.getNumberOfPages()), text);
        }
    }

    private long demoId() {
        return anonymous.get("/api/events").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("slug").equals("samverkanskonferens-degerforsmodellen"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private long newEventWithRoom() {
        Api.Reply created = organiser.post("/api/events", """
                {"title":"Programtest %s","type":"WORKSHOP","startDate":"2027-06-01","endDate":"2027-06-01"}
                """.formatted(UUID.randomUUID()));
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(201, organiser.post("/api/events/" + id + "/rooms", "{\"name\":\"Lilla salen\",\"seats\":15}").status());
        return id;
    }
}
