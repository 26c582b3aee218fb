package se.samverka.meeting;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import se.samverka.platform.Clocks;
import se.samverka.program.ProgramCalendar;

/**
 * Network meetings in iCalendar (RFC 5545/5546). Each meeting keeps one UID for good ({@code meeting-42@samverka}),
 * and its SEQUENCE is the meeting's calendar sequence, raised on every change members were told of: a calendar
 * that has the invitation (METHOD:REQUEST) applies an update to the same entry and removes it on METHOD:CANCEL.
 * The series feed (METHOD:PUBLISH) lists every meeting, cancelled ones marked so.
 */
public class MeetingCalendar {

    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";

    private final String organizer;

    /** @param organizer the address invitations come from (the outbox's sender) */
    public MeetingCalendar(String organizer) {
        this.organizer = organizer;
    }

    /** The invitation (or its update) for one member. */
    public byte[] request(Meeting meeting, String attendee, String description) {
        return write(calendar(ImmutableMethod.REQUEST, meeting.getSeries().getName())
                .add(vevent(meeting, attendee, description)));
    }

    /** The cancellation for one member: same UID, higher SEQUENCE, STATUS:CANCELLED. */
    public byte[] cancel(Meeting meeting, String attendee) {
        return write(calendar(ImmutableMethod.CANCEL, meeting.getSeries().getName())
                .add(vevent(meeting, attendee, null)));
    }

    /** Every meeting of the series, to subscribe to. */
    public byte[] feed(MeetingSeries series, List<Meeting> meetings) {
        Calendar calendar = calendar(ImmutableMethod.PUBLISH, series.getName());
        meetings.forEach(meeting -> calendar.add(vevent(meeting, null, null)));
        return write(calendar);
    }

    public static String uid(Meeting meeting) {
        return "meeting-" + meeting.getId() + "@samverka";
    }

    private Calendar calendar(Method method, String name) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Samverka//Natverksmoten//SV"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(method)
                .add(new XProperty("X-WR-CALNAME", name));
        calendar.add(ProgramCalendar.stockholm());
        return calendar;
    }

    private VEvent vevent(Meeting meeting, String attendee, String description) {
        VEvent vevent = new VEvent(false)
                .add(new Uid(uid(meeting)))
                .add(new Sequence(meeting.getCalendarSequence()))
                .add(new DtStamp(Instant.now()))
                .add(new DtStart<>(local(meeting.getStart())))
                .add(new DtEnd<>(local(meeting.getEnd())))
                .add(new Summary(meeting.getSeries().getName()))
                .add(meeting.isCancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (meeting.getPlace() != null) {
            vevent.add(new Location(meeting.getPlace()));
        }
        if (description != null && !description.isBlank()) {
            vevent.add(new Description(description));
        }
        if (attendee != null) {
            vevent.add(new Organizer(mailto(organizer)));
            vevent.add(new Attendee(mailto(attendee)));
        }
        return vevent;
    }

    private static URI mailto(String address) {
        try {
            return new URI("mailto", address, null);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("Not an address: " + address, e);
        }
    }

    private static ZonedDateTime local(LocalDateTime time) {
        return time.atZone(Clocks.STOCKHOLM);
    }

    private static byte[] write(Calendar calendar) {
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("Meeting calendar failed validation", e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

}
