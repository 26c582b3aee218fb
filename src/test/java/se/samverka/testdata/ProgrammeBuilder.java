package se.samverka.testdata;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.samverka.event.Event;
import se.samverka.event.EventType;
import se.samverka.platform.DomainEntity;
import se.samverka.program.Session;
import se.samverka.program.SessionDetails;
import se.samverka.program.SessionKind;
import se.samverka.program.Speaker;
import se.samverka.program.Theme;

/**
 * An event with its programme, in memory, for plain unit tests:
 *
 * <pre>
 * Programme programme = aConference().titled("Samverkanskonferens 2026").at("Folkets hus, Degerfors")
 *         .onDays(LocalDate.of(2026, 4, 14), LocalDate.of(2026, 4, 15))
 *         .withSpeaker("Märtha Lundkvist", "Kommunpolis", "Polisen", "Arbetar med ...")
 *         .withSession(aTalk("Välkommen").onDay(1).from("09:00").to("09:30").in("Stora salen").by("Märtha Lundkvist"))
 *         .build();
 * </pre>
 *
 * Rooms, themes and speakers are created on first mention and shared by name. Entities have no
 * ids unless {@link #withIds()} is asked for.
 *
 * <p>A {@link SessionSpec} also describes a session to be stored, in the same words: {@link SessionSpec#details}
 * for in-container tests ({@code program.create(eventId, aWorkshop("A").withSeats(25).details(firstDay))}) and
 * {@link SessionSpec#toJson} for {@code POST /api/events/{id}/sessions}.
 */
public final class ProgrammeBuilder {

    private EventType type = EventType.CONFERENCE;
    private String title = "Samverkanskonferens Degerfors 2026";
    private String venue = "Folkets hus, Degerfors";
    private LocalDate firstDay = LocalDate.of(2026, 4, 14);
    private LocalDate lastDay = LocalDate.of(2026, 4, 15);
    private final Map<String, Speaker> speakers = new LinkedHashMap<>();
    private final List<SessionSpec> sessions = new ArrayList<>();
    private boolean ids;

    private ProgrammeBuilder() {
    }

    /** A two-day conference in Degerfors, 14-15 April 2026, with no sessions yet. */
    public static ProgrammeBuilder aConference() {
        return new ProgrammeBuilder();
    }

    public static ProgrammeBuilder aNetworkMeeting() {
        ProgrammeBuilder builder = new ProgrammeBuilder();
        builder.type = EventType.NETWORK_MEETING;
        builder.lastDay = builder.firstDay;
        return builder;
    }

    public static SessionSpec aTalk(String title) {
        return new SessionSpec(SessionKind.TALK, title);
    }

    public static SessionSpec aWorkshop(String title) {
        return new SessionSpec(SessionKind.WORKSHOP, title);
    }

    public static SessionSpec aBreak(String title) {
        return new SessionSpec(SessionKind.BREAK, title);
    }

    public static SessionSpec aSession(SessionKind kind, String title) {
        return new SessionSpec(kind, title);
    }

    public ProgrammeBuilder titled(String eventTitle) {
        this.title = eventTitle;
        return this;
    }

    public ProgrammeBuilder at(String eventVenue) {
        this.venue = eventVenue;
        return this;
    }

    public ProgrammeBuilder onDays(LocalDate first, LocalDate last) {
        this.firstDay = first;
        this.lastDay = last;
        return this;
    }

    public ProgrammeBuilder withSpeaker(String name, String speakerTitle, String organisation, String bio) {
        speakers.put(name, new Speaker(name, speakerTitle, organisation, bio));
        return this;
    }

    public ProgrammeBuilder withSession(SessionSpec session) {
        sessions.add(session);
        return this;
    }

    /** Gives the event id 1 and its sessions ids 2, 3, ... in start order, as if they had been saved. */
    public ProgrammeBuilder withIds() {
        this.ids = true;
        return this;
    }

    public Programme build() {
        Event event = new Event(type, title, null, firstDay, lastDay);
        event.describe(null, venue);
        Map<String, Theme> themes = new LinkedHashMap<>();
        List<Session> built = new ArrayList<>();
        for (SessionSpec spec : sessions) {
            built.add(spec.buildFor(event, themes, this::speaker));
        }
        built.sort(Comparator.comparing(Session::getStart).thenComparing(Session::getEnd)
                .thenComparing(Session::getTitle));
        if (ids) {
            identified(event, 1);
            for (int i = 0; i < built.size(); i++) {
                identified(built.get(i), i + 2L);
            }
        }
        return new Programme(event, List.copyOf(built));
    }

