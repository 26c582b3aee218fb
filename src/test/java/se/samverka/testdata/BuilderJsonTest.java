package se.samverka.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.testdata.EventBuilder.aNetworkMeeting;
import static se.samverka.testdata.EventBuilder.anEvent;
import static se.samverka.testdata.ProgrammeBuilder.aTalk;
import static se.samverka.testdata.ProgrammeBuilder.aWorkshop;
import static se.samverka.testdata.RegistrationBuilder.aRegistration;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import se.samverka.api.StrictJsonReader;
import se.samverka.event.EventDetails;
import se.samverka.program.SessionDetails;
import se.samverka.program.SessionKind;
import se.samverka.registration.RegistrationRequest;

/** What the builders post is what the API reads: their JSON, read as the server reads it, is the record built. */
class BuilderJsonTest {

    @Test
    void anEventReadsBackAsBuilt() {
        LocalDate day = LocalDate.of(2031, 5, 6);
        EventBuilder meeting = aNetworkMeeting().titled("Nätverksträff & fika").withSlug("natverkstraff-fika")
                .startingOn(day).lastingDays(3).at("Kommunhuset, Degerfors").described("Om samverkan")
                .withCapacity(40).registrationBetween(day.minusWeeks(5).atTime(8, 0), day.minusDays(5).atTime(23, 59));

        assertEquals(meeting.build(), read(EventDetails.class, meeting.toJson()));
        assertTrue(meeting.toJson().contains("\"registrationOpens\":\"2031-04-01T08:00:00\""), meeting.toJson());
    }

    @Test
    void anEventIsUpcomingWithOpenRegistrationByDefault() {
        EventDetails event = anEvent().build();

        assertTrue(event.startDate().isAfter(LocalDate.now().plusWeeks(7)), event.toString());
        assertEquals(event.startDate().plusDays(1), event.endDate());
        assertTrue(event.registrationOpens() == null && event.registrationCloses() == null, "the default window");
        assertTrue(anEvent().registrationClosed().build().registrationCloses().isBefore(LocalDateTime.now()));
    }

    @Test
    void aRegistrationReadsBackAsBuilt() {
        RegistrationBuilder person = aRegistration().named("Åsa", "Öberg").fromSector(Sectors.POLICE).choosing(12, 13)
                .onDays(LocalDate.of(2031, 5, 6)).eating("Vegetarisk").answering(7, "Ja").listedPublicly()
                .inLanguage("en");

        RegistrationRequest read = read(RegistrationRequest.class, person.toJson());

        assertEquals(person.build(), read);
        assertEquals("Polisen Region Bergslagen", read.organisation(), "the sector's typical organisation");
    }

    @Test
    void aSessionReadsBackAsBuiltWithItsAbstract() {
        LocalDate first = LocalDate.of(2031, 5, 6);
        ProgrammeBuilder.SessionSpec workshop = aWorkshop("Workshop A: Barnet i bilden").onDay(2).from("11:00")
                .to("12:15").in("Sal Möckeln").withSeats(25).about("Barn som närstående").summarised("Om anhöriga");

        SessionDetails details = workshop.details(first);

        assertEquals(new SessionDetails("Workshop A: Barnet i bilden", SessionKind.WORKSHOP,
                LocalDateTime.of(2031, 5, 7, 11, 0), LocalDateTime.of(2031, 5, 7, 12, 15), "Sal Möckeln", 25,
                java.util.List.of(), "Barn som närstående", "Om anhöriga"), details);
        assertEquals(details, read(SessionDetails.class, workshop.toJson(first)));
        assertTrue(workshop.toJson(first).contains("\"abstract\":\"Om anhöriga\""), workshop.toJson(first));
    }

    @Test
    void speakersNamedOnlyByTextCannotBeStored() {
        assertThrows(IllegalStateException.class, () -> aTalk("Välkommen").by("Anna Berglund").details(LocalDate.now()));
    }

    private static <T extends Record> T read(Class<T> type, String json) {
        JsonValue value = Json.createReader(new StringReader(json)).readValue();
        return StrictJsonReader.read(type, value);
    }
}
