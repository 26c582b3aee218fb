package se.samverka.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.testdata.ProgrammeBuilder.aBreak;
import static se.samverka.testdata.ProgrammeBuilder.aConference;
import static se.samverka.testdata.ProgrammeBuilder.aTalk;
import static se.samverka.testdata.ProgrammeBuilder.aWorkshop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.platform.Messages;
import se.samverka.testdata.ProgrammeBuilder;
import se.samverka.testdata.ProgrammeBuilder.Programme;

class ProgramCalendarTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final List<URI> NETWORK_REQUESTS = new ArrayList<>();

    private final ProgramCalendar calendar = new ProgramCalendar(Clock.fixed(NOW, ZoneOffset.UTC));

    /** The first calendar of this JVM loads the time zone; any HTTP(S) it tries goes through the proxy selector. */
    @BeforeAll
    static void writeFirstCalendarWithNetworkWatched() {
        ProxySelector original = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                NETWORK_REQUESTS.add(uri);
                throw new IllegalStateException("No network in unit tests: " + uri);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
            }
        });
        try {
            new ProgramCalendar().write(programme().event(), programme().sessions(), Messages.SWEDISH,
                    new ByteArrayOutputStream());
        } finally {
            ProxySelector.setDefault(original);
        }
    }

    private static ProgrammeBuilder conference() {
        return aConference().titled("Samverkanskonferens Åmål 2026").at("Folkets hus, Degerfors")
                .onDays(LocalDate.of(2026, 4, 14), LocalDate.of(2026, 4, 15))
                .withSpeaker("Märtha Lundkvist", "Kommunpolis", "Polisen Bergslagen", "Arbetar med trygghet.")
                .withSession(aTalk("Välkommen till Åmål").onDay(1).from("09:00").to("09:30").in("Stora salen")
                        .by("Märtha Lundkvist").summarised("Öppning av konferensen; program, mål och övrigt."))
                .withSession(aWorkshop("Trygghetsvandring i Örebro").onDay(1).from("10:00").to("11:30")
                        .in("Sal Ängen").about("Trygghet", "Safety").by("Henrik Andershed", "Julia Åhlgren"))
                .withSession(aBreak("Fika").onDay(2).from("10:00").to("10:20"));
    }

    private static Programme programme() {
        return conference().build();
    }

    private String ics(Programme programme, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        calendar.write(programme.event(), programme.sessions(), locale, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Calendar parsed(String ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    private static String value(PropertyContainer component, String property) {
        return component.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void worksOffline() {
        assertEquals(List.of(), NETWORK_REQUESTS);
    }

    @Test
    void hasOneEventPerSession() throws Exception {
        Calendar parsed = parsed(ics(programme(), Messages.SWEDISH));

        assertEquals(3, events(parsed).size());
        assertEquals("Samverkanskonferens Åmål 2026", value(parsed, "X-WR-CALNAME"));
        assertEquals("PUBLISH", value(parsed, Property.METHOD));
    }

    @Test
    void keepsSwedishLettersInUtf8() throws Exception {
        String ics = ics(programme(), Messages.SWEDISH);

        assertTrue(ics.contains("SUMMARY:Välkommen till Åmål"), ics);
        List<String> summaries = events(parsed(ics)).stream().map(e -> value(e, Property.SUMMARY)).toList();
        assertEquals(List.of("Välkommen till Åmål", "Trygghetsvandring i Örebro", "Fika"), summaries);
    }

    @Test
    void timesAreInStockholmWithItsTimeZoneDefined() throws Exception {
        String ics = ics(programme(), Messages.SWEDISH);
        Calendar parsed = parsed(ics);

        assertTrue(ics.contains("DTSTART;TZID=Europe/Stockholm:20260414T090000"), ics);
        assertTrue(ics.contains("DTEND;TZID=Europe/Stockholm:20260414T093000"), ics);
        VTimeZone zone = parsed.<VTimeZone>getComponents(Component.VTIMEZONE).get(0);
        assertEquals("Europe/Stockholm", value(zone, Property.TZID));
        assertFalse(ics.contains("TZURL"), "nothing to fetch");
        VEvent first = events(parsed).get(0);
        ZonedDateTime start = (ZonedDateTime) first.getStartDate().orElseThrow().getDate();
        ZonedDateTime end = (ZonedDateTime) first.getEndDate().orElseThrow().getDate();
        assertEquals(Instant.parse("2026-04-14T07:00:00Z"), start.toInstant(), "summer time, UTC+2");
        assertEquals(Instant.parse("2026-04-14T07:30:00Z"), end.toInstant());
        assertEquals("Europe/Stockholm", first.getStartDate().orElseThrow().getParameter("TZID")
                .map(p -> p.getValue()).orElseThrow());
    }

    @Test
    void winterTimesAreUtcPlusOne() throws Exception {
        Programme winter = aConference().onDays(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 20))
                .withSession(aTalk("Vinterkonferens").from("13:15").to("14:00")).build();

        VEvent event = events(parsed(ics(winter, Messages.SWEDISH))).get(0);

        ZonedDateTime start = (ZonedDateTime) event.getStartDate().orElseThrow().getDate();
        assertEquals(Instant.parse("2026-01-20T12:15:00Z"), start.toInstant());
        assertEquals(LocalDateTime.of(2026, 1, 20, 13, 15), start.toLocalDateTime());
    }

    @Test
    void describesPlaceSpeakersAndKind() throws Exception {
        List<VEvent> events = events(parsed(ics(programme(), Messages.SWEDISH)));

        VEvent welcome = events.get(0);
        assertEquals("Stora salen, Folkets hus, Degerfors", value(welcome, Property.LOCATION));
        assertEquals("Öppning av konferensen; program, mål och övrigt.\n\nTalare: Märtha Lundkvist",
                value(welcome, Property.DESCRIPTION));
        assertEquals("Föreläsning", value(welcome, Property.CATEGORIES));
        VEvent workshop = events.get(1);
        assertEquals("Talare: Henrik Andershed, Julia Åhlgren", value(workshop, Property.DESCRIPTION));
        assertEquals("Workshop", value(workshop, Property.CATEGORIES));
        VEvent fika = events.get(2);
        assertEquals("Folkets hus, Degerfors", value(fika, Property.LOCATION));
        assertEquals(null, value(fika, Property.DESCRIPTION));
    }

    @Test
    void labelsFollowTheLanguage() throws Exception {
        VEvent welcome = events(parsed(ics(programme(), Messages.ENGLISH))).get(0);

        assertEquals("Talk", value(welcome, Property.CATEGORIES));
        assertTrue(value(welcome, Property.DESCRIPTION).endsWith("Speakers: Märtha Lundkvist"));
    }

    @Test
    void savedSessionsAreKnownByTheirId() throws Exception {
        Programme saved = conference().withIds().build();

        List<String> uids = events(parsed(ics(saved, Messages.SWEDISH))).stream()
                .map(e -> value(e, Property.UID)).toList();

        assertEquals(List.of("session-2@samverka", "session-3@samverka", "session-4@samverka"), uids);
    }

    @Test
    void unsavedSessionsGetStableDistinctUids() throws Exception {
        List<String> first = events(parsed(ics(programme(), Messages.SWEDISH))).stream()
                .map(e -> value(e, Property.UID)).toList();
        List<String> again = events(parsed(ics(programme(), Messages.ENGLISH))).stream()
                .map(e -> value(e, Property.UID)).toList();

        assertEquals(first, again);
        assertEquals(3, first.stream().distinct().count());
        first.forEach(uid -> assertTrue(uid.startsWith("session-20260414") || uid.startsWith("session-20260415"), uid));
        first.forEach(uid -> assertTrue(uid.endsWith("@samverka"), uid));
        assertNotEquals(first.get(0), first.get(1));
    }

    @Test
    void stampsTheTimeOfWriting() throws Exception {
        VEvent event = events(parsed(ics(programme(), Messages.SWEDISH))).get(0);

        assertEquals(NOW, event.getDateStamp().orElseThrow().getDate());
    }

    @Test
    void foldsLongLinesAndEndsThemWithCrLf() {
        Programme longTitle = aConference().withSession(aTalk("Ett mycket långt föredrag om samverkan mellan "
                + "kommun, polis, räddningstjänst, skola och socialtjänst i Örebro län").from("09:00").to("10:00"))
                .build();

        String ics = ics(longTitle, Messages.SWEDISH);

        assertTrue(ics.contains("\r\n"), "CRLF line ends");
        ics.lines().forEach(line -> assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75 + 3, line));
    }

    @Test
    void escapesWhatICalendarTextReserves() throws Exception {
        Programme odd = aConference().titled("Samverkan; skola, socialtjänst och polis")
                .withSession(aTalk("Skola, polis; och \\ socialtjänst").from("09:00").to("10:00")).build();

        Calendar parsed = parsed(ics(odd, Messages.SWEDISH));

        assertEquals("Samverkan; skola, socialtjänst och polis", value(parsed, "X-WR-CALNAME"));
        assertEquals("Skola, polis; och \\ socialtjänst", value(events(parsed).get(0), Property.SUMMARY));
    }

    @Test
    void emptyProgrammeIsAnEmptyButValidCalendar() throws Exception {
        Programme empty = aConference().build();

        Calendar parsed = parsed(ics(empty, Messages.SWEDISH));

        assertEquals(0, events(parsed).size());
        assertEquals(1, parsed.getComponents(Component.VTIMEZONE).size());
    }
}
