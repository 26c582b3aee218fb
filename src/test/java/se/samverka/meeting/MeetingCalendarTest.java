package se.samverka.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import se.samverka.platform.DomainEntity;

/** Invitations, updates and cancellations as calendars read them back (parsed with ical4j). */
class MeetingCalendarTest {

    final MeetingCalendar calendar = new MeetingCalendar("noreply@degerfors.se");
    final MeetingSeries series = new MeetingSeries("EST-gruppen", "Trygghet", LocalDateTime.of(2027, 1, 1, 8, 0));

    @Test
    void anUpdateKeepsTheUidWithAHigherSequenceAndACancellationCancelsIt() throws Exception {
        Meeting meeting = new Meeting(series, LocalDateTime.of(2027, 3, 9, 13, 0), LocalDateTime.of(2027, 3, 9, 15, 0),
                "Kommunhuset, sal 2", "t");
        setId(meeting, 42L);
        meeting.invited(LocalDateTime.of(2027, 2, 1, 9, 0));
        VEvent first = event(calendar.request(meeting, "anna@degerfors.se", "Syfte"), "REQUEST");
        meeting.reschedule(LocalDateTime.of(2027, 3, 10, 13, 0), LocalDateTime.of(2027, 3, 10, 15, 0), "Kommunhuset, sal 2");
        VEvent moved = event(calendar.request(meeting, "anna@degerfors.se", "Syfte"), "REQUEST");
        meeting.cancel();
        VEvent cancelled = event(calendar.cancel(meeting, "anna@degerfors.se"), "CANCEL");

        assertEquals("meeting-42@samverka", value(first, Property.UID));
        assertEquals(value(first, Property.UID), value(moved, Property.UID));
        assertEquals(value(first, Property.UID), value(cancelled, Property.UID));
        assertEquals("0", value(first, Property.SEQUENCE));
        assertEquals("1", value(moved, Property.SEQUENCE));
        assertEquals("2", value(cancelled, Property.SEQUENCE));
        assertEquals("20270310T130000", value(moved, Property.DTSTART));
        assertEquals("CANCELLED", value(cancelled, Property.STATUS));
        assertEquals("mailto:anna@degerfors.se", value(first, Property.ATTENDEE));
        assertEquals("mailto:noreply@degerfors.se", value(first, Property.ORGANIZER));
        assertEquals("Kommunhuset, sal 2", value(first, Property.LOCATION));
    }

    @Test
    void theSeriesFeedListsEveryMeeting() throws Exception {
        Meeting one = new Meeting(series, LocalDateTime.of(2027, 3, 9, 13, 0), LocalDateTime.of(2027, 3, 9, 15, 0), null, "a");
        Meeting two = new Meeting(series, LocalDateTime.of(2027, 4, 13, 13, 0), LocalDateTime.of(2027, 4, 13, 15, 0), null, "b");
        setId(one, 1L);
        setId(two, 2L);
        Calendar feed = new CalendarBuilder().build(new StringReader(new String(calendar.feed(series, List.of(one, two)),
                StandardCharsets.UTF_8)));
        assertEquals("PUBLISH", feed.getProperty(Property.METHOD).orElseThrow().getValue());
        assertEquals(2, feed.getComponents("VEVENT").size());
        assertTrue(new String(calendar.feed(series, List.of(one)), StandardCharsets.UTF_8).contains("TZID:Europe/Stockholm"));
    }

    private static VEvent event(byte[] ics, String method) throws Exception {
        Calendar parsed = new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
        assertEquals(method, parsed.getProperty(Property.METHOD).orElseThrow().getValue());
        return (VEvent) parsed.getComponents("VEVENT").get(0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    private static void setId(DomainEntity entity, long id) throws Exception {
        Field field = DomainEntity.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
    }
}
