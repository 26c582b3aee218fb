package se.samverka.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.testdata.EventBuilder.anEvent;
import static se.samverka.testdata.ProgrammeBuilder.aBreak;
import static se.samverka.testdata.ProgrammeBuilder.aTalk;
import static se.samverka.testdata.ProgrammeBuilder.aWorkshop;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverka.documents.PdfInspection;
import se.samverka.testdata.ProgrammeBuilder.SessionSpec;
import se.samverka.testing.Api;
import se.samverka.testing.Deployments;
import se.samverka.testing.Given;
import se.samverka.testing.Given.CreatedEvent;
import se.samverka.testing.SharedServer;

/**
 * The programme API: sessions as JSON, the calendar feed and the printable PDF. The tests that only read
 * share one two-day programme, made through the API before the first of them; the others make their own event.
 */
@ExtendWith(SharedServer.class)
class ProgramApiIT {

    /** Long enough that the calendar folds its SUMMARY line (75 octets at most). */
    private static final String LONG_TITLE =
            "Rörelseförståelse – motivation i stället för planer leder till beteendeförändring";

    /** The shared programme, in the order the programme lists it: by start, end, then title. */
    private static final List<SessionSpec> PROGRAMME = List.of(
            aBreak("Registrering och kaffe").onDay(1).from("08:30").to("09:00").in("Matsalen"),
            aTalk("Välkommen – vad är Degerforsmodellen idag?").onDay(1).from("09:00").to("09:30").in("Stora salen")
                    .about("Samverkansformer"),
            aBreak("Lunch").onDay(1).from("12:00").to("13:00").in("Matsalen"),
            aTalk(LONG_TITLE).onDay(2).from("08:30").to("09:45").in("Stora salen").about("Rörelseförståelse"),
            aWorkshop("Workshop A: Tidiga insatser").onDay(2).from("11:00").to("12:15").in("Sal Möckeln").withSeats(25),
            aWorkshop("Workshop B: Att berömma rätt").onDay(2).from("11:00").to("12:15").in("Sal Letälven").withSeats(25),
            aWorkshop("Workshop C: Barnet i bilden").onDay(2).from("11:00").to("12:15").in("Sal Strömtorp").withSeats(20),
            aTalk("Avslutning och vägen framåt").onDay(2).from("14:45").to("15:15").in("Stora salen"));

    private static final List<String> TITLES = List.of("Registrering och kaffe",
            "Välkommen – vad är Degerforsmodellen idag?", "Lunch", LONG_TITLE, "Workshop A: Tidiga insatser",
            "Workshop B: Att berömma rätt", "Workshop C: Barnet i bilden", "Avslutning och vägen framåt");

    /** Made once, before the first test that reads it (the deployment URL is only there per test). */
    private static CreatedEvent programme;

    @SharedServer.Url
    URL deploymentUrl;

    private Given given;
    private Api anonymous;
    private Api organiser;

    @BeforeEach
    void clients() {
        given = Given.at(Deployments.base(deploymentUrl));
        anonymous = given.anyone();
        organiser = given.organiser();
        if (programme == null) {
            programme = aSmallConference();
        }
    }

    /** Two days in five rooms: breaks, talks with themes and three parallel workshops with limited seats. */
    private CreatedEvent aSmallConference() {
        CreatedEvent event = given.event(anEvent().titled("Samverkansdag " + UUID.randomUUID().toString().substring(0, 8))
                .lastingDays(2));
        given.room(event, "Stora salen", 90);
        given.room(event, "Matsalen", 100);
        given.room(event, "Sal Möckeln", 25);
        given.room(event, "Sal Letälven", 25);
        given.room(event, "Sal Strömtorp", 20);
        PROGRAMME.forEach(session -> given.session(event, session));
        return event;
    }

