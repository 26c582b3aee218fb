package se.samverka.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.api.HostileInput.Kind.CHOICE;
import static se.samverka.api.HostileInput.Kind.DATE;
import static se.samverka.api.HostileInput.Kind.DATE_LIST;
import static se.samverka.api.HostileInput.Kind.DATE_TIME;
import static se.samverka.api.HostileInput.Kind.EMAIL;
import static se.samverka.api.HostileInput.Kind.ID_LIST;
import static se.samverka.api.HostileInput.Kind.MULTI_LINE;
import static se.samverka.api.HostileInput.Kind.ONE_LINE;
import static se.samverka.api.HostileInput.Kind.TEXT_MAP;
import static se.samverka.api.HostileInput.Kind.TIME;
import static se.samverka.api.HostileInput.Kind.WHOLE_NUMBER;
import static se.samverka.api.HostileInput.Kind.YES_NO;
import static se.samverka.api.HostileInput.text;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.api.HostileInput.Case;
import se.samverka.api.HostileInput.Field;
import se.samverka.testdata.EventBuilder;
import se.samverka.testing.Api;
import se.samverka.testing.AppServer;
import se.samverka.testing.FormLogin;
import se.samverka.testing.Given;
import se.samverka.testing.Given.CreatedEvent;

/**
 * The hostile-input suite: generated hostile requests against the public registration API, the manage-link API
 * and the organiser's JSON API. Each must be answered with a 4xx problem JSON (never a 5xx), and leave every
 * count and the changed resource exactly as they were. Every run sends, for every field of every body, each
 * kind of value that field must refuse ({@link HostileInput#categories}): on the public and manage-link
 * APIs every value of each kind (they cost little), on the organiser's API one value of each kind, which the
 * run's seed chooses (each of those requests is a Basic login, a PBKDF2 hash). Drawing bodies at random
 * instead, as this suite did with QuickTheories, sent over a thousand requests and still left a few kinds out
 * in most runs. Injection texts, which are hostile only in meaning, must be stored and read back exactly.
 * Its own server, with the public rate limit out of the way; the tally goes to
 * {@code target/hostile-input.txt}. {@code -Dhostile.seed=...} repeats a run's choices.
 */
class HostileInputIT {

    /** Every value of each kind of hostile input, for APIs without a password hash per request. */
    private static final int EVERY_VALUE = Integer.MAX_VALUE;
    /** One value of each kind of hostile input (chosen by the seed), where each request is an HTTP Basic login. */
    private static final int EACH_KIND_ONCE = 1;
    private static final long SEED = Long.getLong("hostile.seed", System.nanoTime());
    private static final Random RANDOM = new Random(SEED);

    private static final AtomicInteger TRIED = new AtomicInteger();
    private static final AtomicInteger REFUSED = new AtomicInteger();
    private static final AtomicInteger SERVER_ERRORS = new AtomicInteger();

    private static AppServer server;
    private static Api anyone;
    private static Api organiser;
    /** The organiser's reads through a logged-in session: no password hash per read, so the suite stays quick. */
    private static Api reader;
    private static CreatedEvent event;
    private static long workshop;
    private static String token;
    private static long registrationId;

