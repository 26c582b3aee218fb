package se.samverka.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverka.event.Event;
import se.samverka.event.EventType;

/** A session guards its own times, room and seats. */
class SessionTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 16);
    private final Event event = new Event(EventType.CONFERENCE, "Konferens", "konferens", DAY, DAY.plusDays(1));

    private Session session(int fromHour, int toHour) {
        return new Session(event, SessionKind.TALK, "Rörelseförståelse", DAY.atTime(fromHour, 0), DAY.atTime(toHour, 0));
    }

    @Test
    void theEndMustComeAfterTheStart() {
        InvalidSessionException refusal = assertThrows(InvalidSessionException.class, () -> session(10, 9));
        assertEquals("end", refusal.field());
        assertThrows(InvalidSessionException.class, () -> session(10, 10));
    }

    @Test
    void aSessionStaysWithinOneDayOfTheEvent() {
        Session session = session(9, 10);
        assertThrows(InvalidSessionException.class,
                () -> session.reschedule(DAY.atTime(23, 0), DAY.plusDays(1).atTime(1, 0)));
        InvalidSessionException outside = assertThrows(InvalidSessionException.class,
                () -> session.moveTo(DAY.plusDays(2).atTime(9, 0)));
        assertEquals("session.error.outsideEvent", outside.messageKey());
    }

    @Test
    void movingKeepsTheLength() {
        Session session = session(9, 11);
        session.moveTo(DAY.plusDays(1).atTime(13, 15));
        assertEquals(LocalDateTime.of(2027, 3, 17, 15, 15), session.getEnd());
        assertEquals(Duration.ofHours(2), session.length());
    }

    @Test
    void touchingSessionsDoNotOverlap() {
        assertFalse(session(9, 10).overlaps(session(10, 11)));
        assertTrue(session(9, 11).overlaps(session(10, 12)));
        assertTrue(session(9, 12).overlaps(session(10, 11)));
    }

    @Test
    void aRoomOfAnotherEventIsRefused() {
        Event other = new Event(EventType.WORKSHOP, "Annat", "annat", DAY, DAY);
        Session session = session(9, 10);
        assertThrows(InvalidSessionException.class, () -> session.placeIn(other.addRoom("Aulan", 100)));
    }

    @Test
    void seatsCannotBeNegativeAndSpeakersAreNotRepeated() {
        Session session = session(9, 10);
        assertThrows(InvalidSessionException.class, () -> session.limitSeats(-1));
        Speaker peter = new Speaker("Peter Bergvall Virtanen", null, null, null);
        session.assignSpeakers(List.of(peter, peter));
        assertEquals(1, session.getSpeakers().size());
        assertTrue(session.hasSpeaker(peter));
    }
}
