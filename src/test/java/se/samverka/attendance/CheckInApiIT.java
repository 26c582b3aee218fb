package se.samverka.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.testdata.EventBuilder.anEvent;
import static se.samverka.testdata.RegistrationBuilder.aRegistration;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverka.documents.PdfInspection;
import se.samverka.testdata.Sectors;
import se.samverka.testing.Api;
import se.samverka.testing.Deployments;
import se.samverka.testing.Given;
import se.samverka.testing.Given.CreatedEvent;
import se.samverka.testing.Given.Registered;
import se.samverka.testing.SharedServer;

/** The door's API: admitting by code, repeats and nonces, refusals, offline queues, undo, counts and exports. */
@ExtendWith(SharedServer.class)
class CheckInApiIT {

    @SharedServer.Url
    URL deploymentUrl;

    private Given given;
    private Api staff;

    @BeforeEach
    void setUp() {
        given = Given.at(Deployments.base(deploymentUrl));
        staff = given.staff();
    }

    @Test
    void aBadgeAdmitsOnceAndTheSecondScanSaysWhenAndByWhom() {
        CreatedEvent event = given.event(anEvent().withCapacity(10));
        Registered asa = given.registration(event, aRegistration().named("Åsa", "Öberg").fromSector(Sectors.PRESCHOOL)
                .eating("Vegetarisk").needing("Hörslinga"));

        Api.Reply first = checkIn(event, "{\"code\":\"%s\",\"day\":\"%s\"}".formatted(asa.checkInCode().toLowerCase(),
                event.firstDay()));
        assertEquals(201, first.status(), first.toString());
        JsonObject admitted = first.json();
        assertEquals("Åsa Öberg", admitted.getString("name"));
        assertEquals(asa.id(), admitted.getJsonNumber("registrationId").longValue());
        assertFalse(admitted.getBoolean("alreadyCheckedIn"));
        assertTrue(admitted.isNull("sessionId"));
        assertEquals("Vegetarisk", admitted.getString("dietary"));
        assertEquals("Hörslinga", admitted.getString("accessibility"));
        assertEquals(event.firstDay().toString(), admitted.getString("day"));
        assertNotNull(first.location());

        Api.Reply again = given.organiser().post("/api/events/" + event.id() + "/checkins",
                "{\"code\":\"%s\",\"day\":\"%s\"}".formatted(asa.checkInCode(), event.firstDay()));
        assertEquals(200, again.status(), again.toString());
        assertTrue(again.json().getBoolean("alreadyCheckedIn"));
        assertEquals(admitted.getJsonNumber("id"), again.json().getJsonNumber("id"), "the first admission");
        assertEquals(admitted.getString("checkedInBy"), again.json().getString("checkedInBy"), "by whom");
        assertTrue(admitted.getString("checkedInBy").startsWith("personal-"));
    }

    @Test
    void aScanSentAgainWithItsNonceGetsItsFirstAnswerAndChangesNothing() {
        CreatedEvent event = given.event(anEvent().withCapacity(10));
        Registered eva = given.registration(event, aRegistration());
        String scan = "{\"code\":\"%s\",\"day\":\"%s\",\"nonce\":\"desk-1:%s\"}";
        Api.Reply first = checkIn(event, scan.formatted(eva.checkInCode(), event.firstDay(), "1"));
        Api.Reply replayed = checkIn(event, scan.formatted(eva.checkInCode(), event.firstDay(), "1"));
        assertEquals(201, first.status());
        assertEquals(201, replayed.status(), "the first answer again: " + replayed);
        assertEquals(first.json().getJsonNumber("id"), replayed.json().getJsonNumber("id"));
        assertEquals(200, checkIn(event, scan.formatted(eva.checkInCode(), event.firstDay(), "2")).status(),
                "a new scan of the same badge");

        Api.Reply unknown = checkIn(event, scan.formatted("ZZZZZZ", event.firstDay(), "3"));
        assertEquals(404, unknown.status());
        assertEquals(unknown.body(), checkIn(event, scan.formatted("ZZZZZZ", event.firstDay(), "3")).body());
        assertEquals(1, admittedOn(event, event.firstDay()));
    }

