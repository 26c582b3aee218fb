package se.samverka.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import se.samverka.event.Event;
import se.samverka.event.EventDetails;
import se.samverka.event.EventService;
import se.samverka.event.EventType;
import se.samverka.program.ProgramService;
import se.samverka.program.SessionDetails;
import se.samverka.program.SessionKind;
import se.samverka.program.Speaker;
import se.samverka.program.SpeakerService;

/**
 * "Samverkanskonferens Degerforsmodellen" as told in the seed text: two days in Degerfors, the
 * four named speakers, day-one themes and day-two dialogue, three parallel workshops with limited
 * seats. Times, rooms and the other people are fictitious. It is held on a Tuesday and Wednesday
 * some two months after the day it is loaded, so the demo is always upcoming.
 */
@ApplicationScoped
public class DemoConference {

    public static final String SLUG = "samverkanskonferens-degerforsmodellen";

    @Inject
    EventService events;

    @Inject
    ProgramService program;

    @Inject
    SpeakerService speakers;

    @Transactional
    public Event load(LocalDate today) {
        LocalDate day1 = today.plusWeeks(8).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        LocalDate day2 = day1.plusDays(1);
        Event event = events.create(new EventDetails("Samverkanskonferens Degerforsmodellen", EventType.CONFERENCE,
                day1, day2, SLUG, "Folkets Hus, Degerfors",
                "Två dagar om Degerforsmodellen – en generell familjestöd- och samverkansmodell för barn och unga "
                        + "0–20 år. Vi informerar om arbetet som varit, diskuterar arbetet framåt och utbyter "
                        + "erfarenheter: Vad är Degerforsmodellen idag, vilka hälsosamma effekter har märkts och "
                        + "vilka analyser har gjorts? För förskola, skola, socialtjänst, polis, vårdcentral, "
                        + "Gryningen och folkhälsoförvaltningen.",
                66, null, null, "Anna Berglund", "anna.berglund@degerfors.example", "0586-480 00", null, true));
        Long id = event.getId();
        events.addRoom(id, "Stora salen", 90);
        events.addRoom(id, "Sal Möckeln", 25);
        events.addRoom(id, "Sal Letälven", 25);
        events.addRoom(id, "Sal Strömtorp", 20);
        events.addRoom(id, "Matsalen", 100);

        Speaker andershed = speakers.create("Henrik Andershed", "Forskare", "Örebro universitet",
                "Forskar om risk- och skyddsfaktorer och om hur förebyggande arbete mot brott kan bli "
                        + "målmedvetet, systematiskt och mätbart.");
        Speaker ahlgren = speakers.create("Julia Åhlgren", null, null,
                "Visar varför tidiga och samordnade insatser lönar sig – för barnets hälsa, för anhöriga och "
                        + "för samhällets ekonomi.");
        Speaker virtanen = speakers.create("Peter Bergvall Virtanen", null, null,
                "Talar om rörelseförståelse: motivation snarare än planer leder till beteendeförändring.");
        Speaker lundkvist = speakers.create("Märtha Lundkvist", null, null,
                "Talar om anhörigperspektivet och om att se barnen i bilden i alla verksamheter.");
        Speaker berglund = speakers.create("Anna Berglund", "Folkhälsostrateg", "Degerfors kommun",
                "Samordnar Degerforsmodellen. (Fiktiv person i demodata.)");
        Speaker ekstrom = speakers.create("Lars Ekström", "Kommunpolis", "Polisen Region Bergslagen",
                "Arbetar med brottsförebyggande samverkan i Karlskoga och Degerfors. (Fiktiv person i demodata.)");

        session(id, day1, "08:30", "09:00", "Registrering och kaffe", SessionKind.BREAK, "Matsalen", null, null);
        session(id, day1, "09:00", "09:30", "Välkommen – vad är Degerforsmodellen idag?", SessionKind.TALK,
                "Stora salen", "Samverkansformer", null, berglund);
        session(id, day1, "09:30", "10:45", "Risk- och skyddsfaktorer i det förebyggande arbetet", SessionKind.TALK,
                "Stora salen", "Risk- och skyddsfaktorer", null, andershed);
        session(id, day1, "10:45", "11:00", "Paus", SessionKind.BREAK, "Matsalen", null, null);
        session(id, day1, "11:00", "12:00", "Vad tjänar vi på att arbeta förebyggande?", SessionKind.TALK,
                "Stora salen", "Förebyggande arbetets ekonomi", null, ahlgren);
        session(id, day1, "12:00", "13:00", "Lunch", SessionKind.BREAK, "Matsalen", null, null);
        session(id, day1, "13:00", "14:15", "Brottsprevention – effektiv samordning för trygghet (EST)",
                SessionKind.PANEL, "Stora salen", "Brottsprevention", null, andershed, ekstrom);
        session(id, day1, "14:15", "14:30", "Fika", SessionKind.BREAK, "Matsalen", null, null);
        session(id, day1, "14:30", "16:00", "Degerforsmodellens samverkansformer i praktiken", SessionKind.DIALOGUE,
                "Stora salen", "Samverkansformer", null, berglund);
        session(id, day1, "16:00", "16:30", "Sammanfattning av dag ett", SessionKind.TALK, "Stora salen",
                "Samverkansformer", null, berglund);

        session(id, day2, "08:30", "09:45", "Rörelseförståelse – motivation i stället för planer", SessionKind.TALK,
                "Stora salen", "Rörelseförståelse", null, virtanen);
        session(id, day2, "09:45", "10:00", "Paus", SessionKind.BREAK, "Matsalen", null, null);
        session(id, day2, "10:00", "11:00", "Anhörigperspektiv – barn som närstående", SessionKind.TALK,
                "Stora salen", "Barn som närstående", null, lundkvist);
        session(id, day2, "11:00", "12:15", "Workshop A: Tidiga och samordnade insatser för psykisk hälsa",
                SessionKind.WORKSHOP, "Sal Möckeln", "Tidiga och samordnade insatser för psykisk hälsa", 25, berglund);
        session(id, day2, "11:00", "12:15", "Workshop B: Att berömma rätt – rörelseförståelse i vardagen",
                SessionKind.WORKSHOP, "Sal Letälven", "Rörelseförståelse", 25, virtanen);
        session(id, day2, "11:00", "12:15", "Workshop C: Påverkar det barnets vardag? Barnet i bilden",
                SessionKind.WORKSHOP, "Sal Strömtorp", "Barn som närstående", 20, lundkvist);
        session(id, day2, "12:15", "13:15", "Lunch", SessionKind.BREAK, "Matsalen", null, null);
        session(id, day2, "13:15", "14:45", "Dialog: tidiga och samordnade insatser – vad innebär TSI för dig?",
                SessionKind.DIALOGUE, "Stora salen", "Tidiga och samordnade insatser för psykisk hälsa", null,
                berglund, ekstrom);
        session(id, day2, "14:45", "15:15", "Avslutning och vägen framåt", SessionKind.TALK, "Stora salen",
                "Samverkansformer", null, berglund);
        return event;
    }

    private void session(Long eventId, LocalDate day, String from, String to, String title, SessionKind kind,
            String room, String theme, Integer seats, Speaker... by) {
        program.create(eventId, new SessionDetails(title, kind, at(day, from), at(day, to), room, seats,
                List.of(by).stream().map(Speaker::getId).toList(), theme, null));
    }

    private static LocalDateTime at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time));
    }
}