    @BeforeAll
    static void start() {
        server = AppServer.on("jdbc:h2:mem:hostile;DB_CLOSE_DELAY=-1", Path.of("target", "hostile-input-it"), Map.of())
                .start();
        Given given = Given.at(server.base());
        anyone = given.anyone();
        organiser = given.organiser();
        event = given.event(EventBuilder.anEvent().withCapacity(1000).lastingDays(2));
        workshop = given.workshop(event, "Workshop A", 10, 20);
        var registered = given.registration(event, se.samverka.testdata.RegistrationBuilder.aRegistration());
        token = registered.manageToken();
        registrationId = registered.id();
        reader = anyone.withHeader("Cookie", FormLogin.sessionCookie(server.base(), "admin", AppServer.ADMIN_PASSWORD));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        String line = "tried %d, refused %d, 5xx %d, lost 0 (seed %d)%n".formatted(TRIED.get(), REFUSED.get(),
                SERVER_ERRORS.get(), SEED);
        System.out.print("hostile input: " + line);
        Files.writeString(Path.of("target", "hostile-input.txt"), line, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    @Test
    void publicRegistrationRefusesEveryHostileBody() {
        Map<String, String> valid = fields(
                "firstName", text("Anna"), "lastName", text("Svensson"), "email", text("hostile@degerfors.example"),
                "phone", text("0586-480 00"), "organisation", text("Strömtorpsskolan"), "sector", text("SCHOOL"),
                "title", text("Kurator"), "days", "[" + text(event.firstDay().toString()) + "]",
                "sessionIds", "[" + workshop + "]", "dietary", text("Vegetarisk"), "accessibility", text("Hörslinga"),
                "answers", "{}", "consentPrivacy", "true", "consentListed", "false");
        List<Field> fields = List.of(new Field("firstName", ONE_LINE, 100, true), new Field("lastName", ONE_LINE, 100, true),
                new Field("email", EMAIL, 254, true), new Field("phone", ONE_LINE, 40, false),
                new Field("organisation", ONE_LINE, 200, true), new Field("sector", CHOICE, 40, true),
                new Field("title", ONE_LINE, 200, false), new Field("days", DATE_LIST, 0, false),
                new Field("sessionIds", ID_LIST, 0, false), new Field("dietary", MULTI_LINE, 1000, false),
                new Field("accessibility", MULTI_LINE, 1000, false), new Field("answers", TEXT_MAP, 0, false),
                new Field("consentPrivacy", YES_NO, 0, true), new Field("consentListed", YES_NO, 0, false));
        refusesAll(EVERY_VALUE, valid, fields, "POST", "/api/events/" + event.id() + "/registrations",
                () -> reader.get("/api/events/" + event.id() + "/registrations").body());
    }

    @Test
    void theManageLinkRefusesEveryHostileChange() {
        Map<String, String> valid = fields("dietary", text("Glutenfri"), "consentListed", "true");
        List<Field> fields = List.of(new Field("sessionIds", ID_LIST, 0, false), new Field("answers", TEXT_MAP, 0, false),
                new Field("days", DATE_LIST, 0, false), new Field("dietary", MULTI_LINE, 1000, false),
                new Field("accessibility", MULTI_LINE, 1000, false), new Field("consentListed", YES_NO, 0, false));
        refusesAll(EVERY_VALUE, valid, fields, "PATCH", "/api/registrations/" + token,
                () -> anyone.get("/api/registrations/" + token).body());
    }

    @Test
    void theOrganiserApiRefusesEveryHostileBody() {
        Map<String, String> eventBody = fields("title", text("Nätverksträff"), "type", text("NETWORK_MEETING"),
                "startDate", text("2031-05-06"), "endDate", text("2031-05-07"), "slug", text("natverkstraff-fientlig"),
                "venue", text("Folkets hus"), "description", text("Om TSI\noch samverkan"), "capacity", "40",
                "registrationOpens", text("2031-01-01T08:00"), "registrationCloses", text("2031-05-01T16:00"),
                "contactName", text("Anna Berglund"), "contactEmail", text("anna@degerfors.example"),
                "contactPhone", text("0586-480 00"), "reminderDays", "7", "published", "true");
        List<Field> eventFields = List.of(new Field("title", ONE_LINE, 255, true), new Field("type", CHOICE, 0, true),
                new Field("startDate", DATE, 0, true), new Field("endDate", DATE, 0, true),
                new Field("slug", ONE_LINE, 80, false), new Field("venue", ONE_LINE, 255, false),
                new Field("description", MULTI_LINE, 10_000, false), new Field("capacity", WHOLE_NUMBER, 0, false),
                new Field("registrationOpens", DATE_TIME, 0, false), new Field("registrationCloses", DATE_TIME, 0, false),
                new Field("contactName", ONE_LINE, 200, false), new Field("contactEmail", EMAIL, 254, false),
                new Field("contactPhone", ONE_LINE, 40, false), new Field("reminderDays", WHOLE_NUMBER, 0, false),
                new Field("published", YES_NO, 0, false));
        Supplier<String> allEvents = () -> reader.get("/api/events").body();
        Supplier<String> ourEvent = () -> reader.get("/api/events/" + event.id()).body();
        refusesAll(EACH_KIND_ONCE, eventBody, eventFields, "POST", "/api/events", allEvents);
        refusesAll(EACH_KIND_ONCE, eventBody, eventFields, "PUT", "/api/events/" + event.id(), ourEvent);
        refusesAll(EACH_KIND_ONCE, fields("startDate", text("2031-06-03"), "title", text("Kopia")),
                List.of(new Field("startDate", DATE, 0, true), new Field("title", ONE_LINE, 255, false)),
                "POST", "/api/events/" + event.id() + "/copy", allEvents);

        refusesAll(EACH_KIND_ONCE, fields("name", text("Stora salen"), "seats", "120"),
                List.of(new Field("name", ONE_LINE, 255, true), new Field("seats", WHOLE_NUMBER, 0, false)),
                "POST", "/api/events/" + event.id() + "/rooms", ourEvent);

        String day = event.firstDay().toString();
        refusesAll(EACH_KIND_ONCE, fields("title", text("Rörelseförståelse"), "kind", text("TALK"),
                "start", text(day + "T13:00"), "end", text(day + "T14:00"), "capacity", "30", "speakerIds", "[]",
                "abstract", text("Motivation i stället för planer")),
                List.of(new Field("title", ONE_LINE, 255, true), new Field("kind", CHOICE, 0, true),
                        new Field("start", DATE_TIME, 0, true), new Field("end", DATE_TIME, 0, true),
                        new Field("room", ONE_LINE, 255, false), new Field("capacity", WHOLE_NUMBER, 0, false),
                        new Field("speakerIds", ID_LIST, 0, false), new Field("theme", ONE_LINE, 255, false),
                        new Field("abstract", MULTI_LINE, 10_000, false)),
                "POST", "/api/events/" + event.id() + "/sessions",
                () -> reader.get("/api/events/" + event.id() + "/sessions").body());

        refusesAll(EACH_KIND_ONCE, fields("startsAt", text("08:30"), "endsAt", text("16:00")),
                List.of(new Field("startsAt", TIME, 0, true), new Field("endsAt", TIME, 0, true)),
                "PUT", "/api/events/" + event.id() + "/days/" + day, ourEvent);

        refusesAll(EACH_KIND_ONCE, fields("username", text("fientlig-personal"), "displayName", text("Personal"),
                "role", text("STAFF"), "password", text("ett-langt-losenord")),
                List.of(new Field("username", ONE_LINE, 64, true), new Field("displayName", ONE_LINE, 200, false),
                        new Field("role", CHOICE, 0, true)),
                "POST", "/api/accounts", () -> reader.get("/api/accounts").body());
    }

    @Test
    void theCockpitApiRefusesEveryHostileBody() {
        String messages = "/api/events/" + event.id() + "/messages";
        refusesAll(EACH_KIND_ONCE, fields("subject", text("Inför konferensen"),
                        "body", text("Hej {förnamn}!\nVälkommen till {evenemang}.")),
                List.of(new Field("subject", ONE_LINE, 200, true), new Field("body", MULTI_LINE, 10_000, true)),
                "POST", messages, () -> reader.get(messages).body());
        String registration = "/api/events/" + event.id() + "/registrations/" + registrationId;
        refusesAll(EACH_KIND_ONCE, fields("firstName", text("Anna"), "organisation", text("Bruksskolan"),
                        "days", "[" + text(event.firstDay().toString()) + "]", "sessionIds", "[" + workshop + "]",
                        "dietary", text("Vegan"), "answers", "{}"),
                List.of(new Field("firstName", ONE_LINE, 100, false), new Field("organisation", ONE_LINE, 200, false),
                        new Field("days", DATE_LIST, 0, false), new Field("sessionIds", ID_LIST, 0, false),
                        new Field("dietary", MULTI_LINE, 1000, false), new Field("answers", TEXT_MAP, 0, false)),
                "PATCH", registration, () -> anyone.get("/api/registrations/" + token).body());
    }

    @Test
    void theNetworkMeetingApiRefusesEveryHostileBody() {
        long series = organiser.post("/api/series", "{\"name\":\"EST-gruppen fientlig\"}").json().getJsonNumber("id").longValue();
        long member = organiser.post("/api/series/" + series + "/members", "{\"name\":\"Anna Berg\","
                + "\"email\":\"anna.hostile@degerfors.example\",\"organisation\":\"Bruksskolan\",\"sector\":\"SCHOOL\"}")
                .json().getJsonNumber("id").longValue();
        String start = event.firstDay() + "T13:00";
        long meeting = organiser.post("/api/series/" + series + "/meetings", "{\"start\":\"%s\",\"end\":\"%s\"}"
                .formatted(start, event.firstDay() + "T15:00")).jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        Supplier<String> ourSeries = () -> reader.get("/api/series/" + series).body()
                + reader.get("/api/series/" + series + "/members").body() + reader.get("/api/series/" + series + "/meetings").body();
        Supplier<String> ourMeeting = () -> reader.get("/api/meetings/" + meeting).body();

        refusesAll(EACH_KIND_ONCE, fields("name", text("Nätverket TSI"), "purpose", text("Tidiga insatser\n0–20 år"),
                "reminderDays", "3"), List.of(new Field("name", ONE_LINE, 200, true),
                        new Field("purpose", MULTI_LINE, 2000, false), new Field("reminderDays", WHOLE_NUMBER, 0, false)),
                "PUT", "/api/series/" + series, ourSeries);
        refusesAll(EACH_KIND_ONCE, fields("name", text("Per Polis"), "email", text("per.hostile@polisen.example"),
                "organisation", text("Polisen"), "sector", text("POLICE")),
                List.of(new Field("name", ONE_LINE, 200, true), new Field("email", EMAIL, 320, true),
                        new Field("organisation", ONE_LINE, 200, true), new Field("sector", CHOICE, 40, true)),
                "POST", "/api/series/" + series + "/members", ourSeries);
        refusesAll(EACH_KIND_ONCE, fields("start", text(start), "end", text(event.firstDay() + "T14:00"),
                "place", text("Kommunhuset")), List.of(new Field("start", DATE_TIME, 0, true),
                        new Field("end", DATE_TIME, 0, true), new Field("place", ONE_LINE, 500, false)),
                "POST", "/api/series/" + series + "/meetings", ourSeries);
        refusesAll(EACH_KIND_ONCE, fields("status", text("EXCUSED"), "substitute", text("Eva Ek")),
                List.of(new Field("status", CHOICE, 0, true), new Field("substitute", ONE_LINE, 200, false)),
                "PUT", "/api/meetings/" + meeting + "/attendance/" + member, ourMeeting);
        refusesAll(EACH_KIND_ONCE, fields("text", text("Bjud in fältgruppen"), "ownerId", String.valueOf(member),
                "dueDate", text(event.firstDay().toString())), List.of(new Field("text", MULTI_LINE, 1000, true),
                        new Field("ownerId", WHOLE_NUMBER, 0, true), new Field("dueDate", DATE, 0, false)),
                "POST", "/api/meetings/" + meeting + "/actions", ourMeeting);
    }

    @Test
    void bodiesThatAreNoJsonObjectAtAllAreRefused() {
        for (String path : List.of("/api/events/" + event.id() + "/registrations", "/api/registrations/" + token)) {
            Supplier<String> state = () -> reader.get("/api/events/" + event.id() + "/registrations").body()
                    + anyone.get("/api/registrations/" + token).body();
            List<Case> junk = HostileInput.junk(RANDOM).stream().map(body -> new Case("body", "junk", body)).toList();
            refusesAll(junk, path.contains("/registrations/") ? "PATCH" : "POST", path, state);
        }
    }

    /**
     * Texts hostile only in meaning are kept and shown back exactly as given, never run or cut: each as a name
     * and as an organisation.
     */
    @Test
    void injectionTextsAreStoredAndReadBackExactly() {
        List<String> injections = HostileInput.INJECTIONS;
        int shift = 1 + RANDOM.nextInt(injections.size() - 1);
        for (int i = 0; i < injections.size(); i++) {
            String first = injections.get(i);
            String organisation = injections.get((i + shift) % injections.size());
            String email = "injektion-" + i + "-" + System.nanoTime() + "@degerfors.example";
            String body = HostileInput.json(fields("firstName", text(first), "lastName", text("Svensson"),
                    "email", text(email), "organisation", text(organisation), "sector", text("SCHOOL"),
                    "consentPrivacy", "true"));
            Api.Reply created = anyone.post("/api/events/" + event.id() + "/registrations", body);
            assertEquals(201, created.status(), created.toString());
            var stored = anyone.get("/api/registrations/" + created.json().getString("manageToken")).json();
            assertEquals(first, stored.getString("firstName"));
            assertEquals(organisation, stored.getString("organisation"));
        }
    }

    /** Each field made hostile in each way it must refuse, up to this many values of each kind. */
    private static void refusesAll(int perKind, Map<String, String> valid, List<Field> fields, String method, String path,
            Supplier<String> state) {
        refusesAll(HostileInput.cases(valid, fields, perKind, RANDOM), method, path, state);
    }

    private static void refusesAll(List<Case> cases, String method, String path, Supplier<String> state) {
        for (Case hostile : cases) {
            String before = state.get();
            Api.Reply reply = client(path).send(method, path, "application/json",
                    hostile.body().getBytes(StandardCharsets.UTF_8));
            TRIED.incrementAndGet();
            if (reply.status() >= 500) {
                SERVER_ERRORS.incrementAndGet();
            }
            String what = method + " " + path + " with " + hostile + " (-Dhostile.seed=" + SEED + ")";
            assertTrue(reply.status() >= 400 && reply.status() < 500, what + " -> " + reply);
            assertTrue(reply.isProblem(), "a problem JSON for " + what + ": " + reply);
            REFUSED.incrementAndGet();
            assertEquals(before, state.get(), "nothing changed by " + what);
        }
    }

    private static Api client(String path) {
        return path.startsWith("/api/registrations/") || path.endsWith("/registrations") ? anyone : organiser;
    }

    private static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }
}
