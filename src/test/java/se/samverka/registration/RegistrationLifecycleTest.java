package se.samverka.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samverka.event.Event;
import se.samverka.event.EventType;

/** A registration is made whole by its factory and moves only between the states its rules allow. */
class RegistrationLifecycleTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2031, 3, 1, 9, 0);
    private final Event event = new Event(EventType.CONFERENCE, "Samverkanskonferens", "samverkan-2031",
            LocalDate.of(2031, 5, 6), LocalDate.of(2031, 5, 7));

    private Registration open(boolean consent) {
        Participant who = new Participant("Anna", "Berg", "anna@example.se", null, "Degerfors kommun",
                new Sector("SCHOOL", "Skola", "School", "#3C78D8", 2), null);
        return Registration.open(event, new Registration.Application(who, Locale.forLanguageTag("en"), consent, false,
                Set.of(LocalDate.of(2031, 5, 7)), "Vegetarisk", null, Map.of(), List.of()), "t", "ABC123", NOW);
    }

    @Test
    void theFactoryMakesACompleteRegistrationWaitingForItsSeat() {
        Registration registration = open(true);
        assertEquals(RegistrationStatus.PENDING, registration.getStatus());
        assertEquals("en", registration.locale().getLanguage());
        assertEquals(Set.of(LocalDate.of(2031, 5, 7)), registration.getDays());
        assertEquals("Vegetarisk", registration.getDietary());
        assertEquals(NOW, registration.getConsentPrivacyAt());
    }

    @Test
    void consentToThePrivacyNoticeIsRequiredAtCreation() {
        InvalidRegistrationException refused = assertThrows(InvalidRegistrationException.class, () -> open(false));
        assertEquals("consentPrivacy", refused.field());
    }

    @Test
    void onlyAllowedTransitions() {
        Registration confirmed = open(true);
        confirmed.confirm(NOW);
        assertThrows(RegistrationNotActiveException.class, () -> confirmed.decline(NOW));
        assertThrows(RegistrationNotActiveException.class, () -> confirmed.waitlist(NOW));
        assertThrows(RegistrationNotActiveException.class, () -> confirmed.confirm(NOW));

        Registration waiting = open(true);
        waiting.waitlist(NOW);
        waiting.confirm(NOW.plusMinutes(1));
        assertEquals(RegistrationStatus.CONFIRMED, waiting.getStatus());
        waiting.cancel(NOW.plusMinutes(2));
        assertThrows(RegistrationNotActiveException.class, () -> waiting.cancel(NOW));
        assertThrows(RegistrationNotActiveException.class, () -> waiting.confirm(NOW));

        Registration declined = open(true);
        declined.awaitApproval(NOW);
        declined.decline(NOW);
        assertEquals(RegistrationStatus.DECLINED, declined.getStatus());
        assertThrows(RegistrationNotActiveException.class, () -> declined.cancel(NOW));
    }
}
