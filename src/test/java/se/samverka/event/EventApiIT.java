package se.samverka.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.testdata.EventBuilder.aNetworkMeeting;
import static se.samverka.testdata.EventBuilder.anEvent;
import static se.samverka.testdata.ProgrammeBuilder.aTalk;
import static se.samverka.testdata.ProgrammeBuilder.aWorkshop;
import static se.samverka.testdata.RegistrationBuilder.aRegistration;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverka.demo.DemoConference;
import se.samverka.testdata.EventBuilder;
import se.samverka.testing.Api;
import se.samverka.testing.Deployments;
import se.samverka.testing.Given;
import se.samverka.testing.Given.CreatedEvent;
import se.samverka.testing.SharedServer;

/** The events API over HTTP: reading, writing with the right role, and problem JSON for every error. */
@ExtendWith(SharedServer.class)
class EventApiIT {

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

    @Test
    void anEventWithoutPublishedIsPublishedAndListedForAnyone() {
        CreatedEvent event = given.event(anEvent().titled("Utan published-fält " + unique()));
        JsonObject read = anonymous.get("/api/events/" + event.id()).json();
        assertTrue(read.getBoolean("published"), read.toString());
        assertTrue(listed(anonymous, event.slug()), "API clients from before drafts get public events");
        assertEquals(200, page(anonymous, "/e/" + event.slug()).status());
    }

    @Test
    void aDraftIsNotListedPubliclyNorOpenForRegistrationUntilPublished() {
        EventBuilder draft = anEvent().titled("Utkastkonferens " + unique()).asDraft();
        Api.Reply created = organiser.post("/api/events", draft.toJson());
        assertEquals(201, created.status(), created.toString());
        assertFalse(created.json().getBoolean("published"));
        long id = created.json().getJsonNumber("id").longValue();
        String slug = created.json().getString("slug");

        assertFalse(listed(anonymous, slug), "not in the public API listing");
        assertTrue(listed(organiser, slug), "organisers see their drafts");
        assertFalse(page(anonymous, "/").body().contains(draft.title()), "not on the public start page");
        Api.Reply hidden = anonymous.get("/api/events/" + id);
        assertEquals(404, hidden.status(), hidden.toString());
        assertTrue(hidden.isProblem());
        assertEquals(200, organiser.get("/api/events/" + id).status());
        assertEquals(404, page(anonymous, "/e/" + slug).status(), "its public page is as if it did not exist");
        assertEquals(404, page(anonymous, "/e/" + slug + "/register").status());
        for (String programme : List.of("/sessions", "/program.pdf", "/program.ics")) {
            assertEquals(404, page(anonymous, "/api/events/" + id + programme).status(), programme);
            assertEquals(200, page(organiser, "/api/events/" + id + programme).status(), programme);
        }
        Page preview = page(organiser, "/e/" + slug);
        assertEquals(200, preview.status(), "an organiser previews it");
        assertTrue(preview.body().contains("id=\"draft-preview\""), "and is told that it is a draft");
        Api.Reply refused = anonymous.post("/api/events/" + id + "/registrations", aRegistration().toJson());
        assertEquals(404, refused.status(), refused.toString());
        assertEquals(0, organiser.get("/api/events/" + id + "/registrations").jsonArray().size(), "nothing half-saved");

        Api.Reply published = organiser.put("/api/events/" + id, draft.withSlug(slug).published().toJson());
        assertEquals(200, published.status(), published.toString());
        assertTrue(published.json().getBoolean("published"));
        assertTrue(listed(anonymous, slug));
        assertTrue(page(anonymous, "/").body().contains(draft.title()));
        assertEquals(200, page(anonymous, "/e/" + slug + "/register").status());
        assertEquals(201, anonymous.post("/api/events/" + id + "/registrations", aRegistration().toJson()).status());
    }

