package se.samverka.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import se.samverka.event.Seats;

/** The seating rules without a database: who is seated, who queues, who moves up, in which order. */
class SeatingTest {

    @Test
    void seatsKnowWhatIsFree() {
        assertTrue(Seats.of(2, 1).hasFree());
        assertFalse(Seats.of(2, 2).hasFree());
        assertEquals(0, Seats.of(2, 3).free());
        assertTrue(Seats.of(2, 3).isOverbooked());
        assertTrue(Seats.of(null, 1_000_000).hasFree());
        assertEquals(Seats.of(2, 2), Seats.of(2, 1).take());
        assertThrows(IllegalStateException.class, () -> Seats.of(2, 0).release());
        assertThrows(IllegalArgumentException.class, () -> Seats.of(-1, 0));
    }

    @Test
    void aNewcomerIsSeatedWhenTheEventHasRoomAndInEachWorkshopWithRoom() {
        Seating.Placement placement = Seating.place(Seats.of(10, 9), Map.of(1L, Seats.of(5, 5), 2L, Seats.of(5, 4)));
        assertTrue(placement.confirmed());
        assertEquals(Set.of(2L), placement.seatedIn());
    }

    @Test
    void aNewcomerQueuesForEverythingWhenTheEventIsFull() {
        Seating.Placement placement = Seating.place(Seats.of(10, 10), Map.of(2L, Seats.of(5, 0)));
        assertFalse(placement.confirmed());
        assertTrue(placement.seatedIn().isEmpty());
    }

    @Test
    void theLineMovesUpInOrderIntoFreeSeatsOnly() {
        Seating.MoveUp moves = Seating.moveUp(Seats.of(10, 8),
                List.of(new Seating.Waiting(30, 7), new Seating.Waiting(10, 3), new Seating.Waiting(20, 5)),
                Map.of(), List.of());
        assertEquals(List.of(10L, 20L), moves.toEvent());
    }

    @Test
    void onlyConfirmedPeopleAndThoseMovingUpCompeteForWorkshopSeats() {
        Seating.MoveUp moves = Seating.moveUp(Seats.of(1, 0), List.of(new Seating.Waiting(2, 9)),
                Map.of(7L, Seats.of(2, 1)),
                List.of(new Seating.WaitingChoice(100, 1, 7, 4, false), // in the event's line and staying there
                        new Seating.WaitingChoice(101, 2, 7, 6, false), // moving up now
                        new Seating.WaitingChoice(102, 3, 7, 8, true)));
        assertEquals(List.of(2L), moves.toEvent());
        assertEquals(List.of(101L), moves.toWorkshops().stream().map(Seating.WaitingChoice::choiceId).toList());
    }

