package se.samverka.dialogue;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Divides people into tables of at most a given size so that each table mixes sectors as much as the numbers
 * allow and colleagues (the same organisation) sit apart when that can be avoided. Pure and deterministic: the
 * same people and seed give the same tables, whatever order the people come in.
 *
 * <p>How. There are {@code g = ⌈n / size⌉} tables. The people are put in one line: sector after sector, and
 * within a sector organisation after organisation (the order of sectors, organisations and people is shuffled
 * by the seed, except that sectors with at least {@code g} people come first). The line is then dealt like cards:
 * the i-th person to table {@code i mod g}. This gives:
 * <ul>
 * <li>sizes within one of each other (the first {@code n mod g} tables get one more);</li>
 * <li>a run of {@code c} consecutive people lands at {@code min(c, g)} different tables, so each sector is at as
 * many tables as it can be, and the number of (table, sector) pairs reaches its upper bound
 * {@code Σ min(count, g)};</li>
 * <li>because the large sectors (at every table anyway) come first and the small ones after them in one unbroken
 * stretch, every table gets at least {@code ⌊bound / g⌋} sectors: the most that all tables can have at once
 * (see {@link GroupingQuality});</li>
 * <li>an organisation within one sector is a run too, so it is spread as evenly as possible, which gives the
 * fewest same-organisation pairs there can be. (Taking a sector's organisations in turn instead, A B C A, would
 * seat A twice at one of three tables.)</li>
 * </ul>
 * An organisation that appears in several sectors (a municipality, say) can still land twice at one table. A
 * second step swaps two people <em>of the same sector</em> between tables whenever that lowers the number of
 * same-organisation pairs: such a swap leaves every table's size and sectors exactly as they were, so the sector
 * mix stays optimal while colleagues are separated, until no such swap helps.
 */
public final class TableMixer {

    private TableMixer() {
    }

    /**
     * One person to seat.
     *
     * @param sector       the sector's code; people of one sector are spread over the tables
     * @param organisation as the person wrote it; compared without case, accents' forms or extra spaces
     */
    public record Person(long registrationId, String sector, String organisation) implements Serializable {

        public Person {
            if (sector == null) {
                throw new IllegalArgumentException("A person needs a sector");
            }
            organisation = organisation == null ? "" : organisation;
        }

        /** The organisation as compared: "Degerfors  kommun" and "degerfors kommun" are one. */
        public String organisationKey() {
            return Normalizer.normalize(organisation, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                    .toLowerCase(Locale.ROOT);
        }
    }

    /** How many tables {@code n} people need at tables of at most {@code size}. */
    public static int tablesFor(int people, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("Table size must be at least 1: " + size);
        }
        return (people + size - 1) / size;
    }

    /** The tables, largest first, each a list of people; no tables for no people. */
    public static List<List<Person>> mix(Collection<Person> people, int size, long seed) {
        int tables = tablesFor(people.size(), size);
        if (tables == 0) {
            return List.of();
        }
        Random random = new Random(seed);
        List<Placed> line = line(people, tables, random);
        List<List<Placed>> dealt = new ArrayList<>(tables);
        for (int t = 0; t < tables; t++) {
            dealt.add(new ArrayList<>());
        }
        for (int i = 0; i < line.size(); i++) {
            dealt.get(i % tables).add(line.get(i));
        }
        separateColleagues(dealt);
        return dealt.stream().map(table -> table.stream().map(Placed::person).toList()).toList();
    }

    /** A person with their organisation as compared, worked out once. */
    private record Placed(Person person, String organisation) {
        Placed(Person person) {
            this(person, person.organisationKey());
        }

        String sector() {
            return person.sector();
        }
    }

    /** Everyone in dealing order: large sectors, then small ones; within a sector, organisation by organisation. */
    private static List<Placed> line(Collection<Person> people, int tables, Random random) {
        List<Person> byId = new ArrayList<>(people);
        byId.sort(Comparator.comparingLong(Person::registrationId));
        Set<Long> ids = new HashSet<>();
        Map<String, Map<String, List<Placed>>> bySector = new TreeMap<>();
        for (Person person : byId) {
            if (!ids.add(person.registrationId())) {
                throw new IllegalArgumentException("Seated twice: " + person.registrationId());
            }
            Placed placed = new Placed(person);
            bySector.computeIfAbsent(person.sector(), s -> new TreeMap<>())
                    .computeIfAbsent(placed.organisation(), o -> new ArrayList<>()).add(placed);
        }
        List<Map<String, List<Placed>>> sectors = new ArrayList<>(bySector.values());
        Collections.shuffle(sectors, random);
        List<Map<String, List<Placed>>> ordered = new ArrayList<>();
        sectors.stream().filter(sector -> size(sector) >= tables).forEach(ordered::add);
        sectors.stream().filter(sector -> size(sector) < tables).forEach(ordered::add);
        List<Placed> line = new ArrayList<>(byId.size());
        for (Map<String, List<Placed>> sector : ordered) {
            List<List<Placed>> organisations = new ArrayList<>(sector.values());
            Collections.shuffle(organisations, random);
            for (List<Placed> colleagues : organisations) {
                List<Placed> shuffled = new ArrayList<>(colleagues);
                Collections.shuffle(shuffled, random);
                line.addAll(shuffled);
            }
        }
        return line;
    }

    private static int size(Map<String, List<Placed>> sector) {
        return sector.values().stream().mapToInt(List::size).sum();
    }

    /**
     * Swaps two people of the same sector between tables while that lowers the number of same-organisation pairs;
     * stops when no such swap helps. Each swap lowers the count, so this ends.
     */
    private static void separateColleagues(List<List<Placed>> tables) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        for (List<Placed> table : tables) {
            Map<String, Integer> count = new HashMap<>();
            table.forEach(placed -> count.merge(placed.organisation(), 1, Integer::sum));
            counts.add(count);
        }
        boolean swapped = true;
        while (swapped) {
            swapped = false;
            for (int a = 0; a < tables.size(); a++) {
                for (int i = 0; i < tables.get(a).size(); i++) {
                    if (counts.get(a).get(tables.get(a).get(i).organisation()) > 1 && swapAway(tables, counts, a, i)) {
                        swapped = true;
                    }
                }
            }
        }
    }

    /** Swaps person i of table a with the first person of the same sector elsewhere for whom that helps. */
    private static boolean swapAway(List<List<Placed>> tables, List<Map<String, Integer>> counts, int a, int i) {
        Placed x = tables.get(a).get(i);
        Map<String, Integer> here = counts.get(a);
        for (int b = 0; b < tables.size(); b++) {
            if (b == a) {
                continue;
            }
            List<Placed> other = tables.get(b);
            Map<String, Integer> there = counts.get(b);
            for (int j = 0; j < other.size(); j++) {
                Placed y = other.get(j);
                if (!y.sector().equals(x.sector()) || y.organisation().equals(x.organisation())) {
                    continue;
                }
                int change = here.getOrDefault(y.organisation(), 0) + there.getOrDefault(x.organisation(), 0)
                        - (here.get(x.organisation()) - 1) - (there.get(y.organisation()) - 1);
                if (change < 0) {
                    tables.get(a).set(i, y);
                    other.set(j, x);
                    here.merge(x.organisation(), -1, Integer::sum);
                    here.merge(y.organisation(), 1, Integer::sum);
                    there.merge(y.organisation(), -1, Integer::sum);
                    there.merge(x.organisation(), 1, Integer::sum);
                    return true;
                }
            }
        }
        return false;
    }
}
