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
    /** Each request's send time (nanoseconds after the start) and latency, to see when in the run the slow ones came. */
    final ConcurrentLinkedQueue<long[]> timeline = new ConcurrentLinkedQueue<>();
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

    void record(long sentAt, long nanos, int status, String body) {
        timeline.add(new long[] {sentAt - start, nanos});
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
        List<Long> sorted = new ArrayList<>(timeline.size());
        timeline.forEach(t -> sorted.add(t[1]));
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

    /**
     * The seconds of the run whose slowest request took longest (by when it was sent), five at most, and only those
     * with a request slower than {@code slowMs}: whether a tail comes from one stall or is spread over the run.
     */
    void printSlowSeconds(double slowMs) {
        java.util.TreeMap<Long, List<Long>> bySecond = new java.util.TreeMap<>();
        timeline.forEach(t -> bySecond.computeIfAbsent(t[0] / 1_000_000_000L, k -> new ArrayList<>()).add(t[1]));
        List<Map.Entry<Long, List<Long>>> slow = bySecond.entrySet().stream()
                .filter(e -> e.getValue().stream().mapToLong(Long::longValue).max().orElse(0) / 1e6 > slowMs)
                .sorted((a, b) -> Long.compare(java.util.Collections.max(b.getValue()), java.util.Collections.max(a.getValue())))
                .toList();
        if (slow.isEmpty()) {
            return;
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "slow seconds: %d of %d had a request over %.0f ms; the worst (second sent: requests, slower than %.0f ms, max):",
                slow.size(), bySecond.size(), slowMs, slowMs));
        for (Map.Entry<Long, List<Long>> second : slow.subList(0, Math.min(5, slow.size()))) {
            List<Long> latencies = second.getValue();
            line.append(String.format(Locale.ROOT, " %d: %d, %d, %.0f ms;", second.getKey(), latencies.size(),
                    latencies.stream().filter(l -> l / 1e6 > slowMs).count(), java.util.Collections.max(latencies) / 1e6));
        }
        System.out.println(line);
    }

    /** Writes the timeline as tab-separated milliseconds: sent (after the start), latency; in the order sent. */
    void writeTimeline(java.nio.file.Path file) throws java.io.IOException {
        List<long[]> rows = new ArrayList<>(timeline);
        rows.sort((a, b) -> Long.compare(a[0], b[0]));
        StringBuilder text = new StringBuilder("sent_ms\tlatency_ms\n");
        rows.forEach(r -> text.append(String.format(Locale.ROOT, "%.1f\t%.1f%n", r[0] / 1e6, r[1] / 1e6)));
        java.nio.file.Files.writeString(file, text);
    }

    /**
     * The scenario as one tab-separated line of the summary: label, scenario, throughput, p50 p90 p99 max, created,
     * failed, the three checks, CPU ms/reg of server, database and generator, and machine busy %.
     */
    String summaryLine(String label, Checks checks) {
        List<Long> sorted = sorted();
        return String.join("\t", label, scenario, String.format(Locale.ROOT, "%.0f", perMinute()), ms1(sorted, 0.50),
                ms1(sorted, 0.90), ms1(sorted, 0.99), ms1(sorted, 1.0), String.valueOf(created.get()),
                String.valueOf(failed.get()), checks.overbooked ? "OVERBOOKED" : "no",
                checks.waitlistBroken ? "BROKEN" : "ok", checks.fairness(), ms1(cpuPerRegistration()),
                ms1(databaseCpuPerRegistration()), ms1(generatorCpuPerRegistration()), ms1(machineBusy())) + "\n";
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