    @Test
    void nobodyIsAdmittedWhoHasNoPlaceThatDayAndTheScreenSaysWhy() {
        CreatedEvent event = given.event(anEvent().withCapacity(2));
        Registered cancelled = given.registration(event, aRegistration().named("Carl", "Avbokad"));
        given.cancellation(cancelled);
        given.registration(event, aRegistration());
        Registered dayTwo = given.registration(event, aRegistration().named("Dag", "Tvåsson")
                .onDays(event.firstDay().plusDays(1)));
        Registered waiting = given.registration(event, aRegistration().named("Vera", "Väntar"));
        String scan = "{\"code\":\"%s\",\"day\":\"%s\"}";

        Api.Reply gone = checkIn(event, scan.formatted(cancelled.checkInCode(), event.firstDay()));
        assertEquals(409, gone.status());
        assertTrue(gone.isProblem());
        assertEquals("tag:samverka.se,2026:check-in/cancelled", gone.json().getString("type"));
        assertEquals("Carl Avbokad har avbokat.", gone.json().getString("detail"));
        Api.Reply inLine = checkIn(event, scan.formatted(waiting.checkInCode(), event.firstDay()));
        assertEquals("tag:samverka.se,2026:check-in/waitlisted", inLine.json().getString("type"), inLine.toString());
        Api.Reply wrongDay = checkIn(event, scan.formatted(dayTwo.checkInCode(), event.firstDay()));
        assertEquals("tag:samverka.se,2026:check-in/not-for-day", wrongDay.json().getString("type"), wrongDay.toString());
        assertEquals(201, checkIn(event, scan.formatted(dayTwo.checkInCode(), event.firstDay().plusDays(1))).status());
        Api.Reply unknown = checkIn(event, scan.formatted("ABCDEF", event.firstDay()));
        assertEquals(404, unknown.status());
        assertEquals("tag:samverka.se,2026:check-in/unknown-code", unknown.json().getString("type"));
        Api.Reply notADay = checkIn(event, scan.formatted(dayTwo.checkInCode(), event.firstDay().minusDays(3)));
        assertEquals("tag:samverka.se,2026:check-in/not-an-event-day", notADay.json().getString("type"));

        assertEquals(401, Api.anonymous(Deployments.base(deploymentUrl)).post("/api/events/" + event.id() + "/checkins",
                scan.formatted(dayTwo.checkInCode(), event.firstDay())).status());
        assertEquals(0, admittedOn(event, event.firstDay()));
    }

    /**
     * A door device offline for ten minutes sends its queue when the network is back, out of order and
     * twice: every scan is applied once, and what turned out doubtful is listed for staff.
     */
    @Test
    void anOfflineQueueReplayedOutOfOrderIsAppliedOnceAndDoubtsAreListed() {
        CreatedEvent event = given.event(anEvent().withCapacity(10));
        Registered pia = given.registration(event, aRegistration().named("Pia", "Dubbelsson"));
        Registered ola = given.registration(event, aRegistration().named("Ola", "Hoppade-av"));
        Registered kim = given.registration(event, aRegistration().named("Kim", "Köade"));
        LocalDate day = event.firstDay();
        assertEquals(201, checkIn(event, "{\"code\":\"%s\",\"day\":\"%s\",\"nonce\":\"door-a:1\"}"
                .formatted(pia.checkInCode(), day)).status(), "admitted online at door A");
        given.cancellation(ola);

        String queued = "{\"code\":\"%s\",\"day\":\"%s\",\"nonce\":\"door-b:%d\",\"at\":\"%s\"}";
        Instant tenMinutesAgo = Instant.now().minus(10, ChronoUnit.MINUTES);
        List<String> queue = List.of(
                queued.formatted(pia.checkInCode(), day, 1, tenMinutesAgo),
                queued.formatted(ola.checkInCode(), day, 2, tenMinutesAgo.plusSeconds(20)),
                queued.formatted(kim.checkInCode(), day, 3, tenMinutesAgo.plusSeconds(40)));
        for (int round = 0; round < 2; round++) {
            assertEquals(201, checkIn(event, queue.get(2)).status(), "Kim");
            assertEquals(409, checkIn(event, queue.get(1)).status(), "Ola cancelled meanwhile");
            Api.Reply pias = checkIn(event, queue.get(0));
            assertEquals(200, pias.status(), "Pia was in already");
            assertTrue(pias.json().getBoolean("alreadyCheckedIn"));
        }

        JsonObject attendance = given.organiser().get("/api/events/" + event.id() + "/attendance").json();
        List<JsonObject> doubtful = attendance.getJsonArray("doubtful").getValuesAs(JsonObject.class);
        assertEquals(List.of("NOT_ACTIVE:Ola Hoppade-av", "SECOND_DEVICE:Pia Dubbelsson"), doubtful.stream()
                .map(d -> d.getString("doubt") + ":" + d.getString("name")).sorted().toList(), "each once");
        assertEquals(2, admittedOn(event, day), "Pia and Kim, each counted once");

        long doubt = doubtful.get(0).getJsonNumber("checkInId").longValue();
        assertEquals(200, staff.post("/api/checkins/" + doubt + "/resolve", "").status());
        assertTrue(given.organiser().get("/api/events/" + event.id() + "/attendance").json().getJsonArray("doubtful")
                .getValuesAs(JsonObject.class).stream().anyMatch(d -> d.getBoolean("resolved")));
    }