    @Test
    void theContactRoundTripsAndShowsOnThePublicPages() {
        EventBuilder event = anEvent().titled("Kontaktdag " + unique())
                .withContact("  Anna Berglund ", "anna.berglund@degerfors.example", "0586-480 00")
                .remindingDaysBefore(7);
        Api.Reply created = organiser.post("/api/events", event.toJson());
        assertEquals(201, created.status(), created.toString());
        JsonObject json = created.json();
        assertEquals("Anna Berglund", json.getString("contactName"), "trimmed");
        assertEquals("anna.berglund@degerfors.example", json.getString("contactEmail"));
        assertEquals("0586-480 00", json.getString("contactPhone"));
        assertEquals(7, json.getInt("reminderDays"));
        String path = "/api/events/" + json.getJsonNumber("id").longValue();
        String slug = json.getString("slug");

        String programme = page(anonymous, "/e/" + slug).body();
        assertTrue(programme.contains("Anna Berglund"), programme);
        assertTrue(programme.contains("mailto:anna.berglund@degerfors.example"));
        assertTrue(programme.contains("0586-480 00"));
        String form = page(anonymous, "/e/" + slug + "/register").body();
        assertTrue(form.contains("Anna Berglund") && form.contains("anna.berglund@degerfors.example"), form);

        Api.Reply changed = organiser.put(path, event.withSlug(slug).withContact("Bo Ek", "", null).toJson());
        assertEquals(200, changed.status(), changed.toString());
        JsonObject read = organiser.get(path).json();
        assertEquals("Bo Ek", read.getString("contactName"));
        assertTrue(read.isNull("contactEmail"), "blank clears it");
        assertTrue(read.isNull("contactPhone"));
        assertTrue(read.getBoolean("published"), "a PUT without published keeps the event as it was");

        Api.Reply badEmail = organiser.put(path, event.withContact("Bo Ek", "bo at degerfors", null).toJson());
        assertEquals(400, badEmail.status(), badEmail.toString());
        assertEquals("contactEmail", badEmail.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply badDays = organiser.put(path, event.withContact("Bo Ek", null, null).remindingDaysBefore(61).toJson());
        assertEquals(400, badDays.status(), badDays.toString());
        assertEquals("reminderDays", badDays.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("Bo Ek", organiser.get(path).json().getString("contactName"), "nothing half-saved");
        assertEquals(7, organiser.get(path).json().getInt("reminderDays"));
    }

    /**
     * The copy of an event with rooms, day hours, a programme and registrations, moved 364 days on (a year
     * later, on the same weekday). Speakers can only be made on the admin page, so the sessions borrow two
     * speakers of the demo conference (read only); that questions are copied is checked in the browser, where
     * questions are made.
     */
    @Test
    void aCopyHasTheProgrammeShiftedAndNoRegistrationsAndIsADraft() {
        EventBuilder original = anEvent().titled("Samverkansdagarna " + unique()).lastingDays(2).withCapacity(80)
                .withContact("Anna Berglund", "anna@degerfors.example", null).remindingDaysBefore(5);
        LocalDateTime opens = LocalDate.now().minusDays(1).atTime(8, 0);
        original.registrationBetween(opens, original.firstDay().minusDays(3).atTime(23, 59));
        CreatedEvent event = given.event(original);
        given.room(event, "Stora salen", 90);
        given.room(event, "Sal Möckeln", 25);
        LocalDate second = event.firstDay().plusDays(1);
        assertEquals(200, organiser.put("/api/events/" + event.id() + "/days/" + second,
                "{\"startsAt\":\"09:15\",\"endsAt\":\"15:00\"}").status());
        List<Long> speakers = demoSpeakers();
        given.session(event, aTalk("Välkommen").from("09:00").to("09:30").in("Stora salen"));
        given.session(event, aWorkshop("Tidiga insatser").onDay(2).from("10:00").to("11:30").in("Sal Möckeln")
                .withSeats(25));
        String talk = """
                {"title":"Risk och skydd","kind":"TALK","start":"%sT13:00:00","end":"%sT14:00:00","room":"Stora salen",
                 "speakerIds":[%d,%d]}""".formatted(event.firstDay(), event.firstDay(), speakers.get(0), speakers.get(1));
        assertEquals(201, organiser.post("/api/events/" + event.id() + "/sessions", talk).status());
        given.registration(event, aRegistration());
        given.registration(event, aRegistration());

        LocalDate newStart = event.firstDay().plusDays(364);
        Api.Reply copied = organiser.post("/api/events/" + event.id() + "/copy",
                "{\"startDate\":\"" + newStart + "\",\"title\":\"Samverkansdagarna nästa år " + unique() + "\"}");
        assertEquals(201, copied.status(), copied.toString());
        JsonObject copy = copied.json();
        long copyId = copy.getJsonNumber("id").longValue();
        assertEquals("/api/events/" + copyId, URI.create(copied.location()).getPath());
        assertEquals(organiser.get("/api/events/" + copyId).json(), copy, "the same shape as GET /api/events/{id}");
        assertFalse(copy.getBoolean("published"), "a copy starts as a draft");
        assertTrue(copy.getString("title").startsWith("Samverkansdagarna nästa år"));
        assertFalse(copy.getString("slug").equals(event.slug()));
        assertEquals(newStart.toString(), copy.getString("startDate"));
        assertEquals(newStart.plusDays(1).toString(), copy.getString("endDate"));
        assertEquals(80, copy.getInt("capacity"));
        assertEquals("Anna Berglund", copy.getString("contactName"));
        assertEquals(5, copy.getInt("reminderDays"));
        assertEquals(opens.plusDays(364).toString() + ":00",
                copy.getString("registrationOpens"), "the window moves with the event");
        assertEquals("09:15:00", copy.getJsonArray("days").getJsonObject(1).getString("startsAt"), "same day hours");
        assertEquals(List.of("Sal Möckeln", "Stora salen"), copy.getJsonArray("rooms").getValuesAs(JsonObject.class)
                .stream().map(r -> r.getString("name")).toList());

        List<JsonObject> before = sessions(event.id());
        List<JsonObject> after = sessions(copyId);
        assertEquals(3, after.size());
        for (int i = 0; i < before.size(); i++) {
            JsonObject was = before.get(i);
            JsonObject is = after.get(i);
            assertEquals(was.getString("title"), is.getString("title"));
            assertEquals(LocalDateTime.parse(was.getString("start")).plusDays(364), LocalDateTime.parse(is.getString("start")));
            assertEquals(LocalDateTime.parse(was.getString("end")).plusDays(364), LocalDateTime.parse(is.getString("end")));
            assertEquals(was.getString("room"), is.getString("room"));
            assertEquals(was.get("capacity"), is.get("capacity"));
            assertEquals(speakerIds(was), speakerIds(is));
        }
        assertEquals(speakers, speakerIds(after.stream().filter(x -> x.getString("title").equals("Risk och skydd"))
                .findFirst().orElseThrow()), "the talk keeps both its speakers");

        assertEquals(0, organiser.get("/api/events/" + copyId + "/registrations").jsonArray().size(), "no registrations");
        assertEquals(2, organiser.get("/api/events/" + event.id() + "/registrations").jsonArray().size(),
                "the original keeps its own");
        assertFalse(listed(anonymous, copy.getString("slug")));
    }

    @Test
    void aCopyNeedsAStartDateAnOrganiserAndAnExistingEvent() {
        CreatedEvent event = given.event(anEvent().lastingDays(1));
        String path = "/api/events/" + event.id() + "/copy";
        for (String body : List.of("{}", "{\"startDate\":\"tisdag\"}", "{\"startDate\":null,\"title\":\"X\"}",
                "{\"startDate\":\"1850-01-01\"}")) {
            Api.Reply reply = organiser.post(path, body);
            assertEquals(400, reply.status(), body + " -> " + reply);
            assertTrue(reply.isProblem());
            assertEquals("startDate", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"), body);
        }
        Api.Reply unknown = organiser.post("/api/events/987654321/copy", "{\"startDate\":\"2030-05-14\"}");
        assertEquals(404, unknown.status(), unknown.toString());
        assertTrue(unknown.isProblem());
        assertEquals(401, anonymous.post(path, "{\"startDate\":\"2030-05-14\"}").status());
        long events = organiser.get("/api/events").jsonArray().size();
        assertEquals(201, organiser.post(path, "{\"startDate\":\"2030-05-14\"}").status(), "the title is optional");
        assertEquals(events + 1, organiser.get("/api/events").jsonArray().size());
    }

    private boolean listed(Api api, String slug) {
        return api.get("/api/events").jsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("slug").equals(slug));
    }

    /** A public page as a browser fetches it (an organiser's client sends its credentials). */
    private static Page page(Api api, String path) {
        HttpResponse<byte[]> response = api.download(path);
        return new Page(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
    }

    /** A page's status and HTML. */
    private record Page(int status, String body) {
    }

    private List<JsonObject> sessions(long eventId) {
        return organiser.get("/api/events/" + eventId + "/sessions").jsonArray().getValuesAs(JsonObject.class);
    }

    private static List<Long> speakerIds(JsonObject session) {
        return session.getJsonArray("speakers").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getJsonNumber("id").longValue()).sorted().toList();
    }

    /** Two speakers of the demo conference, by id. */
    private List<Long> demoSpeakers() {
        JsonObject demo = anonymous.get("/api/events").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("slug").equals(DemoConference.SLUG)).findFirst().orElseThrow();
        return sessionsOf(demo.getJsonNumber("id").longValue()).stream()
                .flatMap(s -> s.getJsonArray("speakers").getValuesAs(JsonObject.class).stream())
                .map(s -> s.getJsonNumber("id").longValue()).distinct().sorted().limit(2).toList();
    }

    private List<JsonObject> sessionsOf(long eventId) {
        return anonymous.get("/api/events/" + eventId + "/sessions").jsonArray().getValuesAs(JsonObject.class);
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
