package se.samverka.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static se.samverka.dialogue.Populations.people;
import static se.samverka.dialogue.Populations.populations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.samverka.dialogue.Populations.Population;
import se.samverka.dialogue.TableMixer.Person;

/** The mixing's promises, checked over many random populations (quicktheories) and a few chosen ones. */
class TableMixerTest {

    private static final int EXAMPLES = 400;

    @Test
    void everyoneGetsOneSeatAtTablesWithinOneOfEachOther() {
        qt().withExamples(EXAMPLES).forAll(populations(250, true), integers().between(2, 12), longs().all())
                .checkAssert((population, size, seed) -> {
                    List<List<Person>> tables = TableMixer.mix(population.people(), size, seed);
                    int n = population.people().size();
                    assertEquals((n + size - 1) / size, tables.size(), population + " at " + size);
                    List<Person> seated = tables.stream().flatMap(List::stream).toList();
                    assertEquals(Set.copyOf(population.people()), Set.copyOf(seated));
                    assertEquals(n, seated.size(), "nobody twice");
                    int largest = tables.stream().mapToInt(List::size).max().orElse(0);
                    int smallest = tables.stream().mapToInt(List::size).min().orElse(0);
                    assertTrue(largest <= size, tables.toString());
                    assertTrue(largest - smallest <= 1, population + " at " + size + ": " + smallest + ".." + largest);
                    tables.forEach(table -> assertTrue(!table.isEmpty()));
                });
    }

    /** Σ min(count, tables) pairs, and every table at least its fair share: nothing better exists. */
    @Test
    void everyTableHasAsManySectorsAsTheNumbersAllow() {
        qt().withExamples(EXAMPLES).forAll(populations(250, true), integers().between(2, 12), longs().all())
                .checkAssert((population, size, seed) -> {
                    GroupingQuality quality = GroupingQuality.of(TableMixer.mix(population.people(), size, seed));
                    assertEquals(quality.possibleSectorPairs(), quality.sectorPairs(), population + " at " + size);
                    assertEquals(0, quality.tablesBelowPossible(), population + " at " + size + ": " + quality);
                    assertEquals(1.0, quality.sectorMix());
                    assertTrue(quality.sizeSpread() <= 1);
                });
    }

    @Test
    void colleaguesOfOrganisationsWithinOneSectorShareATableOnlyWhenUnavoidable() {
        qt().withExamples(EXAMPLES).forAll(populations(250, false), integers().between(2, 12), longs().all())
                .checkAssert((population, size, seed) -> {
                    GroupingQuality quality = GroupingQuality.of(TableMixer.mix(population.people(), size, seed));
                    assertEquals(quality.unavoidableSameOrganisationPairs(), quality.sameOrganisationPairs(),
                            population + " at " + size);
                });
    }

    /**
     * An organisation in several sectors can end up twice at a table after the dealing; the swaps then leave no
     * swap of two people of one sector that would part colleagues further.
     */
    @Test
    void colleaguesAcrossSectorsAreSeparatedUntilNoSwapWithinASectorHelps() {
        qt().withExamples(EXAMPLES).forAll(populations(250, true), integers().between(2, 12), longs().all())
                .checkAssert((population, size, seed) -> {
                    List<List<Person>> tables = TableMixer.mix(population.people(), size, seed);
                    assertNoHelpfulSwap(tables, population);
                });
    }

    @Test
    void theSameSeedGivesTheSameTablesWhateverTheOrderOfThePeople() {
        qt().withExamples(200).forAll(populations(120, true), integers().between(2, 10), longs().all())
                .checkAssert((population, size, seed) -> {
                    List<Person> reversed = new ArrayList<>(population.people());
                    Collections.shuffle(reversed, new Random(seed));
                    assertEquals(TableMixer.mix(population.people(), size, seed), TableMixer.mix(reversed, size, seed));
                });
    }

    @Test
    void aSeedGivesTheSameTablesEveryTimeAndAnotherSeedOthers() {
        List<Person> conference = conference();
        List<List<Person>> first = TableMixer.mix(conference, 7, 20_270_120L);
        assertEquals(first, TableMixer.mix(List.copyOf(conference), 7, 20_270_120L));
        assertEquals(first.toString(), TableMixer.mix(conference, 7, 20_270_120L).toString());
        long different = Stream.of(1L, 2L, 3L, 4L, 5L).map(seed -> TableMixer.mix(conference, 7, seed))
                .filter(tables -> !tables.equals(first)).count();
        assertEquals(5, different, "other seeds, other tables");
    }

    /** 40 from four schools and 2 police officers at tables of 7: police at two tables, schools spread evenly. */
    @Test
    void aLopsidedDaySeatsThePoliceAtTwoTablesAndSpreadsTheSchools() {
        List<Person> people = new ArrayList<>(people(1, 40, "SCHOOL", "Strömtorpsskolan", "Bruksskolan", "Parkskolan",
                "Ekbackeskolan"));
        people.addAll(people(100, 2, "POLICE", "Polisen Region Bergslagen"));

        List<List<Person>> tables = TableMixer.mix(people, 7, 42);

        assertEquals(6, tables.size());
        assertEquals(2, tables.stream().filter(t -> t.stream().anyMatch(p -> p.sector().equals("POLICE"))).count());
        assertTrue(tables.stream().allMatch(t -> t.stream().anyMatch(p -> p.sector().equals("SCHOOL"))));
        GroupingQuality quality = GroupingQuality.of(tables);
        assertEquals(8, quality.sectorPairs(), "6 tables with school, 2 of them with police too");
        assertEquals(1, quality.fairShare());
        assertEquals(16, quality.unavoidableSameOrganisationPairs(), "10 from each school at 6 tables: 4 pairs each");
        assertEquals(16, quality.sameOrganisationPairs());
    }