    @Test
    void aMistakenCheckInIsTakenBackAndSessionDoorsCountOnTheirOwn() {
        CreatedEvent event = given.event(anEvent().withCapacity(10));
        long workshop = given.workshop(event, "Workshop: Barnet i bilden", 13, 1);
        Registered seated = given.registration(event, aRegistration().named("Sara", "Sittplats")
                .fromSector(Sectors.POLICE).choosing(workshop));
        Registered notSeated = given.registration(event, aRegistration().named("Nils", "Utanför").choosing(workshop));
        LocalDate day = event.firstDay();

        long mistake = checkIn(event, "{\"code\":\"%s\",\"day\":\"%s\"}".formatted(notSeated.checkInCode(), day)).json()
                .getJsonNumber("id").longValue();
        assertEquals(1, admittedOn(event, day));
        assertEquals(204, staff.delete("/api/checkins/" + mistake).status());
        assertEquals(0, admittedOn(event, day));
        assertEquals(204, staff.delete("/api/checkins/" + mistake).status(), "twice changes nothing");
        assertEquals(201, checkIn(event, "{\"code\":\"%s\",\"day\":\"%s\"}".formatted(notSeated.checkInCode(), day))
                .status(), "admitted anew");

        String atDoor = "{\"code\":\"%s\",\"sessionId\":%d}";
        assertEquals(201, checkIn(event, atDoor.formatted(seated.checkInCode(), workshop)).status());
        Api.Reply noSeat = checkIn(event, atDoor.formatted(notSeated.checkInCode(), workshop));
        assertEquals("tag:samverka.se,2026:check-in/not-for-session", noSeat.json().getString("type"), noSeat.toString());

        JsonObject attendance = given.organiser().get("/api/events/" + event.id() + "/attendance").json();
        JsonObject session = attendance.getJsonArray("sessions").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonNumber("sessionId").longValue() == workshop).findFirst().orElseThrow();
        assertEquals(1, session.getInt("expected"), "one seat");
        assertEquals(1, session.getInt("checkedIn"));
        JsonObject police = attendance.getJsonArray("sectors").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("code").equals("POLICE")).findFirst().orElseThrow();
        assertEquals(1, police.getInt("expected"));
        assertEquals(0, police.getInt("checkedIn"), "Sara came to the workshop, not through the entrance");
    }

    @Test
    void attendanceIsExportedAsCsvAndAsAReport() throws IOException {
        CreatedEvent event = given.event(anEvent().withCapacity(10));
        Registered zara = given.registration(event, aRegistration().named("Zara", "Öhman").fromSector(Sectors.POLICE));
        given.registration(event, aRegistration().named("Adam", "Andersson"));
        checkIn(event, "{\"code\":\"%s\",\"day\":\"%s\"}".formatted(zara.checkInCode(), event.firstDay()));

        var csv = staff.download("/api/events/" + event.id() + "/attendance.csv");
        assertEquals(200, csv.statusCode());
        List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).substring(1).lines().toList();
        assertEquals("Efternamn;Förnamn;Organisation;Sektor;Dag;Programpunkt;Incheckad;Av", lines.get(0));
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(1).startsWith("Öhman;Zara;Polisen Region Bergslagen;POLICE;" + event.firstDay() + ";;"),
                lines.get(1));

        var pdf = staff.download("/api/events/" + event.id() + "/attendance.pdf?lang=sv");
        assertEquals(200, pdf.statusCode());
        try (PDDocument report = Loader.loadPDF(pdf.body())) {
            String text = PdfInspection.text(report);
            assertTrue(text.contains("NÄRVARO"), text);
            assertTrue(text.contains("Polis 1 1 100 %"), text);
            assertTrue(text.contains("Skola 1 0 0 %"), text);
        }
        assertEquals(401, Api.anonymous(Deployments.base(deploymentUrl))
                .download("/api/events/" + event.id() + "/attendance.csv").statusCode());
    }

    private Api.Reply checkIn(CreatedEvent event, String json) {
        return staff.post("/api/events/" + event.id() + "/checkins", json);
    }

    private long admittedOn(CreatedEvent event, LocalDate day) {
        return given.organiser().get("/api/events/" + event.id() + "/attendance").json().getJsonArray("days")
                .getValuesAs(JsonObject.class).stream().filter(d -> d.getString("date").equals(day.toString()))
                .findFirst().orElseThrow().getInt("checkedIn");
    }
}
