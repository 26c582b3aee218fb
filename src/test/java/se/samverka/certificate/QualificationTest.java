package se.samverka.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QualificationTest {

    private static final LocalDate DAY_1 = LocalDate.of(2027, 4, 13);
    private static final LocalDate DAY_2 = DAY_1.plusDays(1);

    /** Two days: a talk each morning, lunch, two parallel workshops on day 1, a dialogue on day 2. */
    private static List<Qualification.Slot> programme(boolean seatedInA, boolean doorScannedB, boolean admittedAtB) {
        return List.of(
                slot(1, "Välkommen", DAY_1, "09:00", "10:00", false, true, false, false),
                slot(2, "Lunch", DAY_1, "12:00", "13:00", true, true, false, false),
                slot(3, "Workshop A", DAY_1, "13:00", "14:30", false, seatedInA, false, false),
                slot(4, "Workshop B", DAY_1, "13:00", "14:30", false, !seatedInA, doorScannedB, admittedAtB),
                slot(5, "Dialog", DAY_2, "09:00", "12:00", false, true, false, false));
    }

    @Test
    void everyDayRuleNeedsAnAdmissionOnEachDayAndCountsTheSessionsOfThoseDays() {
        Qualification both = Qualification.of(Rule.ALL_DAYS, 80, List.of(DAY_1, DAY_2), Set.of(DAY_1, DAY_2),
                programme(true, false, false));
        assertTrue(both.qualifies());
        assertEquals(List.of("Välkommen", "Workshop A", "Dialog"), both.attended().stream().map(Qualification.Slot::title).toList(),
                "lunch never counts; the seated workshop does");
        assertEquals(60 + 90 + 180, both.minutes());
        assertEquals(5.5, Qualification.hours(both.minutes()));
        assertEquals(60 + 90 + 180, both.programmeMinutes(), "parallel workshops count once");

        Qualification oneDay = Qualification.of(Rule.ALL_DAYS, 80, List.of(DAY_1, DAY_2), Set.of(DAY_1),
                programme(true, false, false));
        assertFalse(oneDay.qualifies());
        assertEquals("certificate.reason.missingDays", oneDay.reasonKey());
        assertEquals(List.of(1, DAY_2.toString()), oneDay.reasonArguments());
    }

    @Test
    void aShareOfTheProgrammeIsMeasuredInHours() {
        Qualification firstDayOnly = Qualification.of(Rule.MIN_PERCENT, 40, List.of(DAY_1, DAY_2), Set.of(DAY_1),
                programme(true, false, false));
        assertTrue(firstDayOnly.qualifies(), "150 of 330 minutes is 45 %");
        Qualification strict = Qualification.of(Rule.MIN_PERCENT, 50, List.of(DAY_1, DAY_2), Set.of(DAY_1),
                programme(true, false, false));
        assertFalse(strict.qualifies());
        assertEquals(List.of(2.5, 2.8, 50), strict.reasonArguments(), "2.5 of the 2.75 hours needed, rounded up");
    }

    @Test
    void whereAWorkshopDoorWasScannedOnlyThoseAdmittedThereAttendedIt() {
        Qualification notScanned = Qualification.of(Rule.ALL_DAYS, 80, List.of(DAY_1), Set.of(DAY_1),
                programme(false, true, false));
        assertEquals(List.of("Välkommen"), titlesOnDay1(notScanned), "seated in B, but not admitted at its door");
        Qualification scanned = Qualification.of(Rule.ALL_DAYS, 80, List.of(DAY_1), Set.of(DAY_1),
                programme(false, true, true));
        assertEquals(List.of("Välkommen", "Workshop B"), titlesOnDay1(scanned));
        Qualification withoutEntrance = Qualification.of(Rule.MIN_PERCENT, 10, List.of(DAY_1), Set.of(),
                programme(false, true, true));
        assertEquals(List.of("Workshop B"), titlesOnDay1(withoutEntrance), "a door admission counts on its own");
    }

    private static List<String> titlesOnDay1(Qualification qualification) {
        return qualification.attended().stream().filter(s -> s.start().toLocalDate().equals(DAY_1))
                .map(Qualification.Slot::title).toList();
    }

    private static Qualification.Slot slot(long id, String title, LocalDate day, String from, String to, boolean isBreak,
            boolean theirs, boolean doorScanned, boolean admitted) {
        return new Qualification.Slot(id, title, LocalDateTime.parse(day + "T" + from), LocalDateTime.parse(day + "T" + to),
                isBreak, theirs, doorScanned, admitted);
    }
}
