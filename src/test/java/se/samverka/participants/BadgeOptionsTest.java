package se.samverka.participants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samverka.documents.BadgeLayout;
import se.samverka.platform.Messages;
import se.samverka.registration.RegistrationStatus;

class BadgeOptionsTest {

    @Test
    void blanksMeanEveryoneConfirmedOnA4WithoutOffset() {
        BadgeOptions options = BadgeOptions.parse(null, "", " ", null, "", null);
        assertEquals(BadgeOptions.defaults(), options);
        assertEquals(Set.of(RegistrationStatus.CONFIRMED), options.filter().statuses());
        assertNull(options.filter().sector());
    }

    @Test
    void idsChooseAmongActiveRegistrationsAndASectorNarrowsConfirmed() {
        BadgeOptions chosen = BadgeOptions.parse("a4_10", null, "12, 15,31", "1,5", "-2", "8");
        assertEquals(BadgeLayout.A4_10, chosen.layout());
        assertEquals(Set.of(12L, 15L, 31L), chosen.filter().ids());
        assertEquals(3, chosen.filter().statuses().size(), "confirmed, waitlisted and pending; never cancelled");
        assertEquals(1.5f, chosen.rightMm());
        assertEquals(-2f, chosen.downMm());
        assertEquals(8, chosen.start());
        assertEquals("SCHOOL", BadgeOptions.parse(null, "SCHOOL", null, null, null, null).filter().sector());
    }

    @Test
    void everyBadValueIsReportedAgainstItsParameter() {
        InvalidBadgeOptionsException e = assertThrows(InvalidBadgeOptionsException.class,
                () -> BadgeOptions.parse("A5", null, "1,x", "25", "abc", null));
        assertEquals(List.of("layout", "ids", "right", "down"),
                e.faults().stream().map(InvalidBadgeOptionsException.Fault::field).toList());
        assertEquals("layout", e.field());
        assertEquals("Okänt ark: välj A4_8, A4_10 eller A6.", e.localizedMessage(Messages.SWEDISH));
    }

    @Test
    void theStartPositionMustBeOnTheSheet() {
        assertEquals(10, BadgeOptions.parse("A4_10", null, null, null, null, "10").start());
        InvalidBadgeOptionsException off = assertThrows(InvalidBadgeOptionsException.class,
                () -> BadgeOptions.parse("A4_8", null, null, null, null, "9"));
        assertEquals("Startplatsen måste vara från 1 till 8.", off.localizedMessage(Messages.SWEDISH));
        assertThrows(InvalidBadgeOptionsException.class, () -> BadgeOptions.parse("A6", null, null, null, null, "2"));
        assertThrows(InvalidBadgeOptionsException.class, () -> BadgeOptions.parse(null, null, null, null, null, "0"));
        assertThrows(InvalidBadgeOptionsException.class,
                () -> new BadgeOptions(BadgeLayout.A4_8, null, null, 0, 20.5f, 1).checked());
    }

    @Test
    void idsMustBePositiveWholeNumbers() {
        assertThrows(InvalidBadgeOptionsException.class, () -> BadgeOptions.parse(null, null, "0", null, null, null));
        assertThrows(InvalidBadgeOptionsException.class, () -> BadgeOptions.parse(null, null, "1,,2", null, null, null));
        assertEquals("ids", assertThrows(InvalidBadgeOptionsException.class,
                () -> BadgeOptions.parse(null, null, "-3", null, null, null)).field());
    }
}
