package se.samverka.dialogue;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import se.samverka.dialogue.TableMixer.Person;
import se.samverka.event.Event;
import se.samverka.event.EventDay;
import se.samverka.registration.Participant;
import se.samverka.registration.Registration;
import se.samverka.registration.RegistrationStatus;

/**
 * A day's tables as the organiser sees them: each table's number, whether it is locked, who sits there, and how
 * well the tables mix ({@link GroupingQuality}). Copied out of the entities, so that a page can keep it.
 *
 * @param dayNumber the day's place in the event, from 1
 * @param seed      the seed the mixing used, when this is the answer to a mixing (null when read)
 */
public record DayGroups(LocalDate day, int dayNumber, List<Group> groups, GroupingQuality quality, Long seed)
        implements Serializable {

    /** One table; its token (the scribe's link) is deliberately not here: this is shown to organisers' screens. */
    public record Group(int number, boolean locked, List<Member> members, GroupingQuality.Table quality)
            implements Serializable {
    }

    /**
     * Someone at a table.
     *
     * @param sector    the sector's code
     * @param attending false when the person has since cancelled or dropped the day (they keep the seat until the
     *                  next mixing, or for good at a locked table, so the organiser sees it)
     */
    public record Member(Long registrationId, String name, String organisation, String sector, String sectorName,
            String sectorColour, boolean attending) implements Serializable {
    }

    static DayGroups of(Event event, LocalDate day, List<TableGroup> tables, Locale locale) {
        List<List<Person>> people = tables.stream()
                .map(table -> table.getSeats().stream().map(seat -> person(seat.getRegistration())).toList())
                .toList();
        GroupingQuality quality = GroupingQuality.of(people);
        List<Group> groups = new java.util.ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            TableGroup table = tables.get(i);
            List<Member> members = table.getSeats().stream().map(TableSeat::getRegistration)
                    .sorted(Comparator.comparing((Registration r) -> r.getParticipant().getSector().getPosition())
                            .thenComparing(r -> r.getParticipant().getLastName())
                            .thenComparing(r -> r.getParticipant().getFirstName()).thenComparing(Registration::getId))
                    .map(registration -> member(registration, day, locale)).toList();
            groups.add(new Group(table.getNumber(), table.isLocked(), members, quality.tables().get(i)));
        }
        return new DayGroups(day, dayNumber(event, day), List.copyOf(groups), quality, null);
    }

    DayGroups mixedWith(long usedSeed) {
        return new DayGroups(day, dayNumber, groups, quality, usedSeed);
    }

    /** The table with this number, if there is one. */
    public java.util.Optional<Group> group(int number) {
        return groups.stream().filter(group -> group.number() == number).findFirst();
    }

    /** The next table number: one more than the highest. */
    public int nextNumber() {
        return groups.stream().mapToInt(Group::number).max().orElse(0) + 1;
    }

    static Person person(Registration registration) {
        Participant who = registration.getParticipant();
        return new Person(registration.getId(), who.getSector().getCode(), who.getOrganisation());
    }

    private static Member member(Registration registration, LocalDate day, Locale locale) {
        Participant who = registration.getParticipant();
        return new Member(registration.getId(), who.fullName(), who.getOrganisation(), who.getSector().getCode(),
                who.getSector().name(locale), who.getSector().getColour(),
                registration.getStatus() == RegistrationStatus.CONFIRMED && registration.includesDay(day));
    }

    static int dayNumber(Event event, LocalDate day) {
        return event.getDays().stream().map(EventDay::getDate).sorted().toList().indexOf(day) + 1;
    }
}
