package se.samverka.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samverka.event.Event;
import se.samverka.event.EventType;
import se.samverka.program.Session;
import se.samverka.program.SessionKind;
import se.samverka.registration.RegistrationLetter.Kind;

/** The words of the registration mails, composed without a server: each status says what is true of it. */
class RegistrationLetterTest {

    private static final String LINK = "https://samverka.example/r/AbCdEfGhIjKlMnOpQrStUv";
    private static final LocalDateTime NOW = LocalDateTime.of(2027, 2, 1, 9, 0);

    private final Event event = new Event(EventType.CONFERENCE, "Samverkansdagarna", "samverkansdagarna",
            LocalDate.of(2027, 3, 16), LocalDate.of(2027, 3, 18));
    private final Session workshop = new Session(event, SessionKind.WORKSHOP, "Trygg skolväg",
            LocalDateTime.of(2027, 3, 16, 10, 0), LocalDateTime.of(2027, 3, 16, 11, 0));

    private Registration registration(String language) {
        Participant person = new Participant("Åsa", "Öberg", "asa@degerfors.example", null, "Bruksskolan",
                new Sector("SCHOOL", "Skola", "School", "#336699", 1), null);
        Registration registration = new Registration(event, person, "AbCdEfGhIjKlMnOpQrStUv", "K7M2QX", NOW);
        registration.speak(Locale.forLanguageTag(language));
        registration.attendDays(Set.of());
        registration.choose(List.of(workshop), NOW);
        return registration;
    }

    private static String text(Kind kind, Registration registration) {
        return new RegistrationLetter(kind, registration, LINK, List.of(), List.of()).text();
    }

    @Test
    void aPendingRegistrationsWorkshopIsRequestedNotWaitlisted() {
        Registration pending = registration("sv");
        pending.awaitApproval(NOW);
        String text = text(Kind.of(pending.getStatus()), pending);
        assertTrue(text.contains("Workshop: Trygg skolväg (önskad)"), text);
        assertFalse(text.contains("väntelista"), text);
        assertTrue(text.contains(LINK), "a pending registration can still be changed or withdrawn: " + text);
        assertFalse(text.contains("K7M2QX"), "no check-in code before there is a seat: " + text);
    }

    @Test
    void aConfirmedRegistrationSaysWhichWorkshopItWaitsFor() {
        Registration confirmed = registration("sv");
        confirmed.confirm(NOW);
        String text = text(Kind.CONFIRMED, confirmed);
        assertTrue(text.contains("Workshop: Trygg skolväg (på väntelista)"), text);
        assertTrue(text.contains("Din incheckningskod: K7M2QX"), text);
        assertTrue(text.contains("Se, ändra eller avboka din anmälan: " + LINK), text);
    }

    @Test
    void declinedAndCancelledMailsOfferNeitherLinkNorCheckInCode() {
        Registration declined = registration("sv");
        declined.awaitApproval(NOW);
        declined.decline(NOW);
        Registration cancelled = registration("en");
        cancelled.confirm(NOW);
        cancelled.cancel(NOW);
        for (String text : List.of(text(Kind.DECLINED, declined), text(Kind.CANCELLED, cancelled),
                text(Kind.CANCELLED_BY_ORGANISER, cancelled))) {
            assertFalse(text.contains(LINK), text);
            assertFalse(text.contains("K7M2QX"), text);
            assertFalse(text.contains("Se, ändra") || text.contains("See, change"), text);
        }
    }

    @Test
    void theOrganisersCancellationIsNotASelfCancellation() {
        Registration cancelled = registration("sv");
        cancelled.confirm(NOW);
        cancelled.cancel(NOW);
        RegistrationLetter letter = new RegistrationLetter(Kind.CANCELLED_BY_ORGANISER, cancelled, LINK, List.of(),
                List.of());
        assertEquals("Arrangören har avbokat din anmälan: Samverkansdagarna", letter.subject());
        assertTrue(letter.text().contains("Arrangören av Samverkansdagarna"), letter.text());
        assertFalse(letter.text().contains("Välkommen tillbaka"), letter.text());
    }

    @Test
    void aWorkshopPromotionNamesTheWorkshop() {
        Registration promoted = registration("sv");
        promoted.confirm(NOW);
        promoted.choice(workshop).orElseThrow().seat();
        RegistrationLetter letter = new RegistrationLetter(Kind.PROMOTED_TO_WORKSHOP, promoted, LINK,
                List.of(workshop), List.of());
        assertEquals("Du har fått en plats i workshoppen: Samverkansdagarna", letter.subject());
        assertTrue(letter.text().contains("En plats har blivit ledig i workshoppen Trygg skolväg"), letter.text());
        assertTrue(letter.text().contains("Workshop: Trygg skolväg (plats bekräftad)"), letter.text());
    }

    @Test
    void theContactIsPrintedWhenThereIsOneAndLeftOutCleanlyWhenNot() {
        Registration confirmed = registration("en");
        confirmed.confirm(NOW);
        String without = text(Kind.CONFIRMED, confirmed);
        assertFalse(without.contains("Contact the organiser"), without);
        assertFalse(without.contains("\n\n\n"), without);

        event.contact("Anna Berg", "anna.berg@degerfors.example", "0586-480 00");
        String with = text(Kind.CONFIRMED, confirmed);
        assertTrue(with.contains("Questions? Contact the organiser: Anna Berg, anna.berg@degerfors.example,"
                + " phone 0586-480 00"), with);

        event.contact(null, "anna.berg@degerfors.example", " ");
        confirmed.speak(Locale.forLanguageTag("sv"));
        String emailOnly = text(Kind.CONFIRMED, confirmed);
        assertTrue(emailOnly.contains("Frågor? Kontakta arrangören: anna.berg@degerfors.example\n"), emailOnly);
    }

    @Test
    void theReminderListsTheDaysInDateOrderWithOwnSessionsAndVenue() throws Exception {
        event.describe(null, "Folkets hus, Degerfors");
        Registration confirmed = registration("sv");
        confirmed.confirm(NOW);
        confirmed.choice(workshop).orElseThrow().seat();
        // the database hands the days back in any order
        Field days = Registration.class.getDeclaredField("days");
        days.setAccessible(true);
        days.set(confirmed, new LinkedHashSet<>(List.of(LocalDate.of(2027, 3, 18), LocalDate.of(2027, 3, 16))));
        Session opening = new Session(event, SessionKind.TALK, "Öppning", LocalDateTime.of(2027, 3, 16, 9, 0),
                LocalDateTime.of(2027, 3, 16, 9, 30));

        String text = new RegistrationLetter(Kind.REMINDER, confirmed, LINK, List.of(), List.of(workshop, opening))
                .text();
        assertEquals(List.of(LocalDate.of(2027, 3, 16), LocalDate.of(2027, 3, 18)), List.copyOf(confirmed.getDays()));
        assertTrue(text.contains("Ditt program:\ntisdag 16 mars, 08:30–16:30\n  09:00–09:30 Öppning\n"
                + "  10:00–11:00 Trygg skolväg\ntorsdag 18 mars, 08:30–16:30\nPlats: Folkets hus, Degerfors"), text);
        assertTrue(text.startsWith("Hej Åsa!\n\nVälkommen till Samverkansdagarna, 16 mars 2027 – 18 mars 2027,"
                + " Folkets hus, Degerfors."), text);
        assertTrue(text.contains("Din incheckningskod: K7M2QX"), text);
    }
}
