package se.samverka.program;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import se.samverka.event.Event;
import se.samverka.event.EventDay;
import se.samverka.platform.Clocks;
import se.samverka.platform.Messages;

/**
 * An event's programme as an iCalendar (RFC 5545) feed: one VEVENT per session, times in
 * Europe/Stockholm with the VTIMEZONE that defines it. The zone comes from ical4j's bundled
 * definitions, so nothing is fetched over the network.
 */
public class ProgramCalendar {

    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";
    static final String ZONE = Clocks.STOCKHOLM.getId();

    private static final String PRODUCT = "-//Samverka//Program//SV";
    private static final String UID_DOMAIN = "@samverka";
    private static final DateTimeFormatter UID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm");

    private final Clock clock;

    public ProgramCalendar() {
        this(Clock.systemUTC());
    }

    /** With the clock that stamps the feed (DTSTAMP); tests pass a fixed one. */
    public ProgramCalendar(Clock clock) {
        this.clock = clock;
    }

    /**
     * Writes the calendar as UTF-8, labels (kinds, "Speakers") in the given language. Leaves
     * {@code out} open; whoever opened it closes it.
     */
    public void write(Event event, List<Session> sessions, Locale locale, OutputStream out) {
        Writer writer = new OutputStreamWriter(new LeftOpen(out), StandardCharsets.UTF_8);
        try {
            new CalendarOutputter(false).output(calendar(event, sessions, locale), writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("Programme calendar failed validation", e);
        }
    }

    /**
     * Writes the given days of the event as whole-day entries (the day's hours, the event's title and venue):
     * the calendar of someone whose own programme has no sessions yet. Leaves {@code out} open.
     */
    public void writeDays(Event event, List<EventDay> days, Locale locale, OutputStream out) {
        Writer writer = new OutputStreamWriter(new LeftOpen(out), StandardCharsets.UTF_8);
        try {
            Calendar calendar = calendar(event, List.of(), locale);
            Instant stamp = clock.instant();
            for (EventDay day : days) {
                VEvent vevent = new VEvent(false)
                        .add(new Uid("event-" + event.getSlug() + "-" + day.getDate() + UID_DOMAIN))
                        .add(new DtStamp(stamp))
                        .add(new DtStart<>(local(day.start())))
                        .add(new DtEnd<>(local(day.end())))
                        .add(new Summary(event.getTitle()));
                if (event.getVenue() != null && !event.getVenue().isBlank()) {
                    vevent.add(new Location(event.getVenue().strip()));
                }
                calendar.add(vevent);
            }
            new CalendarOutputter(false).output(calendar, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("Event calendar failed validation", e);
        }
    }

    Calendar calendar(Event event, List<Session> sessions, Locale locale) {
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(ImmutableMethod.PUBLISH)
                .add(new XProperty("X-WR-CALNAME", event.getTitle()))
                .add(new XProperty("X-WR-CALDESC", Messages.format(locale, "calendar.description", event.getTitle())))
                .add(new XProperty("X-WR-TIMEZONE", ZONE));
        calendar.add(stockholm());
        Instant stamp = clock.instant();
        for (Session session : sessions) {
            calendar.add(vevent(event, session, locale, stamp));
        }
        return calendar;
    }

    private VEvent vevent(Event event, Session session, Locale locale, Instant stamp) {
        VEvent vevent = new VEvent(false)
                .add(new Uid(uid(event, session)))
                .add(new DtStamp(stamp))
                .add(new DtStart<>(local(session.getStart())))
                .add(new DtEnd<>(local(session.getEnd())))
                .add(new Summary(session.getTitle()))
                .add(new Categories(Messages.text(locale, "session.kind." + session.getKind().name())));
        String location = location(event, session);
        if (!location.isEmpty()) {
            vevent.add(new Location(location));
        }
        String description = description(session, locale);
        if (!description.isEmpty()) {
            vevent.add(new Description(description));
        }
        return vevent;
    }

    /** "session-42@samverka"; a session not yet saved gets a name-based id from its event, time and title. */
    static String uid(Event event, Session session) {
        if (session.getId() != null) {
            return "session-" + session.getId() + UID_DOMAIN;
        }
        String name = event.getSlug() + "|" + session.getStart() + "|" + session.getTitle();
        return "session-" + session.getStart().format(UID_TIME) + "-"
                + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)) + UID_DOMAIN;
    }

    private static ZonedDateTime local(LocalDateTime time) {
        return time.atZone(Clocks.STOCKHOLM);
    }

    private static String location(Event event, Session session) {
        List<String> parts = new ArrayList<>();
        if (session.getRoom() != null) {
            parts.add(session.getRoom().getName());
        }
        if (event.getVenue() != null && !event.getVenue().isBlank()) {
            parts.add(event.getVenue().strip());
        }
        return String.join(", ", parts);
    }

    private static String description(Session session, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (session.getSummary() != null && !session.getSummary().isBlank()) {
            parts.add(session.getSummary().strip());
        }
        if (!session.getSpeakers().isEmpty()) {
            String names = session.getSpeakers().stream().map(Speaker::getName).collect(Collectors.joining(", "));
            parts.add(Messages.format(locale, "calendar.speakers", names));
        }
        return String.join("\n\n", parts);
    }

    /**
     * The Europe/Stockholm VTIMEZONE. ical4j's bundled tz data files Stockholm under its link
     * target (TZID Europe/Berlin: the same rules since 1980), so the copy is renamed to match the
     * TZID that DTSTART and DTEND carry, and its update URL, which names Berlin, is dropped. Network meetings'
     * calendars use it too.
     */
    public static VTimeZone stockholm() {
        return StockholmZone.DEFINITION;
    }

    /**
     * The zone, read and copied once: copying ical4j's definition was a tenth of the CPU of writing a confirmation
     * mail (docs/performance.md). Every calendar adds this one instance (adding does not change it); nothing may
     * change it.
     */
    private static final class StockholmZone {
        static final VTimeZone DEFINITION = read();

        private static VTimeZone read() {
            TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
            TimeZone zone = registry.getTimeZone(ZONE);
            if (zone == null) {
                throw new IllegalStateException("No bundled time zone definition for " + ZONE);
            }
            VTimeZone vtimezone = zone.getVTimeZone().copy();
            vtimezone.replace(new TzId(ZONE));
            vtimezone.removeAll(Property.TZURL, "X-LIC-LOCATION");
            return vtimezone;
        }
    }

    /** CalendarOutputter closes what it writes to; this stream only flushes then. */
    private static final class LeftOpen extends FilterOutputStream {
        LeftOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
