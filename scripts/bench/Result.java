import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** One scenario's answers as they came (latencies, statuses), the CPU readings around it, and their summary. */
final class Result {
    static final int SHOWN_FAILURES = 5;

    final String scenario;
    final Event event;
    final String description;
    final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    final AtomicInteger created = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final Map<Integer, AtomicInteger> statuses = new java.util.concurrent.ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<String> shownFailures = new ConcurrentLinkedQueue<>();
    final java.util.concurrent.atomic.AtomicLong quickestFailure = new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE);
    final CpuMeter cpu;
    long start;
    long end;
    CpuMeter.Reading cpuAtStart;
    CpuMeter.Reading cpuAtEnd;
    String note;

    Result(String scenario, Event event, CpuMeter cpu, String description) {
        this.scenario = scenario;
        this.event = event;
        this.cpu = cpu;
        this.description = description;
    }

    void started() {
        startedAt(System.nanoTime());
    }

    void startedAt(long nanos) {
        cpuAtStart = cpu.read();
        start = nanos;
    }

    void finished() {
        end = System.nanoTime();
        cpuAtEnd = cpu.read();
    }

    /** The server's CPU milliseconds per registration created while the rush ran; NaN when unknown. */
    double cpuPerRegistration() {
        return perRegistration(cpuAtStart.server(), cpuAtEnd.server());
    }

    /** The database processes' CPU milliseconds per registration (PostgreSQL; H2 runs inside the server). */
    double databaseCpuPerRegistration() {
        return perRegistration(cpuAtStart.database(), cpuAtEnd.database());
    }

    double generatorCpuPerRegistration() {
        return perRegistration(cpuAtStart.generator(), cpuAtEnd.generator());
    }

    /** The share of the machine's CPU time (all cores) that was busy while the rush ran, in per cent. */
    double machineBusy() {
        long total = cpuAtEnd.machineTotal() - cpuAtStart.machineTotal();
        return cpuAtStart.machineTotal() < 0 || total <= 0 ? Double.NaN
                : 100.0 * (cpuAtEnd.machineBusy() - cpuAtStart.machineBusy()) / total;
    }

    private double perRegistration(long before, long after) {
        return before < 0 || after < 0 || created.get() == 0 ? Double.NaN : (after - before) / 1e6 / created.get();
    }

    void record(long nanos, int status, String body) {
        latencies.add(nanos);
        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        if (status == 201) {
            created.incrementAndGet();
        } else {
            quickestFailure.accumulateAndGet(nanos, Math::min);
            if (failed.incrementAndGet() <= SHOWN_FAILURES) {
                String shown = body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "..." : body;
                shownFailures.add((status < 0 ? "no answer" : String.valueOf(status)) + " " + shown.strip());
            }
        }
    }

    double seconds() {
        return (end - start) / 1e9;
    }

    double perMinute() {
        return created.get() / seconds() * 60;
    }

    List<Long> sorted() {
        List<Long> sorted = new ArrayList<>(latencies);
        sorted.sort(null);
        return sorted;
    }

    void print() {
        List<Long> sorted = sorted();
        System.out.printf(Locale.ROOT, "scenario=%s (%s) event=%d%n", scenario, description, event.id());
        System.out.printf(Locale.ROOT, "requests=%d created=%d failed=%d seconds=%.1f%s%n", sorted.size(),
                created.get(), failed.get(), seconds(), note == null ? "" : " " + note);
        if (failed.get() > 0) {
            System.out.printf(Locale.ROOT, "statuses: %s (the quickest failure after %.1f ms)%n",
                    new java.util.TreeMap<>(statuses), quickestFailure.get() / 1e6);
            shownFailures.forEach(f -> System.out.println("failure: " + f));
        }
        System.out.printf(Locale.ROOT, "throughput=%.0f registrations/minute p50=%.1f ms p90=%.1f ms p99=%.1f ms max=%.1f ms%n",
                perMinute(), ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), ms(sorted, 1.0));
        if (cpuAtStart.server() >= 0) {
            System.out.printf(Locale.ROOT, "server CPU: %.1f s in %.1f s (%.2f cores), %.1f ms per registration%n",
                    (cpuAtEnd.server() - cpuAtStart.server()) / 1e9, seconds(),
                    (cpuAtEnd.server() - cpuAtStart.server()) / 1e9 / seconds(), cpuPerRegistration());
        }
        System.out.printf(Locale.ROOT, "CPU per registration: server %s ms, database %s ms, load generator %s ms;"
                + " machine busy %s %% of %d cores%n", ms1(cpuPerRegistration()), ms1(databaseCpuPerRegistration()),
                ms1(generatorCpuPerRegistration()), ms1(machineBusy()), Runtime.getRuntime().availableProcessors());
    }

    /** One decimal, or "-" when unknown. */
    static String ms1(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }

    static String ms1(List<Long> sorted, double quantile) {
        return String.format(Locale.ROOT, "%.1f", ms(sorted, quantile));
    }

    static double ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
