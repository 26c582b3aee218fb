package se.samverka.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
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
import se.samverka.testing.MailServer;
import se.samverka.testing.PostgresDatabase;
import se.samverka.testing.SharedServer;

/**
 * Network meetings over the API on the real database (H2, and PostgreSQL in the failsafe "postgresql"
 * execution): a series with its roster and recurring meetings, invitations and calendar updates through the
 * outbox (GreenMail), replies by the member's own link, attendance, carried-over actions, approval and its
 * amendments, statistics, the minutes PDF, and who may do what.
 */
@ExtendWith({PostgresDatabase.class, MailServer.class, SharedServer.class})
class MeetingPersistenceIT {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Pattern REPLY_LINK = Pattern.compile("/m/([A-Za-z0-9_-]{22,43})\\?svar=kommer");

    @SharedServer.Url
    URL deploymentUrl;

    private Given given;
    private Api organiser;
    private Api anyone;
    private final String run = Long.toString(System.nanoTime(), 36);

    @BeforeEach
    void setUp() {
        URI base = Deployments.base(deploymentUrl);
        given = Given.at(base);
        organiser = given.organiser();
        anyone = Api.anonymous(base);
    }

    @Test
    void invitationsCarryTheAgendaAndCalendarsFollowAMoveAndACancellation() throws Exception {
        long series = series(organiser, "EST-gruppen " + run);
        String anna = "anna." + run + "@degerfors.example";
        member(organiser, series, "Anna Berg", anna, "Bruksskolan", Sectors.SCHOOL);
        member(organiser, series, "Per Polis", "per." + run + "@polisen.example", "Polisen Karlskoga", Sectors.POLICE);

        LocalDateTime first = LocalDate.now(STOCKHOLM).plusMonths(1).withDayOfMonth(1).atTime(13, 0);
        Api.Reply created = organiser.post("/api/series/" + series + "/meetings", """
                {"rrule":"FREQ=MONTHLY;BYDAY=2TU;COUNT=3","firstStart":"%s","durationMinutes":120,"place":"Kommunhuset"}
                """.formatted(first));
        assertEquals(201, created.status(), created.toString());
        JsonArray meetings = created.jsonArray();
        assertEquals(3, meetings.size());
        for (int i = 0; i < 3; i++) {
            LocalDateTime start = LocalDateTime.parse(meetings.getJsonObject(i).getString("start"));
            assertEquals(java.time.DayOfWeek.TUESDAY, start.getDayOfWeek());
            assertTrue(start.getDayOfMonth() > 7 && start.getDayOfMonth() <= 14, "second Tuesday: " + start);
            assertEquals(start.plusHours(2).toString(), LocalDateTime.parse(meetings.getJsonObject(i).getString("end")).toString());
        }
        assertEquals(3, organiser.get("/api/series/" + series + "/meetings").jsonArray().size());
        long meeting = meetings.getJsonObject(0).getJsonNumber("id").longValue();
        organiser.post("/api/meetings/" + meeting + "/agenda", "{\"title\":\"Läget i skolorna\",\"presenter\":\"Anna\",\"minutes\":20}");
        long postponed = organiser.post("/api/meetings/" + meeting + "/agenda", "{\"title\":\"Sommarlovet\"}").json()
                .getJsonNumber("id").longValue();
        long second = meetings.getJsonObject(1).getJsonNumber("id").longValue();
        Api.Reply movedOn = organiser.post("/api/meetings/" + meeting + "/agenda/" + postponed + "/move-to-next", "");
        assertEquals(second, movedOn.json().getJsonNumber("id").longValue(), movedOn.toString());
        assertEquals("Sommarlovet", organiser.get("/api/meetings/" + second).json().getJsonArray("agenda").getJsonObject(0)
                .getString("title"));
        assertEquals(1, organiser.get("/api/meetings/" + meeting).json().getJsonArray("agenda").size());
        assertEquals(404, organiser.post("/api/meetings/" + meeting + "/agenda/" + postponed + "/move-to-next", "").status(),
                "the item is on the second meeting now");

        assertEquals(2, organiser.post("/api/meetings/" + meeting + "/invitations", "").json().getInt("sent"));
        String invitation = MailServer.textsTo(anna, 1, 120).get(0);
        assertTrue(invitation.contains("Läget i skolorna") && invitation.contains("EST-gruppen " + run), invitation);
        assertTrue(invitation.contains("-- In English --"), invitation);
        Matcher link = REPLY_LINK.matcher(invitation);
        assertTrue(link.find(), invitation);

        LocalDateTime later = LocalDateTime.parse(meetings.getJsonObject(0).getString("start")).plusHours(1);
        Api.Reply moved = organiser.patch("/api/meetings/" + meeting, "{\"start\":\"%s\",\"end\":\"%s\"}"
                .formatted(later, later.plusHours(2)));
        assertEquals(200, moved.status(), moved.toString());
        assertEquals(2, MailServer.textsTo(anna, 2, 120).size());
        assertEquals(200, organiser.post("/api/meetings/" + meeting + "/cancellation", "").status());
        assertTrue(MailServer.textsTo(anna, 3, 120).get(2).contains("inställt"));

        List<String> calendars = MailServer.attachmentsNamed(anna, "mote.ics");
        assertEquals(3, calendars.size());
        VEvent invited = event(calendars.get(0), "REQUEST");
        VEvent update = event(calendars.get(1), "REQUEST");
        VEvent cancelled = event(calendars.get(2), "CANCEL");
        assertEquals(value(invited, Property.UID), value(update, Property.UID));
        assertEquals(value(invited, Property.UID), value(cancelled, Property.UID));
        assertTrue(Integer.parseInt(value(update, Property.SEQUENCE)) > Integer.parseInt(value(invited, Property.SEQUENCE)));
        assertTrue(Integer.parseInt(value(cancelled, Property.SEQUENCE)) > Integer.parseInt(value(update, Property.SEQUENCE)));
        assertEquals("14", value(update, Property.DTSTART).substring(9, 11), "the new hour");
        assertEquals("CANCELLED", organiser.get("/api/series/" + series + "/meetings").jsonArray().getJsonObject(0)
                .getString("status"));

        String feed = new String(organiser.download("/api/series/" + series + "/calendar.ics").body(), StandardCharsets.UTF_8);
        assertEquals(3, new CalendarBuilder().build(new StringReader(feed)).getComponents("VEVENT").size());
        Api.Reply bad = organiser.post("/api/series/" + series + "/meetings",
                "{\"rrule\":\"FREQ=SOMETIMES\",\"firstStart\":\"%s\",\"durationMinutes\":60}".formatted(first));
        assertEquals(400, bad.status());
        assertTrue(bad.isProblem() && bad.body().contains("rrule"), bad.toString());
    }