    private Speaker speaker(String name) {
        return speakers.computeIfAbsent(name, n -> new Speaker(n, null, null, null));
    }

    private static void identified(DomainEntity entity, long id) {
        try {
            Field field = DomainEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An event and its sessions, in start order as the programme lists them. */
    public record Programme(Event event, List<Session> sessions) {
    }

    /**
     * One session to be: kind, title, day (1 = the first), times, room, seats, theme and speakers.
     * In memory, rooms, themes and speakers are made from their names; stored, the room and theme
     * are named (they must exist) and speakers are given as stored {@link Speaker}s ({@link #by(Speaker...)}).
     */
    public static final class SessionSpec {
        private final SessionKind kind;
        private final String title;
        private String summary;
        private int day = 1;
        private LocalTime from = LocalTime.of(9, 0);
        private LocalTime to = LocalTime.of(10, 0);
        private String room;
        private Integer seats;
        private String[] theme;
        private final List<String> speakerNames = new ArrayList<>();
        private final List<Long> speakerIds = new ArrayList<>();

        private SessionSpec(SessionKind kind, String title) {
            this.kind = kind;
            this.title = title;
        }

        public SessionSpec onDay(int dayOfEvent) {
            this.day = dayOfEvent;
            return this;
        }

        public SessionSpec from(String time) {
            this.from = LocalTime.parse(time);
            return this;
        }

        public SessionSpec to(String time) {
            this.to = LocalTime.parse(time);
            return this;
        }

        public SessionSpec in(String roomName) {
            this.room = roomName;
            return this;
        }

        /** Limited seats, as a workshop has (the session's capacity). */
        public SessionSpec withSeats(int count) {
            this.seats = count;
            return this;
        }

        public SessionSpec about(String themeSv, String themeEn) {
            this.theme = new String[] {themeSv, themeEn};
            return this;
        }

        /** A theme by its Swedish name, as the API and the seeded themes know it. */
        public SessionSpec about(String themeSv) {
            return about(themeSv, themeSv);
        }

        public SessionSpec summarised(String text) {
            this.summary = text;
            return this;
        }

        /** Speakers by name: only for sessions built in memory. */
        public SessionSpec by(String... names) {
            speakerNames.addAll(List.of(names));
            return this;
        }

        /** Stored speakers: by id in {@link #details}, by name in memory. */
        public SessionSpec by(Speaker... stored) {
            for (Speaker speaker : stored) {
                speakerNames.add(speaker.getName());
                speakerIds.add(speaker.getId());
            }
            return this;
        }

        /** The session as an organiser stores it, its day counted from the event's first day. */
        public SessionDetails details(LocalDate firstDay) {
            if (speakerIds.size() != speakerNames.size()) {
                throw new IllegalStateException("Speakers named by text exist only in memory; give stored sessions "
                        + "stored speakers: by(Speaker...)");
            }
            LocalDate date = firstDay.plusDays(day - 1L);
            return new SessionDetails(title, kind, date.atTime(from), date.atTime(to), room, seats,
                    List.copyOf(speakerIds), theme == null ? null : theme[0], summary);
        }

        /** The session as JSON for {@code POST /api/events/{id}/sessions}. */
        public String toJson(LocalDate firstDay) {
            return Lazily.JSONB.toJson(details(firstDay));
        }

        /** Made on first use, so that unit tests building entities never start JSON-B. */
        private static final class Lazily {
            static final Jsonb JSONB = JsonbBuilder.create();
        }

        Session buildFor(Event event, Map<String, Theme> themes, Function<String, Speaker> speakers) {
            LocalDate date = event.getStartDate().plusDays(day - 1L);
            Session session = new Session(event, kind, title, date.atTime(from), date.atTime(to));
            session.retitle(title, summary);
            if (room != null) {
                session.placeIn(event.roomNamed(room).orElseGet(() -> event.addRoom(room, null)));
            }
            session.limitSeats(seats);
            if (theme != null) {
                session.classify(themes.computeIfAbsent(theme[0], sv -> new Theme(sv, theme[1])));
            }
            session.assignSpeakers(speakerNames.stream().map(speakers).toList());
            return session;
        }
    }
}