    /**
     * Speakers cannot be made through the API (only on the admin page), so this programme has none: that
     * stored speakers come with their organisation is checked on the demo conference in ProgramPersistenceIT,
     * and how the PDF and calendar show speakers in ProgramDocumentTest and ProgramCalendarTest.
     */
    @Test
    void aProgrammeListsItsSessionsInOrderWithWorkshopsAndBreaks() {
        List<JsonObject> sessions = anonymous.get("/api/events/" + programme.id() + "/sessions").jsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(TITLES, sessions.stream().map(s -> s.getString("title")).toList());
        JsonObject first = sessions.get(0);
        for (String field : List.of("id", "title", "kind", "theme", "room", "start", "end", "capacity", "speakers")) {
            assertTrue(first.containsKey(field), field + " missing in " + first);
        }
        assertTrue(first.getString("start").matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?"), first.getString("start"));
        assertEquals(programme.firstDay().atTime(8, 30), LocalDateTime.parse(first.getString("start")));
        assertEquals(List.of(25, 25, 20), sessions.stream().filter(s -> s.getString("kind").equals("WORKSHOP"))
                .map(s -> s.getInt("capacity")).toList(), "three workshops with limited seats");
        assertEquals(2, sessions.stream().filter(s -> s.getString("kind").equals("BREAK")).count());
        JsonObject welcome = sessions.get(1);
        assertEquals("Samverkansformer", welcome.getString("theme"));
        assertEquals("Stora salen", welcome.getString("room"));
        assertTrue(sessions.stream().allMatch(s -> s.getJsonArray("speakers").isEmpty()), "none made");
    }

    @Test
    void organiserCreatesChangesAndDeletesASession() {
        CreatedEvent event = eventWithRoom();
        LocalDate day = event.firstDay();
        String sessions = "/api/events/" + event.id() + "/sessions";
        Api.Reply created = organiser.post(sessions, aWorkshop("Workshop: Föräldraskap i förändring")
                .from("10:00").to("11:30").in("Lilla salen").withSeats(12).toJson(day));
        assertEquals(201, created.status(), created.toString());
        JsonObject session = created.json();
        assertEquals("Lilla salen", session.getString("room"));
        assertEquals(12, session.getInt("capacity"));
        String path = sessions + "/" + session.getJsonNumber("id").longValue();

        Api.Reply changed = organiser.put(path, aWorkshop("Workshop: Föräldraskap").from("13:00").to("14:00")
                .in("Lilla salen").withSeats(10).toJson(day));
        assertEquals(200, changed.status(), changed.toString());
        JsonObject readBack = anonymous.get(path).json();
        assertEquals(day + "T13:00:00", readBack.getString("start"));
        assertEquals("Workshop: Föräldraskap", readBack.getString("title"));

        assertEquals(204, organiser.delete(path).status());
        assertEquals(404, anonymous.get(path).status());
    }

    @Test
    void badSessionsGetOneErrorPerField() {
        CreatedEvent event = eventWithRoom();
        LocalDate day = event.firstDay();
        String sessions = "/api/events/" + event.id() + "/sessions";
        Api.Reply unknownRoom = organiser.post(sessions, aTalk("Fel rum").from("10:00").to("11:00").in("Källaren")
                .toJson(day));
        assertEquals(400, unknownRoom.status());
        assertEquals("room", unknownRoom.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply backwards = organiser.post(sessions, aTalk("Baklänges").from("10:00").to("09:00").toJson(day));
        assertEquals(400, backwards.status());
        assertEquals("end", backwards.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply missing = organiser.post(sessions, "{\"kind\":\"TALK\"}");
        assertEquals(400, missing.status());
        assertEquals(3, missing.json().getJsonArray("errors").size(), missing.body());

        assertEquals(401, anonymous.post(sessions, "{}").status());
        assertEquals(404, organiser.post("/api/events/999999999/sessions", aTalk("X").toJson(day)).status());
    }

    @Test
    void theProgrammeIsACalendarWithOneEventPerSession() {
        HttpResponse<byte[]> ics = anonymous.download("/api/events/" + programme.id() + "/program.ics");
        assertEquals(200, ics.statusCode());
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        String text = new String(ics.body(), StandardCharsets.UTF_8);
        assertEquals(PROGRAMME.size(), text.split("BEGIN:VEVENT", -1).length - 1);
        assertTrue(text.contains("Europe/Stockholm"));
        assertFalse(text.contains(LONG_TITLE), "the long title is folded over two lines");
        assertTrue(text.replace("\r\n ", "").contains(LONG_TITLE), "and whole again once unfolded");
    }

    @Test
    void theProgrammeIsAPrintablePdf() throws Exception {
        HttpResponse<byte[]> pdf = anonymous.download("/api/events/" + programme.id() + "/program.pdf");
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            String joined = PdfInspection.withoutSpace(text);
            assertTrue(joined.contains(PdfInspection.withoutSpace(programme.title())), text);
            for (String title : List.of("Avslutning och vägen framåt", "Workshop C: Barnet i bilden")) {
                assertTrue(joined.contains(PdfInspection.withoutSpace(title)), title + " in\n" + text);
            }
            assertTrue(text.contains("Sida 1 av " + document.getNumberOfPages()), text);
        }
    }

    /** A one-day event of its own with the room "Lilla salen" (15 seats). */
    private CreatedEvent eventWithRoom() {
        CreatedEvent event = given.event(anEvent().lastingDays(1));
        given.room(event, "Lilla salen", 15);
        return event;
    }
}
