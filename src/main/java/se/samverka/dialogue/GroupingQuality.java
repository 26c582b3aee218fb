package se.samverka.dialogue;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samverka.dialogue.TableMixer.Person;

/**
 * How well a day's tables mix, measured against what the people allow (any tables: mixed, moved by hand, locked).
 * With {@code g} tables that have someone at them and {@code c} people of a sector, that sector can be at no more
 * than {@code min(c, g)} tables, so the tables together can have at most {@code Σ min(c, g)} (table, sector)
 * pairs: {@link #possibleSectorPairs}. Spread as evenly as can be, that is at least {@code ⌊Σ / g⌋} sectors at
 * every table: the {@link #fairShare}, the most that all tables can have at once ({@link TableMixer} always
 * reaches it). A table's best possible is its fair share, or its size when it is smaller.
 *
 * <p>Colleagues: an organisation with {@code m} people at {@code g} tables must share tables when {@code m > g};
 * spread evenly it gives the fewest pairs, so the sum of those is the {@link #unavoidableSameOrganisationPairs}
 * (a floor: no grouping has fewer, though not every population lets the sectors and organisations both be at
 * their best).
 *
 * @param tables       per table, in the order given
 * @param sectorPairs  (table, sector) pairs: the sum of the distinct sectors at each table
 * @param smallest     people at the smallest table that has anyone (0 when nobody is seated)
 * @param largest      people at the largest table
 */
public record GroupingQuality(List<Table> tables, int sectorPairs, int possibleSectorPairs, int fairShare,
        int sameOrganisationPairs, int unavoidableSameOrganisationPairs, int smallest, int largest)
        implements Serializable {

    /**
     * One table's figures.
     *
     * @param sectors         distinct sectors at the table
     * @param possibleSectors the best possible for this table: the fair share, or the table's size if smaller
     * @param sameOrganisationPairs pairs of people at the table from the same organisation
     */
    public record Table(int size, int sectors, int possibleSectors, int sameOrganisationPairs) implements Serializable {

        /** Distinct sectors ÷ the best possible, 1 when the table has as many as it can. */
        public double sectorRatio() {
            return possibleSectors == 0 ? 1 : Math.min(1, sectors / (double) possibleSectors);
        }

        /** Whether the table has fewer sectors than it could. */
        public boolean belowPossible() {
            return sectors < possibleSectors;
        }
    }

    public static GroupingQuality of(List<? extends Collection<Person>> grouping) {
        int occupied = (int) grouping.stream().filter(table -> !table.isEmpty()).count();
        Map<String, Integer> bySector = new HashMap<>();
        Map<String, Integer> byOrganisation = new HashMap<>();
        grouping.forEach(table -> table.forEach(person -> {
            bySector.merge(person.sector(), 1, Integer::sum);
            byOrganisation.merge(person.organisationKey(), 1, Integer::sum);
        }));
        int possiblePairs = bySector.values().stream().mapToInt(count -> Math.min(count, occupied)).sum();
        int fairShare = occupied == 0 ? 0 : possiblePairs / occupied;
        int unavoidable = byOrganisation.values().stream().mapToInt(count -> evenlySpreadPairs(count, occupied)).sum();
        List<Table> tables = new ArrayList<>();
        int smallest = Integer.MAX_VALUE;
        int largest = 0;
        for (Collection<Person> table : grouping) {
            Set<String> sectors = new HashSet<>();
            Map<String, Integer> colleagues = new HashMap<>();
            for (Person person : table) {
                sectors.add(person.sector());
                colleagues.merge(person.organisationKey(), 1, Integer::sum);
            }
            tables.add(new Table(table.size(), sectors.size(), Math.min(table.size(), fairShare),
                    colleagues.values().stream().mapToInt(GroupingQuality::pairs).sum()));
            if (!table.isEmpty()) {
                smallest = Math.min(smallest, table.size());
                largest = Math.max(largest, table.size());
            }
        }
        return new GroupingQuality(List.copyOf(tables), tables.stream().mapToInt(Table::sectors).sum(), possiblePairs,
                fairShare, tables.stream().mapToInt(Table::sameOrganisationPairs).sum(), unavoidable,
                largest == 0 ? 0 : smallest, largest);
    }

    /** Distinct (table, sector) pairs ÷ the most there can be; 1 when the sectors are as mixed as they can be. */
    public double sectorMix() {
        return possibleSectorPairs == 0 ? 1 : sectorPairs / (double) possibleSectorPairs;
    }

    /** How many tables have fewer sectors than they could. */
    public long tablesBelowPossible() {
        return tables.stream().filter(Table::belowPossible).count();
    }

    /** Same-organisation pairs beyond those that cannot be avoided. */
    public int avoidableSameOrganisationPairs() {
        return sameOrganisationPairs - unavoidableSameOrganisationPairs;
    }

    /** People at the largest table minus people at the smallest (among tables that have anyone). */
    public int sizeSpread() {
        return largest - smallest;
    }

    /** The fewest pairs {@code m} people make at {@code g} tables: spread as evenly as they can be. */
    static int evenlySpreadPairs(int m, int g) {
        if (g == 0) {
            return 0;
        }
        int each = m / g;
        int more = m % g;
        return more * pairs(each + 1) + (g - more) * pairs(each);
    }

    private static int pairs(int k) {
        return k * (k - 1) / 2;
    }
}
