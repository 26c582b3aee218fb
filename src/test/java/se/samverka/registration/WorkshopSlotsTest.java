package se.samverka.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverka.event.Event;
import se.samverka.event.EventType;
import se.samverka.program.Session;
import se.samverka.program.SessionKind;

/** Workshops that run at the same time share a slot; a participant picks one per slot. */
class WorkshopSlotsTest {

    private static final LocalDate DAY1 = LocalDate.of(2027, 3, 16);
    private static final LocalDate DAY2 = DAY1.plusDays(1);
    private final Event event = new Event(EventType.CONFERENCE, "Konferens", "konferens", DAY1, DAY2);

    @Test
    void parallelWorkshopsShareOneSlot() {
        Session a = workshop("B", DAY2, "11:00", "12:15");
        Session b = workshop("A", DAY2, "11:00", "12:15");
        Session c = workshop("C", DAY2, "11:00", "12:15");

        List<WorkshopSlots.Slot> slots = WorkshopSlots.of(List.of(a, b, c));

        assertEquals(1, slots.size());
        assertEquals(List.of(b, a, c), slots.get(0).getWorkshops());
        assertEquals(DAY2.atTime(11, 0), slots.get(0).getStart());
        assertEquals(DAY2.atTime(12, 15), slots.get(0).getEnd());
    }

    @Test
    void workshopsThatOnlyTouchAreSeparateSlotsInTimeOrder() {
        Session afternoon = workshop("Eftermiddag", DAY1, "13:00", "14:00");
        Session morning = workshop("Förmiddag", DAY1, "10:00", "13:00");
        Session nextDay = workshop("Dag två", DAY2, "10:00", "11:00");

        List<WorkshopSlots.Slot> slots = WorkshopSlots.of(List.of(nextDay, afternoon, morning));

        assertEquals(3, slots.size());
        assertEquals(List.of(morning), slots.get(0).getWorkshops());
        assertEquals(List.of(afternoon), slots.get(1).getWorkshops());
        assertEquals(List.of(nextDay), slots.get(2).getWorkshops());
        assertEquals(List.of(1, 2, 3), slots.stream().map(WorkshopSlots.Slot::getNumber).toList());
    }

    @Test
    void aWorkshopOverlappingTwoOthersJoinsThemInOneSlot() {
        Session early = workshop("Tidig", DAY1, "09:00", "10:00");
        Session long_ = workshop("Lång", DAY1, "09:30", "11:30");
        Session late = workshop("Sen", DAY1, "11:00", "12:00");

        List<WorkshopSlots.Slot> slots = WorkshopSlots.of(List.of(late, early, long_));

        assertEquals(1, slots.size());
        assertTrue(slots.get(0).contains(early) && slots.get(0).contains(long_) && slots.get(0).contains(late));
        assertEquals(DAY1.atTime(9, 0), slots.get(0).getStart());
        assertEquals(DAY1.atTime(12, 0), slots.get(0).getEnd());
    }

    @Test
    void otherKindsOfSessionAreLeftOut() {
        Session talk = new Session(event, SessionKind.TALK, "Föreläsning", at(DAY1, "11:00"), at(DAY1, "12:00"));
        Session lunch = new Session(event, SessionKind.BREAK, "Lunch", at(DAY1, "12:00"), at(DAY1, "13:00"));
        Session workshop = workshop("Workshop", DAY1, "11:00", "12:00");

        List<WorkshopSlots.Slot> slots = WorkshopSlots.of(List.of(talk, lunch, workshop));

        assertEquals(1, slots.size());
        assertEquals(List.of(workshop), slots.get(0).getWorkshops());
        assertTrue(WorkshopSlots.of(List.of(talk, lunch)).isEmpty());
    }

    private Session workshop(String title, LocalDate day, String from, String to) {
        return new Session(event, SessionKind.WORKSHOP, title, at(day, from), at(day, to));
    }

    private static LocalDateTime at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time));
    }
}
