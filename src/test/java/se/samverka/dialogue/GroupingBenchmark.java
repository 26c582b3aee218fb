package se.samverka.dialogue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import se.samverka.dialogue.TableMixer.Person;

/**
 * One measurement for scripts/bench/grouping: mixes a population into tables of 7 with {@link TableMixer} and
 * prints one line: population, people, wall-clock and CPU milliseconds of the mixing (with three decimals), and
 * the quality: sector pairs, the most possible, tables below their best, same-organisation pairs, the unavoidable
 * ones, smallest and largest table.
 *
 * java -cp ... se.samverka.dialogue.GroupingBenchmark degerfors|regional|lopsided PEOPLE [WARM_UP] [SEED]
 *
 * With WARM_UP, the population is first mixed that many times with other seeds, so that the measured run finds
 * the code compiled, as in a server that has been up for a while.
 * <ul>
 * <li>degerfors: like the demo conference, twelve organisations in eight sectors, in turn;</li>
 * <li>regional: sectors as at a regional conference (school 40 %, preschool 20 %, social services 12 %, ...),
 * one organisation per 15 people, and one in ten people from a municipality office that spans sectors;</li>
 * <li>lopsided: 95 % from school (twenty schools), the rest police.</li>
 * </ul>
 */
public final class GroupingBenchmark {

    private static final String[] SECTORS = {"SCHOOL", "PRESCHOOL", "SOCIAL_SERVICES", "HEALTH_CENTRE", "POLICE",
        "PUBLIC_HEALTH", "GRYNINGEN", "OTHER"};
    private static final int[] REGIONAL_PERCENT = {40, 20, 12, 8, 5, 5, 3, 7};
    private static final int SIZE = 7;

    private GroupingBenchmark() {
    }

    public static void main(String[] args) {
        String name = args[0];
        int count = Integer.parseInt(args[1]);
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 2027L;
        List<Person> people = population(name, count);
        for (int i = 0; i < warmUp; i++) {
            TableMixer.mix(people, SIZE, seed + 1 + i);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        List<List<Person>> tables = TableMixer.mix(people, SIZE, seed);
        double wall = (System.nanoTime() - start) / 1e6;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        GroupingQuality quality = GroupingQuality.of(tables);
        System.out.printf(java.util.Locale.ROOT, "%s %d %.3f %.3f %d %d %d %d %d %d %d%n", name, count, wall, cpu,
                quality.sectorPairs(), quality.possibleSectorPairs(), quality.tablesBelowPossible(),
                quality.sameOrganisationPairs(), quality.unavoidableSameOrganisationPairs(), quality.smallest(),
                quality.largest());
    }

    static List<Person> population(String name, int count) {
        return switch (name) {
            case "degerfors" -> TableMixerTest.conference().subList(0, Math.min(count, 70));
            case "regional" -> regional(count);
            case "lopsided" -> lopsided(count);
            default -> throw new IllegalArgumentException("No population " + name);
        };
    }

    private static List<Person> regional(int count) {
        Random random = new Random(20_270_119L);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int draw = random.nextInt(100);
            int sector = 0;
            for (int sum = REGIONAL_PERCENT[0]; draw >= sum; sum += REGIONAL_PERCENT[++sector]) {
                // find the sector whose share the draw falls in
            }
            int organisations = Math.max(1, count * REGIONAL_PERCENT[sector] / 100 / 15);
            String organisation = random.nextInt(10) == 0 ? "Kommun " + random.nextInt(12)
                    : SECTORS[sector] + " " + random.nextInt(organisations);
            people.add(new Person(i + 1, SECTORS[sector], organisation));
        }
        return people;
    }

    private static List<Person> lopsided(int count) {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean police = i % 20 == 19;
            people.add(new Person(i + 1, police ? "POLICE" : "SCHOOL", police ? "Polisen" : "Skola " + i % 20));
        }
        return people;
    }
}
