package se.samverka.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.samverka.testdata.ProgrammeBuilder.aWorkshop;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.LocalDate;
import se.samverka.testdata.EventBuilder;
import se.samverka.testdata.ProgrammeBuilder.SessionSpec;
import se.samverka.testdata.RegistrationBuilder;

/**
 * Test data made through the API, as an organiser and a participant would make it: each test builds what it
 * needs ({@code Given.at(base).event(anEvent().withCapacity(5))}) rather than leaning on the demo conference.
 * Registrations go through the public endpoint, which is rate-limited per client address (600 a minute).
 */
public final class Given {

    public static final String STAFF_PASSWORD = "entre-vard-2027";

    private final Api organiser;
    private final Api anyone;

    private Given(Api anyone) {
        this.anyone = anyone;
        this.organiser = anyone.asAdmin();
    }

    public static Given at(URI base) {
        return new Given(Api.anonymous(base));
    }

    /** Creates the event as the organiser {@code admin}. */
    public CreatedEvent event(EventBuilder event) {
        Api.Reply created = organiser.post("/api/events", event.toJson());
        assertEquals(201, created.status(), created.toString());
        JsonObject json = created.json();
        return new CreatedEvent(json.getJsonNumber("id").longValue(), json.getString("slug"), json.getString("title"),
                event.firstDay());
    }

    /** Adds a room with this many seats to the event. */
    public void room(CreatedEvent event, String name, int seats) {
        Api.Reply created = organiser.post("/api/events/" + event.id() + "/rooms",
                Json.createObjectBuilder().add("name", name).add("seats", seats).build().toString());
        assertEquals(201, created.status(), created.toString());
    }

    /** Adds the session to the event's programme, its day counted from the event's first day; gives its id. */
    public long session(CreatedEvent event, SessionSpec session) {
        Api.Reply created = organiser.post("/api/events/" + event.id() + "/sessions", session.toJson(event.firstDay()));
        assertEquals(201, created.status(), created.toString());
        return created.json().getJsonNumber("id").longValue();
    }

    /** A workshop on the event's first day, from {@code hour} for 45 minutes, with this many seats. */
    public long workshop(CreatedEvent event, String title, int hour, int seats) {
        return session(event, aWorkshop(title).from("%02d:00".formatted(hour)).to("%02d:45".formatted(hour))
                .withSeats(seats));
    }

    /** Registers the person through the public API; the answer must be 201. */
    public Registered registration(CreatedEvent event, RegistrationBuilder person) {
        Api.Reply created = anyone.post("/api/events/" + event.id() + "/registrations", person.toJson());
        assertEquals(201, created.status(), created.toString());
        JsonObject json = created.json();
        return new Registered(json.getJsonNumber("id").longValue(), json.getString("manageToken"),
                json.getString("checkInCode"), json.getString("status"), person.email());
    }

    /** The person cancels through their own link; the answer must be 200. */
    public void cancellation(Registered person) {
        Api.Reply cancelled = anyone.delete("/api/registrations/" + person.manageToken());
        assertEquals(200, cancelled.status(), cancelled.toString());
    }

    /** A new STAFF account (door and badge work), and a client logged in as it. */
    public Api staff() {
        return anyone.as(staffAccount(), STAFF_PASSWORD);
    }

    /** A new STAFF account's user name (its password is {@link #STAFF_PASSWORD}), e.g. to log in a browser. */
    public String staffAccount() {
        String name = "personal-" + Long.toString(System.nanoTime(), 36);
        Api.Reply created = organiser.post("/api/accounts", """
                {"username":"%s","displayName":"Entrévärd","role":"STAFF","password":"%s"}
                """.formatted(name, STAFF_PASSWORD));
        assertEquals(201, created.status(), created.toString());
        return name;
    }

    /** A new account with this role (STAFF, CONVENER ...); its password is {@link #STAFF_PASSWORD}. */
    public String account(String role) {
        String name = role.toLowerCase(java.util.Locale.ROOT) + "-" + Long.toString(System.nanoTime(), 36);
        Api.Reply created = organiser.post("/api/accounts", """
                {"username":"%s","displayName":"Konto %s","role":"%s","password":"%s"}
                """.formatted(name, role, role, STAFF_PASSWORD));
        assertEquals(201, created.status(), created.toString());
        return name;
    }

    public Api organiser() {
        return organiser;
    }

    public Api anyone() {
        return anyone;
    }

    /** An event the test made: its id, public address (slug), title and first day. */
    public record CreatedEvent(long id, String slug, String title, LocalDate firstDay) {
    }

    /** A registration the test made, with the private token its owner got. */
    public record Registered(long id, String manageToken, String checkInCode, String status, String email) {
    }
}
