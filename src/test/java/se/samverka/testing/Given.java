package se.samverka.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.LocalDate;
import se.samverka.testdata.EventBuilder;
import se.samverka.testdata.RegistrationBuilder;

/**
 * Test data made through the API, as an organiser and a participant would make it: each test builds what it
 * needs ({@code Given.at(base).event(anEvent().withCapacity(5))}) rather than leaning on the demo conference.
 */
public final class Given {

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
        return new CreatedEvent(json.getJsonNumber("id").longValue(), json.getString("slug"), event.firstDay());
    }

    /** A workshop on the event's first day, from {@code hour} for 45 minutes, with this many seats. */
    public long workshop(CreatedEvent event, String title, int hour, int seats) {
        Api.Reply created = organiser.post("/api/events/" + event.id() + "/sessions", """
                {"title":"%s","kind":"WORKSHOP","start":"%sT%02d:00","end":"%sT%02d:45","capacity":%d}
                """.formatted(title, event.firstDay(), hour, event.firstDay(), hour, seats));
        assertEquals(201, created.status(), created.toString());
        return created.json().getJsonNumber("id").longValue();
    }

    /** Registers the person through the public API; the answer must be 201. */
    public Registered registration(CreatedEvent event, RegistrationBuilder person) {
        Api.Reply created = anyone.post("/api/events/" + event.id() + "/registrations", person.toJson());
        assertEquals(201, created.status(), created.toString());
        JsonObject json = created.json();
        return new Registered(json.getJsonNumber("id").longValue(), json.getString("manageToken"),
                json.getString("checkInCode"), json.getString("status"), person.email());
    }

    /** A new STAFF account (door and badge work), and a client logged in as it. */
    public Api staff() {
        String name = "personal-" + Long.toString(System.nanoTime(), 36);
        Api.Reply created = organiser.post("/api/accounts", """
                {"username":"%s","displayName":"Entrévärd","role":"STAFF","password":"entre-vard-2027"}
                """.formatted(name));
        assertEquals(201, created.status(), created.toString());
        return anyone.as(name, "entre-vard-2027");
    }

    public Api organiser() {
        return organiser;
    }

    public Api anyone() {
        return anyone;
    }

    /** An event the test made: its id, public address (slug) and first day. */
    public record CreatedEvent(long id, String slug, LocalDate firstDay) {
    }

    /** A registration the test made, with the private token its owner got. */
    public record Registered(long id, String manageToken, String checkInCode, String status, String email) {
    }
}