    /**
     * Random sequences of register, cancel and raise-capacity over one event with three workshops: the seats never
     * exceed the capacity, a free seat never coexists with a line, and whoever moves up is always the first in line.
     */
    @Test
    void randomRushesKeepTheRules() {
        qt().withExamples(300).forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 9_999)).ofSizeBetween(1, 150))
                .checkAssert(operations -> {
                    Model model = new Model();
                    for (int operation : operations) {
                        model.apply(operation);
                        model.checkInvariants();
                    }
                });
    }

    /** One event and its workshops kept in memory the way SeatKeeper keeps them in the database. */
    private static final class Model {

        private static final class Person {
            final long id;
            final long line;
            final Long workshop;
            final long workshopLine;
            RegistrationStatus status;
            boolean seated;

            Person(long id, long line, Long workshop, long workshopLine) {
                this.id = id;
                this.line = line;
                this.workshop = workshop;
                this.workshopLine = workshopLine;
            }
        }

        private int capacity = 4;
        private long taken;
        private long lines;
        private final Map<Long, Integer> workshopCapacity = new HashMap<>(Map.of(1L, 1, 2L, 2, 3L, 3));
        private final Map<Long, Long> workshopTaken = new HashMap<>(Map.of(1L, 0L, 2L, 0L, 3L, 0L));
        private final Map<Long, Long> workshopLines = new HashMap<>(Map.of(1L, 0L, 2L, 0L, 3L, 0L));
        private final List<Person> people = new ArrayList<>();

        void apply(int operation) {
            int kind = operation % 10;
            int argument = operation / 10;
            if (kind <= 5) {
                register(argument % 4 == 0 ? null : (long) (argument % 4));
            } else if (kind <= 7) {
                List<Person> active = people.stream().filter(p -> p.status != RegistrationStatus.CANCELLED).toList();
                if (!active.isEmpty()) {
                    cancel(active.get(argument % active.size()));
                }
            } else if (kind == 8) {
                capacity += 1 + argument % 3;
                moveUp();
            } else {
                workshopCapacity.merge(1L + argument % 3, 1, Integer::sum);
                moveUp();
            }
        }

        private void register(Long workshop) {
            Person person = new Person(people.size() + 1, ++lines, workshop,
                    workshop == null ? 0 : workshopLines.merge(workshop, 1L, Long::sum));
            people.add(person);
            Seating.Placement placement = Seating.place(Seats.of(capacity, taken),
                    workshop == null ? Map.of() : Map.of(workshop, workshopSeats(workshop)));
            if (placement.confirmed()) {
                person.status = RegistrationStatus.CONFIRMED;
                taken++;
                if (workshop != null && placement.seatedIn().contains(workshop)) {
                    person.seated = true;
                    workshopTaken.merge(workshop, 1L, Long::sum);
                }
            } else {
                person.status = RegistrationStatus.WAITLISTED;
            }
        }

        private void cancel(Person person) {
            if (person.status == RegistrationStatus.CONFIRMED) {
                taken--;
                if (person.seated) {
                    workshopTaken.merge(person.workshop, -1L, Long::sum);
                }
            }
            person.status = RegistrationStatus.CANCELLED;
            person.seated = false;
            moveUp();
        }

        private void moveUp() {
            List<Person> line = people.stream().filter(p -> p.status == RegistrationStatus.WAITLISTED)
                    .sorted(Comparator.comparingLong(p -> p.line)).toList();
            Map<Long, Seats> seats = new HashMap<>();
            workshopCapacity.keySet().forEach(w -> seats.put(w, workshopSeats(w)));
            List<Seating.WaitingChoice> choices = people.stream()
                    .filter(p -> p.workshop != null && !p.seated && p.status != RegistrationStatus.CANCELLED)
                    .map(p -> new Seating.WaitingChoice(p.id, p.id, p.workshop, p.workshopLine,
                            p.status == RegistrationStatus.CONFIRMED))
                    .toList();
            Seating.MoveUp moves = Seating.moveUp(Seats.of(capacity, taken),
                    line.stream().map(p -> new Seating.Waiting(p.id, p.line)).toList(), seats, choices);
            assertEquals(line.stream().limit(moves.toEvent().size()).map(p -> p.id).toList(), moves.toEvent(),
                    "the first in line move up, in order");
            for (Long id : moves.toEvent()) {
                person(id).status = RegistrationStatus.CONFIRMED;
                taken++;
            }
            for (Long workshop : workshopCapacity.keySet()) {
                List<Long> firstInLine = people.stream()
                        .filter(p -> workshop.equals(p.workshop) && !p.seated && p.status == RegistrationStatus.CONFIRMED)
                        .sorted(Comparator.comparingLong(p -> p.workshopLine)).map(p -> p.id).toList();
                List<Long> moved = moves.toWorkshops().stream().filter(c -> c.sessionId() == workshop)
                        .map(Seating.WaitingChoice::choiceId).toList();
                assertEquals(firstInLine.subList(0, moved.size()), moved, "workshop " + workshop + " moves up in order");
            }
            for (Seating.WaitingChoice choice : moves.toWorkshops()) {
                person(choice.choiceId()).seated = true;
                workshopTaken.merge(choice.sessionId(), 1L, Long::sum);
            }
        }

        void checkInvariants() {
            long confirmed = people.stream().filter(p -> p.status == RegistrationStatus.CONFIRMED).count();
            assertEquals(confirmed, taken, "the counter agrees with the registrations");
            assertTrue(taken <= capacity, "never more confirmed than seats");
            boolean waiting = people.stream().anyMatch(p -> p.status == RegistrationStatus.WAITLISTED);
            assertFalse(waiting && taken < capacity, "nobody waits while an event seat is free");
            for (Long workshop : workshopCapacity.keySet()) {
                long seated = people.stream().filter(p -> workshop.equals(p.workshop) && p.seated
                        && p.status == RegistrationStatus.CONFIRMED).count();
                assertEquals(seated, (long) workshopTaken.get(workshop), "workshop counter " + workshop);
                assertTrue(seated <= workshopCapacity.get(workshop), "never more seated than workshop seats");
                boolean queued = people.stream().anyMatch(p -> workshop.equals(p.workshop) && !p.seated
                        && p.status == RegistrationStatus.CONFIRMED);
                assertFalse(queued && seated < workshopCapacity.get(workshop),
                        "no confirmed person waits while workshop " + workshop + " has a free seat");
            }
        }

        private Seats workshopSeats(Long workshop) {
            return Seats.of(workshopCapacity.get(workshop), workshopTaken.get(workshop));
        }

        private Person person(long id) {
            return people.get((int) id - 1);
        }
    }
}
