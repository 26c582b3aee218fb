package se.samverka.dialogue;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import se.samverka.dialogue.TableMixer.Person;

/**
 * Random conference populations for the grouping properties: even ones, lopsided ones (nearly all from school
 * and a couple from the police), one large sector with a tail, and only two sectors. Organisations are either
 * each within one sector, or shared across sectors (a municipality's staff in several sectors).
 */
final class Populations {

    static final List<String> SECTORS = List.of("PRESCHOOL", "SCHOOL", "SOCIAL_SERVICES", "POLICE", "HEALTH_CENTRE",
            "GRYNINGEN", "PUBLIC_HEALTH", "OTHER");

    /** A population and how it was made, so that a failure says what it was. */
    record Population(String shape, List<Person> people) {
        @Override
        public String toString() {
            Map<String, Long> bySector = people.stream()
                    .collect(Collectors.groupingBy(Person::sector, TreeMap::new, Collectors.counting()));
            return shape + " " + people.size() + " people " + bySector + " " + people;
        }
    }

    private Populations() {
    }

    /** Up to {@code max} people; organisations shared across sectors when {@code crossSectors}. */
    static Gen<Population> populations(int max, boolean crossSectors) {
        Gen<List<int[]>> draws = lists().of(integers().between(0, 9_999)
                .zip(integers().between(0, 6), (sector, organisation) -> new int[] {sector, organisation}))
                .ofSizeBetween(0, max);
        return integers().between(0, 3).zip(draws, (shape, people) -> population(shape, people, crossSectors));
    }

    private static Population population(int shape, List<int[]> draws, boolean crossSectors) {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < draws.size(); i++) {
            int draw = draws.get(i)[0];
            int organisation = draws.get(i)[1];
            String sector = switch (shape) {
                case 0 -> SECTORS.get(draw % SECTORS.size());
                case 1 -> draw < 9_500 ? "SCHOOL" : "POLICE";
                case 2 -> draw < 6_000 ? "SCHOOL" : SECTORS.get(draw % SECTORS.size());
                default -> SECTORS.get(draw % 2);
            };
            if (shape == 1 && sector.equals("SCHOOL")) {
                organisation %= 4;
            }
            String name = crossSectors ? "Organisation " + organisation : sector.toLowerCase() + " " + organisation;
            people.add(new Person(1000 + i, sector, name));
        }
        String[] shapes = {"even", "lopsided", "one large sector", "two sectors"};
        return new Population(shapes[shape], people);
    }

    /** {@code count} people of the sector from the organisations, in turn. */
    static List<Person> people(int firstId, int count, String sector, String... organisations) {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(new Person(firstId + i, sector, organisations[i % organisations.length]));
        }
        return people;
    }
}