    @Test
    void repliesAttendanceCarriedActionsApprovalAndStatistics() throws Exception {
        long series = series(organiser, "Nätverk tidiga insatser " + run);
        String anna = "anna2." + run + "@degerfors.example";
        long school = member(organiser, series, "Anna Berg", anna, "Bruksskolan", Sectors.SCHOOL);
        long police = member(organiser, series, "Per Polis", "per2." + run + "@polisen.example", "Polisen Karlskoga",
                Sectors.POLICE);
        LocalDateTime yesterday = LocalDateTime.now(STOCKHOLM).truncatedTo(ChronoUnit.HOURS).minusDays(1);
        LocalDateTime nextWeek = yesterday.plusDays(8);
        long held = meeting(organiser, series, yesterday);
        long next = meeting(organiser, series, nextWeek);

        organiser.post("/api/meetings/" + next + "/invitations", "");
        Matcher link = REPLY_LINK.matcher(MailServer.textsTo(anna, 1, 120).get(0));
        assertTrue(link.find());
        Api.Reply replied = anyone.put("/api/replies/" + link.group(1), "{\"reply\":\"NOT_COMING\",\"substitute\":\"Eva Ek\"}");
        assertEquals(200, replied.status(), replied.toString());
        assertEquals("NOT_COMING", replied.json().getString("reply"));
        assertEquals(404, anyone.get("/api/replies/" + "x".repeat(22)).status());
        JsonObject annaNext = attendanceOf(organiser.get("/api/meetings/" + next).json(), school);
        assertEquals("EXCUSED", annaNext.getString("status"));
        assertEquals("Eva Ek", annaNext.getString("substitute"));

        assertEquals(200, organiser.put("/api/meetings/" + held + "/attendance/" + school, "{\"status\":\"PRESENT\"}").status());
        assertEquals(200, organiser.put("/api/meetings/" + held + "/attendance/" + police, "{\"status\":\"ABSENT\"}").status());
        assertEquals(400, organiser.put("/api/meetings/" + held + "/attendance/" + police, "{\"status\":\"MAYBE\"}").status());
        Api.Reply action = organiser.post("/api/meetings/" + held + "/actions",
                "{\"text\":\"Bjud in fältgruppen\",\"ownerId\":%d,\"dueDate\":\"%s\"}".formatted(police, yesterday.toLocalDate()));
        assertEquals(201, action.status(), action.toString());
        long actionId = action.json().getJsonNumber("id").longValue();

        JsonObject upcoming = organiser.get("/api/meetings/" + next).json();
        JsonObject carried = upcoming.getJsonArray("actions").getJsonObject(0);
        assertEquals(actionId, carried.getJsonNumber("id").longValue());
        assertTrue(carried.getBoolean("carriedOver"));
        assertTrue(carried.getBoolean("overdue"));
        assertEquals(1, organiser.get("/api/series/" + series + "/actions?overdue=true").jsonArray().size());
        assertEquals(200, organiser.patch("/api/actions/" + actionId, "{\"status\":\"DONE\"}").status());
        assertEquals(0, organiser.get("/api/series/" + series + "/actions?overdue=true").jsonArray().size());

        JsonArray rates = organiser.get("/api/series/" + series + "/attendance").jsonArray();
        assertEquals("Polisen Karlskoga", rates.getJsonObject(0).getString("organisation"));
        assertEquals(0.0, rates.getJsonObject(0).getJsonNumber("rate").doubleValue());
        assertEquals(1, rates.getJsonObject(1).getInt("present"));
        assertEquals(1, rates.getJsonObject(1).getInt("meetings"), "next week's meeting is not held yet");
        JsonObject policeSector = organiser.get("/api/series/" + series + "/attendance?by=sector").jsonArray().getJsonObject(0);
        assertEquals("POLICE", policeSector.getString("sector"));
        assertFalse(policeSector.containsKey("organisation") && !policeSector.isNull("organisation"), policeSector.toString());
        String csv = new String(organiser.download("/api/series/" + series + "/attendance.csv").body(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("Polisen Karlskoga;POLICE;1;0;0.0"), csv);

        long item = organiser.post("/api/meetings/" + held + "/agenda", "{\"title\":\"Läget\"}").json().getJsonNumber("id").longValue();
        organiser.put("/api/meetings/" + held + "/agenda/" + item + "/minutes", "{\"text\":\"Lugnt i skolorna.\"}");
        assertEquals(409, organiser.post("/api/meetings/" + next + "/approval", "").status(), "not begun");
        assertEquals(200, organiser.post("/api/meetings/" + held + "/approval", "").status());
        assertEquals(409, organiser.post("/api/meetings/" + held + "/approval", "").status());
        assertTrue(organiser.get("/api/meetings/" + held).json().getJsonArray("amendments").isEmpty());
        organiser.put("/api/meetings/" + held + "/agenda/" + item + "/minutes", "{\"text\":\"Lugnt i alla skolor.\"}");
        JsonObject amended = organiser.get("/api/meetings/" + held).json();
        JsonObject amendment = amended.getJsonArray("amendments").getJsonObject(0);
        assertEquals("Lugnt i skolorna.", amendment.getString("before"));
        assertEquals("Lugnt i alla skolor.", amendment.getString("after"));
        assertEquals("admin", amendment.getString("by"));

        assertEquals(2, organiser.post("/api/meetings/" + held + "/minutes/mail", "").json().getInt("sent"));
        MailServer.textsTo(anna, 2, 120);
        assertTrue(MailServer.attachmentsTo(anna).containsKey("protokoll-" + yesterday.toLocalDate() + ".pdf"),
                MailServer.attachmentsTo(anna).keySet().toString());

        try (PDDocument pdf = Loader.loadPDF(organiser.download("/api/meetings/" + held + "/minutes.pdf").body())) {
            String text = PdfInspection.text(pdf);
            assertTrue(text.contains("Anna Berg") && text.contains("Per Polis") && text.contains("Lugnt i alla skolor."), text);
            assertTrue(text.contains("Justerat") && text.contains("Bjud in fältgruppen"), text);
            assertFalse(text.contains("UTKAST"), text);
        }

        assertEquals(200, organiser.delete("/api/series/" + series + "/members/" + police).status());
        JsonObject erased = organiser.get("/api/series/" + series + "/members").jsonArray().stream().map(JsonObject.class::cast)
                .filter(m -> m.getJsonNumber("id").longValue() == police).findFirst().orElseThrow();
        assertEquals("Borttagen person", erased.getString("name"));
        assertFalse(erased.getString("email").contains("per2."), erased.toString());
        assertEquals("Borttagen person", organiser.get("/api/series/" + series + "/actions").jsonArray().getJsonObject(0)
                .getString("owner"));
        assertTrue(organiser.get("/api/series/" + series + "/attendance").jsonArray().stream()
                .anyMatch(r -> "Polisen Karlskoga".equals(r.asJsonObject().getString("organisation"))),
                "the organisation still counts");
        assertFalse(organiser.get("/api/meetings/" + held).body().contains("Per Polis"));
    }

    @Test
    void aConvenerReachesOnlyTheirOwnSeries() {
        String convener = given.account("CONVENER");
        Api own = anyone.as(convener, Given.STAFF_PASSWORD);
        long theirs = series(own, "Egen serie " + run);
        long other = series(organiser, "Annan serie " + run);
        assertEquals(List.of(convener), own.get("/api/series/" + theirs).json().getJsonArray("conveners")
                .getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(403, own.get("/api/series/" + other).status());
        assertEquals(403, own.post("/api/series/" + other + "/members",
                "{\"name\":\"X\",\"email\":\"x@y.se\",\"organisation\":\"Y\",\"sector\":\"SCHOOL\"}").status());
        assertTrue(own.get("/api/series").jsonArray().stream()
                .noneMatch(s -> s.asJsonObject().getJsonNumber("id").longValue() == other));
        assertEquals(403, given.staff().get("/api/series/" + theirs).status());
        assertEquals(401, anyone.get("/api/series/" + theirs).status());
        assertEquals(404, organiser.get("/api/meetings/987654321").status());
        member(organiser, theirs, "A", "dup@y.se", "Y", Sectors.SCHOOL);
        assertEquals(409, organiser.post("/api/series/" + theirs + "/members",
                "{\"name\":\"B\",\"email\":\" DUP@y.se\",\"organisation\":\"Y\",\"sector\":\"SCHOOL\"}").status(),
                "the same address in other letters is the same member");
    }

    private static long series(Api api, String name) {
        Api.Reply created = api.post("/api/series", "{\"name\":\"%s\",\"purpose\":\"Samverkan för barn 0–20 år\"}".formatted(name));
        assertEquals(201, created.status(), created.toString());
        return created.json().getJsonNumber("id").longValue();
    }

    private static long member(Api api, long series, String name, String email, String organisation, String sector) {
        Api.Reply created = api.post("/api/series/" + series + "/members",
                "{\"name\":\"%s\",\"email\":\"%s\",\"organisation\":\"%s\",\"sector\":\"%s\"}"
                        .formatted(name, email, organisation, sector));
        assertEquals(201, created.status(), created.toString());
        return created.json().getJsonNumber("id").longValue();
    }

    private static long meeting(Api api, long series, LocalDateTime start) {
        Api.Reply created = api.post("/api/series/" + series + "/meetings",
                "{\"start\":\"%s\",\"end\":\"%s\",\"place\":\"https://video.example/est\"}".formatted(start, start.plusHours(2)));
        assertEquals(201, created.status(), created.toString());
        return created.jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static JsonObject attendanceOf(JsonObject meeting, long memberId) {
        return meeting.getJsonArray("attendance").stream().map(JsonObject.class::cast)
                .filter(a -> a.getJsonNumber("memberId").longValue() == memberId).findFirst().orElseThrow();
    }

    private static VEvent event(String ics, String method) throws Exception {
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        assertEquals(method, parsed.getProperty(Property.METHOD).orElseThrow().getValue());
        return (VEvent) parsed.getComponents("VEVENT").get(0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }
}
