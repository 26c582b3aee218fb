package se.samverka.dialogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.samverka.dialogue.TableMixer.Person;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.platform.NotFoundException;
import se.samverka.platform.SecretTokens;
import se.samverka.registration.Registration;
import se.samverka.registration.RegistrationDirectory;
import se.samverka.registration.RegistrationStatus;

/**
 * Divides a day's participants into table groups, moves people between tables, locks and unlocks tables. The day
 * is the event's last (the dialogue day) unless one is named. Changes to an event's tables are made one at a time:
 * each takes the event's lock first, so two organisers mixing at once are served one after the other.
 */
@ApplicationScoped
@Transactional
public class GroupService {

    public static final int MIN_SIZE = 2;
    public static final int MAX_SIZE = 50;

    private static final SecureRandom SEEDS = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    EventService events;

    @Inject
    RegistrationDirectory registrations;

    @Inject
    Clock clock;

    /**
     * Mixes the day's confirmed participants (with {@code onlyCheckedIn}, those checked in that day) into tables of
     * at most {@code size}. Locked tables and their people stay as they are; everyone else is mixed into new
     * tables, numbered with the numbers the locked ones leave free. Without a seed, a random one (in the answer).
     */
    public DayGroups mix(Long eventId, Integer size, LocalDate requestedDay, boolean onlyCheckedIn, Long seed,
            Locale locale) {
        Event event = events.lockForSeats(eventId);
        LocalDate day = dayOf(event, requestedDay);
        if (size == null || size < MIN_SIZE || size > MAX_SIZE) {
            throw new InvalidGroupingException("size", "dialogue.error.size", MIN_SIZE, MAX_SIZE);
        }
        List<TableGroup> tables = tables(eventId, day);
        Set<Long> keep = new HashSet<>();
        Set<Integer> lockedNumbers = new HashSet<>();
        tables.stream().filter(TableGroup::isLocked).forEach(table -> {
            lockedNumbers.add(table.getNumber());
            table.getSeats().forEach(seat -> keep.add(seat.getRegistration().getId()));
        });
        Map<Long, Registration> people = participants(eventId, day, onlyCheckedIn).stream()
                .filter(registration -> !keep.contains(registration.getId()))
                .collect(Collectors.toMap(Registration::getId, Function.identity()));
        if (people.isEmpty()) {
            throw NotSeatableException.nobody(day);
        }
        tables.stream().filter(table -> !table.isLocked()).forEach(em::remove);
        em.flush(); // the old seats go before the new ones take the same people and numbers
        long usedSeed = seed != null ? seed : SEEDS.nextLong();
        List<Person> mixable = people.values().stream().map(DayGroups::person).toList();
        LocalDateTime now = LocalDateTime.now(clock);
        int number = 0;
        for (List<Person> table : TableMixer.mix(mixable, size, usedSeed)) {
            do {
                number++;
            } while (lockedNumbers.contains(number));
            TableGroup group = new TableGroup(event, day, number, SecretTokens.next(), now);
            table.forEach(person -> group.seat(people.get(person.registrationId())));
            em.persist(group);
        }
        em.flush();
        return DayGroups.of(event, day, tables(eventId, day), locale).mixedWith(usedSeed);
    }

    /** The day's tables (none before the first mixing). */
    public DayGroups groups(Long eventId, LocalDate requestedDay, Locale locale) {
        Event event = events.get(eventId);
        LocalDate day = dayOf(event, requestedDay);
        return DayGroups.of(event, day, tables(eventId, day), locale);
    }