    /**
     * Interleaving a sector's organisations in turn (A B C A) would seat A twice at one of 3 tables; runs of one
     * organisation (A A B C) cannot.
     */
    @Test
    void colleaguesOfASmallSectorSitApartEvenWhenTheirOrganisationHasMostOfIt() {
        List<Person> people = new ArrayList<>(people(1, 2, "SOCIAL_SERVICES", "Socialtjänsten"));
        people.addAll(people(10, 1, "SOCIAL_SERVICES", "Individ- och familjeomsorgen"));
        people.addAll(people(20, 1, "SOCIAL_SERVICES", "Gryningen"));
        people.addAll(people(30, 14, "SCHOOL", "Skola A", "Skola B", "Skola C", "Skola D", "Skola E"));
        for (long seed = 0; seed < 50; seed++) {
            GroupingQuality quality = GroupingQuality.of(TableMixer.mix(people, 6, seed));
            assertEquals(quality.unavoidableSameOrganisationPairs(), quality.sameOrganisationPairs(), "seed " + seed);
        }
    }

    @Test
    void organisationsCompareWithoutCaseOrExtraSpaces() {
        List<Person> people = List.of(new Person(1, "SCHOOL", "Degerfors  kommun"),
                new Person(2, "SOCIAL_SERVICES", "degerfors kommun "), new Person(3, "SCHOOL", "Bruksskolan"),
                new Person(4, "SOCIAL_SERVICES", "Socialtjänsten"));
        for (long seed = 0; seed < 20; seed++) {
            GroupingQuality quality = GroupingQuality.of(TableMixer.mix(people, 2, seed));
            assertEquals(0, quality.sameOrganisationPairs(), "seed " + seed + ": " + TableMixer.mix(people, 2, seed));
        }
    }

    @Test
    void noPeopleNoTablesAndATableSizeBelowOneIsRefused() {
        assertEquals(List.of(), TableMixer.mix(List.of(), 7, 1));
        assertThrows(IllegalArgumentException.class, () -> TableMixer.mix(conference(), 0, 1));
        assertThrows(IllegalArgumentException.class, () -> TableMixer.mix(
                List.of(new Person(1, "SCHOOL", "A"), new Person(1, "POLICE", "B")), 7, 1));
    }

    /** Like the demo conference: 70 people from twelve organisations in eight sectors. */
    static List<Person> conference() {
        String[][] organisations = {{"PRESCHOOL", "Förskolan Solrosen"}, {"PRESCHOOL", "Förskolan Trollstigen"},
            {"SCHOOL", "Strömtorpsskolan"}, {"SCHOOL", "Bruksskolan"}, {"SCHOOL", "Parkskolan"},
            {"SOCIAL_SERVICES", "Socialtjänsten Degerfors"}, {"SOCIAL_SERVICES", "Individ- och familjeomsorgen"},
            {"POLICE", "Polisen Region Bergslagen"}, {"HEALTH_CENTRE", "Vårdcentralen Degerfors"},
            {"GRYNINGEN", "Gryningen"}, {"PUBLIC_HEALTH", "Folkhälsoförvaltningen"}, {"OTHER", "Region Örebro län"}};
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            people.add(new Person(500 + i, organisations[i % 12][0], organisations[i % 12][1]));
        }
        return people;
    }

    private static void assertNoHelpfulSwap(List<List<Person>> tables, Population population) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        List<List<String>> organisations = new ArrayList<>();
        for (List<Person> table : tables) {
            Map<String, Integer> count = new HashMap<>();
            List<String> keys = table.stream().map(Person::organisationKey).toList();
            keys.forEach(key -> count.merge(key, 1, Integer::sum));
            counts.add(count);
            organisations.add(keys);
        }
        for (int a = 0; a < tables.size(); a++) {
            for (int b = a + 1; b < tables.size(); b++) {
                for (int i = 0; i < tables.get(a).size(); i++) {
                    for (int j = 0; j < tables.get(b).size(); j++) {
                        Person x = tables.get(a).get(i);
                        Person y = tables.get(b).get(j);
                        String xo = organisations.get(a).get(i);
                        String yo = organisations.get(b).get(j);
                        if (!x.sector().equals(y.sector()) || xo.equals(yo)) {
                            continue;
                        }
                        int change = counts.get(a).getOrDefault(yo, 0) + counts.get(b).getOrDefault(xo, 0)
                                - (counts.get(a).get(xo) - 1) - (counts.get(b).get(yo) - 1);
                        assertTrue(change >= 0, () -> "swapping " + x + " and " + y + " would help: " + population);
                    }
                }
            }
        }
    }
}