    /**
     * Seats the person at table {@code number} that day, moving them from their table if they have one. The next
     * number after the highest makes a new table. Locked tables are neither left nor joined.
     */
    public DayGroups move(Long eventId, LocalDate requestedDay, int number, Long registrationId, Locale locale) {
        Event event = events.lockForSeats(eventId);
        LocalDate day = dayOf(event, requestedDay);
        Registration person = registrations.get(eventId, registrationId);
        if (person.getStatus() != RegistrationStatus.CONFIRMED || !person.includesDay(day)) {
            throw NotSeatableException.notAttending(person.getParticipant().fullName(), day);
        }
        List<TableGroup> tables = tables(eventId, day);
        TableGroup target = tables.stream().filter(table -> table.getNumber() == number).findFirst()
                .orElseGet(() -> newTable(event, day, number, tables));
        Optional<TableSeat> seat = tables.stream().flatMap(table -> table.seatOf(registrationId).stream()).findFirst();
        if (seat.isPresent()) {
            TableGroup left = seat.get().getGroup();
            target.take(seat.get());
            removeWhenEmpty(left);
        } else {
            target.seat(person);
        }
        em.flush();
        return DayGroups.of(event, day, tables(eventId, day), locale);
    }

    /**
     * A table its last person was moved from goes, card, link and all, unless it is locked or its scribe already wrote
     * something (the notes are kept until the next mixing).
     */
    private void removeWhenEmpty(TableGroup table) {
        if (table.isEmpty() && !table.isLocked() && em.createQuery(
                "select count(n) from GroupNote n where n.group = :table", Long.class)
                .setParameter("table", table).getSingleResult() == 0) {
            em.remove(table);
        }
    }

    /** Locks the table (the mixing leaves it and its people as they are) or unlocks it. */
    public DayGroups lock(Long eventId, LocalDate requestedDay, int number, boolean locked, Locale locale) {
        Event event = events.lockForSeats(eventId);
        LocalDate day = dayOf(event, requestedDay);
        List<TableGroup> tables = tables(eventId, day);
        TableGroup table = tables.stream().filter(t -> t.getNumber() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("group", number));
        if (locked) {
            table.lock();
        } else {
            table.unlock();
        }
        em.flush();
        return DayGroups.of(event, day, tables, locale);
    }

    private TableGroup newTable(Event event, LocalDate day, int number, List<TableGroup> tables) {
        int next = tables.stream().mapToInt(TableGroup::getNumber).max().orElse(0) + 1;
        if (number != next) {
            throw new NotFoundException("group", number);
        }
        TableGroup table = new TableGroup(event, day, number, SecretTokens.next(), LocalDateTime.now(clock));
        em.persist(table);
        return table;
    }

    /** The named day, which must be one of the event's; without one, the event's last day. */
    static LocalDate dayOf(Event event, LocalDate requested) {
        if (requested == null) {
            return event.lastDay().getDate();
        }
        if (event.day(requested).isEmpty()) {
            throw new InvalidGroupingException("day", "dialogue.error.day", requested);
        }
        return requested;
    }

    /** The day's tables by number, with their seats and people read in a few queries. */
    private List<TableGroup> tables(Long eventId, LocalDate day) {
        return new ArrayList<>(em.createQuery("select g from TableGroup g where g.event.id = :event and g.day = :day"
                        + " order by g.number", TableGroup.class)
                .setParameter("event", eventId)
                .setParameter("day", day)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "g.seats")
                .setHint("eclipselink.batch", "g.seats.registration")
                .setHint("eclipselink.batch", "g.seats.registration.days")
                .getResultList());
    }

    /**
     * Confirmed registrations that include the day; with {@code onlyCheckedIn}, only those with an admission that
     * counts that day (attendance's check-in: not undone, not in doubt), at the entrance or at a session's door.
     */
    private List<Registration> participants(Long eventId, LocalDate day, boolean onlyCheckedIn) {
        return em.createQuery("select r from Registration r join r.days d where r.event.id = :event"
                        + " and r.status = :confirmed and d = :day"
                        + (onlyCheckedIn ? " and exists (select c.id from CheckIn c where c.registration = r"
                                + " and c.day = :day and c.undoneAt is null and c.doubt is null)" : "")
                        + " order by r.id", Registration.class)
                .setParameter("event", eventId)
                .setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .setParameter("day", day)
                .getResultList();
    }
}
