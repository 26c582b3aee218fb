import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registration rush against a running Samverka, through the public HTTP API. Every scenario creates a fresh
 * event (capacity CAPACITY) with three workshops of 300, 200 and 100 seats; each registration chooses one
 * workshop (seeded, so runs are repeatable). Afterwards the organiser API is read back to check that nothing
 * is overbooked, that the waiting list is numbered 1..n, and (when the server reports {@code lineNumber})
 * that seats went first come, first served.
 * <pre>
 * java RegistrationRush.java BASE-URL ADMIN-PASSWORD SCENARIO [key=value]...
 *   one     one client posting sequentially: warmup=30 total=300 capacity=250
 *   open    open loop, Poisson arrivals: rate=100 (per second) seconds=60 capacity=rate*seconds*5/6;
 *           each request is sent at its scheduled time without waiting for earlier answers, and its
 *           latency counts from that scheduled time (no coordinated omission)
 *   closed  saturation, CLIENTS clients posting again as soon as answered: clients=100 total=6000
 *           capacity=5000, or seconds=N to run for a duration instead of a count
 *   other keys: seed=14 label=TEXT (names the run in the summary) summary=FILE (appends one tab-separated
 *   line: label scenario throughput p50 p90 p99 max created failed overbooked waitlist fairness and CPU ms/reg of server, database, generator, machine busy %)
 *   server-pid=PID clock-ticks=100: the server's CPU per registration while the rush ran (from /proc)
 *   db-pid=PID: the same for the database's processes (the PostgreSQL postmaster and its children); the
 *   load generator's own CPU and how busy the whole machine was are reported too (Linux /proc)
 * java RegistrationRush.java BASE-URL ADMIN-PASSWORD [clients] [total] [capacity]   (the old call: closed)
 * </pre>
 * Exit status: 0 all well; 1 overbooked, waiting list with gaps or duplicates, or fairness violated;
 * 3 checks passed but some requests did not get 201.
 */
public class RegistrationRush {

    static final int[] WORKSHOP_SEATS = {300, 200, 100};
    static final int SHOWN_FAILURES = 5;

    final String base;
    final String auth;
    final Map<String, String> options;
    final long seed;

    RegistrationRush(String base, String password, Map<String, String> options) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        this.options = options;
        this.seed = whole("seed", 14);
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("--calibrate")) {
            calibrate();
            return;
        }
        if (args.length < 2) {
            System.err.println("usage: java RegistrationRush.java BASE-URL ADMIN-PASSWORD [one|open|closed] [key=value]...");
            System.exit(64);
        }
        Map<String, String> options = new LinkedHashMap<>();
        String scenario;
        if (args.length == 2 || args[2].matches("\\d+")) {
            scenario = "closed";
            String[] keys = {"clients", "total", "capacity"};
            for (int i = 2; i < args.length && i < 5; i++) {
                options.put(keys[i - 2], args[i]);
            }
        } else {
            scenario = args[2];
            for (int i = 3; i < args.length; i++) {
                String[] pair = args[i].split("=", 2);
                if (pair.length != 2) {
                    throw new IllegalArgumentException("expected key=value, got " + args[i]);
                }
                options.put(pair[0], pair[1]);
            }
        }
        RegistrationRush rush = new RegistrationRush(args[0], args[1], options);
        Result result = switch (scenario) {
            case "one" -> rush.one();
            case "open" -> rush.open();
            case "closed" -> rush.closed();
            default -> throw new IllegalArgumentException("unknown scenario " + scenario + " (one, open, closed)");
        };
        Checks checks = rush.check(result.event);
        result.print();
        checks.print();
        rush.summarise(result, checks);
        System.exit(!checks.ok() ? 1 : result.failed.get() > 0 ? 3 : 0);
    }

    /**
     * How fast this machine is at the moment: SHA-256 over the same buffer on one thread and then on as many
     * threads as there are cores, after a second of warm-up. A virtual machine's cores can be slower one hour
     * than the next (their host is shared and reports no stolen time); this figure, printed before and after a
     * run, tells apart a slower machine from slower code.
     */
    static void calibrate() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        hashFor(1, 1.0);
        System.out.printf(Locale.ROOT, "machine speed: SHA-256 %.0f MB/s on one thread, %.0f MB/s on %d threads;"
                + " memory %.1f ns a read%n", hashFor(1, 3.0), hashFor(cores, 3.0), cores, memoryLatency());
    }

    /**
     * Nanoseconds per read when every read depends on the one before, at random over 128 MB: the memory's
     * latency, which a host's other tenants share (their caches and memory traffic), unlike the cores' arithmetic
     * that SHA-256 measures.
     */
    static double memoryLatency() {
        int[] next = new int[32 << 20];
        for (int i = 0; i < next.length; i++) {
            next[i] = i;
        }
        java.util.Random random = new java.util.Random(1);
        for (int i = next.length - 1; i > 0; i--) { // Sattolo: one cycle through every slot
            int j = random.nextInt(i);
            int swap = next[i];
            next[i] = next[j];
            next[j] = swap;
        }
        int at = 0;
        for (int i = 0; i < 2_000_000; i++) {
            at = next[at];
        }
        int reads = 20_000_000;
        long start = System.nanoTime();
        for (int i = 0; i < reads; i++) {
            at = next[at];
        }
        long nanos = System.nanoTime() - start;
        if (at == -1) {
            System.out.print("");
        }
        return (double) nanos / reads;
    }

    /** MB hashed per second by THREADS threads hashing for SECONDS. */
    static double hashFor(int threads, double seconds) throws Exception {
        byte[] buffer = new byte[1 << 20];
        new java.util.Random(1).nextBytes(buffer);
        long until = System.nanoTime() + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Long>> counts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            counts.add(pool.submit(() -> {
                java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
                long hashed = 0;
                while (System.nanoTime() < until) {
                    sha.update(buffer);
                    sha.digest();
                    hashed++;
                }
                return hashed;
            }));
        }
        long total = 0;
        for (Future<Long> count : counts) {
            total += count.get();
        }
        pool.shutdown();
        return total * buffer.length / 1e6 / seconds;
    }

    // ---- scenarios ------------------------------------------------------------------------------------------

    Result one() {
        int warmup = (int) whole("warmup", 30);
        int total = (int) whole("total", 300);
        int capacity = (int) whole("capacity", 250);
        HttpClient http = client(2);
        Result result = new Result("one", createEvent(http, capacity), cpuMeter(), "1 client, " + total + " registrations after "
                + warmup + " unmeasured");
        Wire wire = wire();
        for (int n = 0; n < warmup; n++) {
            register(wire, result.event, total + n);
        }
        result.started();
        for (int n = 0; n < total; n++) {
            long t0 = System.nanoTime();
            Wire.Answer answer = register(wire, result.event, n);
            result.record(System.nanoTime() - t0, answer.status(), answer.body());
        }
        result.finished();
        return result;
    }

    Result open() throws InterruptedException {
        double rate = decimal("rate", 100);
        double seconds = decimal("seconds", 60);
        int capacity = (int) whole("capacity", Math.round(rate * seconds * 5 / 6));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Result result = new Result("open", createEvent(http, capacity), cpuMeter(), String.format(Locale.ROOT,
                "Poisson arrivals at %.0f/s for %.0f s, capacity %d", rate, seconds, capacity));
        java.util.Random arrivals = new java.util.Random(seed);
        Wire wire = wire();
        // a sender per request in flight, each with its own connection; more than the server has request
        // threads, so that requests wait at the server, and their latency counts from the scheduled time anyway
        ExecutorService senders = Executors.newFixedThreadPool((int) whole("senders", 200), daemons());
        int sent = 0;
        long lagMax = 0;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        result.startedAt(start);
        double at = 0;
        for (int n = 0; ; n++) {
            at += -Math.log(1 - arrivals.nextDouble()) / rate;
            if (at >= seconds) {
                break;
            }
            long scheduled = start + (long) (at * 1e9);
            for (long wait; (wait = scheduled - System.nanoTime()) > 0; ) {
                LockSupport.parkNanos(wait);
            }
            lagMax = Math.max(lagMax, System.nanoTime() - scheduled);
            int number = n;
            senders.execute(() -> {
                Wire.Answer answer = register(wire, result.event, number);
                result.record(System.nanoTime() - scheduled, answer.status(), answer.body());
            });
            sent++;
        }
        senders.shutdown();
        senders.awaitTermination(10, TimeUnit.MINUTES);
        result.finished();
        result.note = String.format(Locale.ROOT, "sent=%d latest send behind schedule=%.1f ms", sent, lagMax / 1e6);
        return result;
    }

    Result closed() throws Exception {
        int clients = (int) whole("clients", 100);
        boolean timed = options.containsKey("seconds");
        long total = timed ? Long.MAX_VALUE : whole("total", 6000);
        int capacity = (int) whole("capacity", 5000);
        HttpClient http = client(8);
        Result result = new Result("closed", createEvent(http, capacity), cpuMeter(), clients + " clients, "
                + (timed ? options.get("seconds") + " s" : total + " registrations") + ", capacity " + capacity);
        long deadline = timed ? System.nanoTime() + (long) (decimal("seconds", 60) * 1e9) : Long.MAX_VALUE;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        Wire wire = wire();
        List<Future<?>> running = new ArrayList<>();
        result.started();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                int n;
                while ((n = next.getAndIncrement()) < total && System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    Wire.Answer answer = register(wire, result.event, n);
                    result.record(System.nanoTime() - t0, answer.status(), answer.body());
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        result.finished();
        pool.shutdown();
        return result;
    }

    // ---- the event and its registrations ----------------------------------------------------------------------

    Event createEvent(HttpClient http, int capacity) {
        long event = id(send(http, post(base + "/api/events", auth, """
                {"title":"Rusning %d","type":"CONFERENCE","startDate":"2031-05-06","endDate":"2031-05-06","capacity":%d}
                """.formatted(System.currentTimeMillis(), capacity))));
        long[] workshops = new long[WORKSHOP_SEATS.length];
        for (int w = 0; w < workshops.length; w++) {
            workshops[w] = id(send(http, post(base + "/api/events/" + event + "/sessions", auth, """
                    {"title":"Workshop %d","kind":"WORKSHOP","start":"2031-05-06T10:00","end":"2031-05-06T11:00","capacity":%d}
                    """.formatted(w + 1, WORKSHOP_SEATS[w]))));
        }
        return new Event(event, capacity, workshops);
    }

    /** Registration n of EVENT, through the public API. */
    Wire.Answer register(Wire wire, Event event, int n) {
        long workshop = event.workshops[workshopFor(n)];
        return wire.post("/api/events/" + event.id + "/registrations", """
                {"firstName":"Deltagare","lastName":"Nummer %d","email":"rush%d-%d@bench.example","organisation":"Degerfors kommun",
                 "sector":"SCHOOL","sessionIds":[%d],"consentPrivacy":true,"consentListed":false}
                """.formatted(n, event.id, n, workshop));
    }

    Wire wire() {
        URI uri = URI.create(base);
        return new Wire(uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort());
    }

    /** Which workshop registration n chooses: uniform, fixed by the seed (SplitMix64 of seed and n). */
    int workshopFor(int n) {
        long z = seed + (n + 1L) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (int) Math.floorMod(z, (long) WORKSHOP_SEATS.length);
    }

    record Event(long id, int capacity, long[] workshops) {
    }

    // ---- the checks -------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    Checks check(Event event) {
        HttpResponse<String> response = send(client(2), HttpRequest.newBuilder(
                        URI.create(base + "/api/events/" + event.id + "/registrations"))
                .timeout(Duration.ofSeconds(600)).header("Authorization", auth).header("Accept", "application/json")
                .GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("reading the registrations back: " + response.statusCode() + " " + response.body());
        }
        List<Map<String, Object>> items = (List<Map<String, Object>>) new Json(response.body()).value();
        return new Checks(event, items);
    }

    static final class Checks {
        final List<String> lines = new ArrayList<>();
        boolean overbooked;
        boolean waitlistBroken;
        /** null: not checkable (no lineNumber). */
        Boolean fair;

        Checks(Event event, List<Map<String, Object>> items) {
            List<Map<String, Object>> confirmed = withStatus(items, "CONFIRMED");
            List<Map<String, Object>> waitlisted = withStatus(items, "WAITLISTED");
            lines.add(String.format("read back: %d registrations, confirmed=%d waitlisted=%d other=%d", items.size(),
                    confirmed.size(), waitlisted.size(), items.size() - confirmed.size() - waitlisted.size()));
            overbooking(event, confirmed);
            waitingList(items, waitlisted);
            fairness(event, items, confirmed, waitlisted);
        }

        private void overbooking(Event event, List<Map<String, Object>> confirmed) {
            overbooked = confirmed.size() > event.capacity;
            lines.add(String.format("overbooking: event capacity=%d confirmed=%d %s", event.capacity, confirmed.size(),
                    overbooked ? "OVERBOOKED" : "ok"));
            for (int w = 0; w < event.workshops.length; w++) {
                long workshop = event.workshops[w];
                long seated = confirmed.stream().flatMap(r -> choices(r).stream())
                        .filter(c -> number(c.get("sessionId")) == workshop && "CONFIRMED".equals(c.get("status"))).count();
                long waiting = confirmed.stream().flatMap(r -> choices(r).stream())
                        .filter(c -> number(c.get("sessionId")) == workshop && "WAITLISTED".equals(c.get("status"))).count();
                boolean over = seated > WORKSHOP_SEATS[w];
                overbooked |= over;
                lines.add(String.format("overbooking: workshop %d seats=%d seated=%d waiting=%d %s", w + 1,
                        WORKSHOP_SEATS[w], seated, waiting, over ? "OVERBOOKED" : "ok"));
            }
        }

        private void waitingList(List<Map<String, Object>> items, List<Map<String, Object>> waitlisted) {
            List<Long> positions = waitlisted.stream().map(r -> r.get("waitlistPosition"))
                    .map(p -> p == null ? -1L : number(p)).sorted().toList();
            int gaps = 0;
            int duplicates = 0;
            int missing = 0;
            for (int i = 0; i < positions.size(); i++) {
                if (positions.get(i) < 1) {
                    missing++;
                } else if (i > 0 && positions.get(i).equals(positions.get(i - 1))) {
                    duplicates++;
                }
            }
            List<Long> present = positions.stream().filter(p -> p >= 1).distinct().toList();
            for (int i = 0; i < present.size(); i++) {
                if (present.get(i) != i + 1) {
                    gaps++;
                    break;
                }
            }
            long strays = items.stream().filter(r -> !"WAITLISTED".equals(r.get("status")))
                    .filter(r -> r.get("waitlistPosition") != null).count();
            waitlistBroken = gaps + duplicates + missing > 0 || strays > 0;
            lines.add(String.format("waiting list: %d in line, positions %s%s", positions.size(),
                    positions.isEmpty() ? "none" : "1.." + positions.get(positions.size() - 1),
                    waitlistBroken ? String.format(" BROKEN (gaps=%s duplicates=%d without position=%d"
                            + " positions on registrations not in line=%d)", gaps > 0, duplicates, missing, strays) : " ok"));
        }

        private void fairness(Event event, List<Map<String, Object>> items, List<Map<String, Object>> confirmed,
                List<Map<String, Object>> waitlisted) {
            long withLine = items.stream().filter(r -> r.get("lineNumber") != null).count();
            if (withLine == 0) {
                lines.add("fairness: not checkable (no lineNumber)");
                return;
            }
            List<String> violations = new ArrayList<>();
            if (withLine < items.size()) {
                violations.add((items.size() - withLine) + " registrations without lineNumber");
            }
            long confirmedLast = confirmed.stream().mapToLong(Checks::line).max().orElse(Long.MIN_VALUE);
            long waitlistedFirst = waitlisted.stream().mapToLong(Checks::line).min().orElse(Long.MAX_VALUE);
            if (confirmedLast > waitlistedFirst) {
                long late = confirmed.stream().filter(r -> line(r) > waitlistedFirst).count();
                violations.add(late + " confirmed registrations came after the first one in line (line " + waitlistedFirst + ")");
            }
            List<Map<String, Object>> inLine = new ArrayList<>(waitlisted);
            inLine.sort(Comparator.comparingLong(r -> r.get("waitlistPosition") == null ? Long.MAX_VALUE
                    : number(r.get("waitlistPosition"))));
            int outOfOrder = 0;
            for (int i = 1; i < inLine.size(); i++) {
                if (line(inLine.get(i)) <= line(inLine.get(i - 1))) {
                    outOfOrder++;
                }
            }
            if (outOfOrder > 0) {
                violations.add(outOfOrder + " places in the waiting list out of lineNumber order");
            }
            boolean choiceLines = confirmed.stream().flatMap(r -> choices(r).stream()).anyMatch(c -> c.get("lineNumber") != null);
            for (int w = 0; w < event.workshops.length && choiceLines; w++) {
                long workshop = event.workshops[w];
                List<Map<String, Object>> chosen = confirmed.stream().flatMap(r -> choices(r).stream())
                        .filter(c -> number(c.get("sessionId")) == workshop).toList();
                long unnumbered = chosen.stream().filter(c -> c.get("lineNumber") == null).count();
                if (unnumbered > 0) {
                    violations.add("workshop " + (w + 1) + ": " + unnumbered + " choices without lineNumber");
                    continue;
                }
                long seatedLast = chosen.stream().filter(c -> "CONFIRMED".equals(c.get("status")))
                        .mapToLong(c -> number(c.get("lineNumber"))).max().orElse(Long.MIN_VALUE);
                long waitingFirst = chosen.stream().filter(c -> "WAITLISTED".equals(c.get("status")))
                        .mapToLong(c -> number(c.get("lineNumber"))).min().orElse(Long.MAX_VALUE);
                if (seatedLast > waitingFirst) {
                    long late = chosen.stream().filter(c -> "CONFIRMED".equals(c.get("status")))
                            .filter(c -> number(c.get("lineNumber")) > waitingFirst).count();
                    violations.add("workshop " + (w + 1) + ": " + late + " seated choices came after the first waiting one");
                }
            }
            fair = violations.isEmpty();
            lines.add("fairness: " + (fair ? "ok (confirmed before waitlisted, waiting list in lineNumber order"
                    + (choiceLines ? ", seated before waiting per workshop)" : "; workshops not checkable: no lineNumber in sessions)")
                    : "VIOLATED: " + String.join("; ", violations)));
        }

        boolean ok() {
            return !overbooked && !waitlistBroken && !Boolean.FALSE.equals(fair);
        }

        String fairness() {
            return fair == null ? "n/a" : fair ? "ok" : "VIOLATED";
        }

        void print() {
            lines.forEach(System.out::println);
        }

        private static List<Map<String, Object>> withStatus(List<Map<String, Object>> items, String status) {
            return items.stream().filter(r -> status.equals(r.get("status"))).toList();
        }

        @SuppressWarnings("unchecked")
        private static List<Map<String, Object>> choices(Map<String, Object> registration) {
            Object sessions = registration.get("sessions");
            return sessions == null ? List.of() : (List<Map<String, Object>>) sessions;
        }

        private static long line(Map<String, Object> registration) {
            Object line = registration.get("lineNumber");
            return line == null ? Long.MAX_VALUE : number(line);
        }

        private static long number(Object value) {
            return ((Number) value).longValue();
        }
    }

    // ---- results ----------------------------------------------------------------------------------------------

    static final class Result {
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
            System.out.printf(Locale.ROOT, "scenario=%s (%s) event=%d%n", scenario, description, event.id);
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
    }

    void summarise(Result result, Checks checks) throws IOException {
        String file = options.get("summary");
        if (file == null) {
            return;
        }
        List<Long> sorted = result.sorted();
        String line = String.join("\t", options.getOrDefault("label", "-"), result.scenario,
                String.format(Locale.ROOT, "%.0f", result.perMinute()), ms1(sorted, 0.50), ms1(sorted, 0.90),
                ms1(sorted, 0.99), ms1(sorted, 1.0), String.valueOf(result.created.get()),
                String.valueOf(result.failed.get()), checks.overbooked ? "OVERBOOKED" : "no",
                checks.waitlistBroken ? "BROKEN" : "ok", checks.fairness(),
                ms1(result.cpuPerRegistration()), ms1(result.databaseCpuPerRegistration()),
                ms1(result.generatorCpuPerRegistration()), ms1(result.machineBusy())) + "\n";
        Files.writeString(Path.of(file), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
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

    CpuMeter cpuMeter() {
        return new CpuMeter(options.get("server-pid"), options.get("db-pid"), whole("clock-ticks", 100));
    }

    /**
     * Where the machine's CPU goes while a rush runs, from Linux's /proc: the server process (option
     * server-pid), the database (option db-pid: a process with its children, such as PostgreSQL's postmaster
     * with its back ends; the CPU of children that have ended counts through the parent's), this load
     * generator, and the whole machine. Times in nanoseconds; -1 when not asked for or not readable.
     */
    record CpuMeter(String serverPid, String databasePid, long ticksPerSecond) {

        record Reading(long server, long database, long generator, long machineBusy, long machineTotal) {
        }

        Reading read() {
            long[] machine = machine();
            return new Reading(process(serverPid, false), process(databasePid, true),
                    ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L),
                    machine[0], machine[1]);
        }

        private long process(String pid, boolean withChildren) {
            if (pid == null || pid.isBlank()) {
                return -1;
            }
            try {
                String[] own = fields(pid);
                long ticks = Long.parseLong(own[11]) + Long.parseLong(own[12]);
                if (withChildren) {
                    ticks += Long.parseLong(own[13]) + Long.parseLong(own[14]);
                    try (var entries = Files.list(Path.of("/proc"))) {
                        for (Path entry : (Iterable<Path>) entries::iterator) {
                            String name = entry.getFileName().toString();
                            if (!name.chars().allMatch(Character::isDigit) || name.equals(pid)) {
                                continue;
                            }
                            try {
                                String[] child = fields(name);
                                if (child[1].equals(pid)) {
                                    ticks += Long.parseLong(child[11]) + Long.parseLong(child[12]);
                                }
                            } catch (IOException gone) {
                                // the process ended meanwhile; its CPU now counts in the parent's
                            }
                        }
                    }
                }
                return ticks * 1_000_000_000L / ticksPerSecond;
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }

        /** The fields of /proc/PID/stat after the command name: [0] state, [1] parent, [11] utime, [12] stime... */
        private static String[] fields(String pid) throws IOException {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        }

        /** {busy, total} of all cores since boot, from the first line of /proc/stat (idle and iowait are not busy). */
        private long[] machine() {
            try {
                String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long total = 0;
                for (int i = 1; i < Math.min(cpu.length, 9); i++) {
                    total += Long.parseLong(cpu[i]);
                }
                long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
                return new long[] {(total - idle) * 1_000_000_000L / ticksPerSecond, total * 1_000_000_000L / ticksPerSecond};
            } catch (IOException | RuntimeException e) {
                return new long[] {-1, -1};
            }
        }
    }

    // ---- HTTP -------------------------------------------------------------------------------------------------

    double decimal(String key, double fallback) {
        String value = options.get(key);
        return value == null || value.isBlank() ? fallback : Double.parseDouble(value);
    }

    long whole(String key, long fallback) {
        String value = options.get(key);
        return value == null || value.isBlank() ? fallback : Long.parseLong(value);
    }

    static HttpClient client(int threads) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(threads, daemons()))
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    static java.util.concurrent.ThreadFactory daemons() {
        return r -> {
            Thread thread = new Thread(r);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * The registrations' own HTTP/1.1 client: plain blocking sockets, one kept alive per thread. The JDK's
     * HttpClient used 2 to 3 ms of CPU per request on the two-core machine the bench runs on (see "CPU
     * ms/reg: generator"), all of it taken from the server being measured; this uses a fraction of that.
     * Setting up the event and reading the registrations back still go through HttpClient.
     */
    static final class Wire {
        record Answer(int status, String body) {
        }

        private final String host;
        private final int port;
        private final ThreadLocal<Connection> connections = new ThreadLocal<>();

        Wire(String host, int port) {
            this.host = host;
            this.port = port;
        }

        /** POSTs JSON to PATH; status -1 with the exception as body when no answer came. */
        Answer post(String path, String json) {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            Connection connection = connections.get();
            boolean reused = connection != null;
            try {
                if (connection == null) {
                    connection = open();
                }
                try {
                    return connection.exchange(head, body);
                } catch (Connection.ClosedBeforeAnswer e) {
                    connection.close();
                    if (!reused) {
                        throw e;
                    }
                    // the server closed a kept-alive connection before reading this request: send it once more
                    connection = open();
                    return connection.exchange(head, body);
                }
            } catch (IOException e) {
                if (connection != null) {
                    connection.close();
                }
                connections.remove();
                return new Answer(-1, e.toString());
            } finally {
                if (connection != null && connection.closed) {
                    connections.remove();
                }
            }
        }

        private Connection open() throws IOException {
            java.net.Socket socket = new java.net.Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new java.net.InetSocketAddress(host, port), 10_000);
            socket.setSoTimeout(120_000);
            Connection connection = new Connection(socket);
            connections.set(connection);
            return connection;
        }

        private static final class Connection {
            static final class ClosedBeforeAnswer extends IOException {
                private static final long serialVersionUID = 1L;

                ClosedBeforeAnswer(IOException cause) {
                    super("connection closed before an answer", cause);
                }
            }

            final java.net.Socket socket;
            final java.io.InputStream in;
            final java.io.OutputStream out;
            boolean closed;

            Connection(java.net.Socket socket) throws IOException {
                this.socket = socket;
                this.in = new java.io.BufferedInputStream(socket.getInputStream(), 16 * 1024);
                this.out = socket.getOutputStream();
            }

            Answer exchange(byte[] head, byte[] body) throws IOException {
                byte[] request = new byte[head.length + body.length];
                System.arraycopy(head, 0, request, 0, head.length);
                System.arraycopy(body, 0, request, head.length, body.length);
                String status;
                try {
                    out.write(request);
                    out.flush();
                    status = line();
                } catch (java.net.SocketException e) {
                    throw new ClosedBeforeAnswer(e);
                }
                if (status == null) {
                    throw new ClosedBeforeAnswer(null);
                }
                String[] parts = status.split(" ", 3);
                if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
                    throw new IOException("not an HTTP status line: " + status);
                }
                int code = Integer.parseInt(parts[1]);
                long length = -1;
                boolean chunked = false;
                boolean close = parts[0].equals("HTTP/1.0");
                for (String header; (header = line()) != null && !header.isEmpty(); ) {
                    int colon = header.indexOf(':');
                    String name = header.substring(0, Math.max(colon, 0)).trim().toLowerCase(Locale.ROOT);
                    String value = header.substring(colon + 1).trim();
                    switch (name) {
                        case "content-length" -> length = Long.parseLong(value);
                        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                        case "connection" -> close = value.equalsIgnoreCase("close");
                        default -> { }
                    }
                }
                byte[] answer;
                if (chunked) {
                    java.io.ByteArrayOutputStream chunks = new java.io.ByteArrayOutputStream();
                    for (int size; (size = Integer.parseInt(chunkSize(), 16)) > 0; ) {
                        chunks.write(in.readNBytes(size));
                        line();
                    }
                    while (!Objects.requireNonNullElse(line(), "").isEmpty()) {
                        // trailers
                    }
                    answer = chunks.toByteArray();
                } else if (length >= 0) {
                    answer = in.readNBytes((int) length);
                } else {
                    answer = in.readAllBytes();
                    close = true;
                }
                if (close) {
                    close();
                }
                return new Answer(code, new String(answer, StandardCharsets.UTF_8));
            }

            private String chunkSize() throws IOException {
                String size = line();
                if (size == null) {
                    throw new IOException("connection closed inside a chunked answer");
                }
                int extension = size.indexOf(';');
                return (extension < 0 ? size : size.substring(0, extension)).trim();
            }

            /** One header line without its CRLF; null at the end of the stream before any byte. */
            private String line() throws IOException {
                StringBuilder line = new StringBuilder(64);
                for (int b; (b = in.read()) != '\n'; ) {
                    if (b < 0) {
                        return line.length() == 0 ? null : line.toString();
                    }
                    if (b != '\r') {
                        line.append((char) b);
                    }
                }
                return line.toString();
            }

            void close() {
                closed = true;
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
        }
    }

    static HttpRequest post(String url, String auth, String json) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (auth != null) {
            builder.header("Authorization", auth);
        }
        return builder.build();
    }

    static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            return new Unanswered(request, e);
        }
    }

    static long id(HttpResponse<String> response) {
        Matcher matcher = Pattern.compile("\"id\":(\\d+)").matcher(response.body());
        if (response.statusCode() != 201 || !matcher.find()) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return Long.parseLong(matcher.group(1));
    }

    /** A request that got no answer (timeout, connection refused...): status -1, the exception as body. */
    record Unanswered(HttpRequest request, IOException failure) implements HttpResponse<String> {
        public int statusCode() {
            return -1;
        }

        public java.util.Optional<HttpResponse<String>> previousResponse() {
            return java.util.Optional.empty();
        }

        public java.net.http.HttpHeaders headers() {
            return java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true);
        }

        public String body() {
            return String.valueOf(failure);
        }

        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
            return java.util.Optional.empty();
        }

        public URI uri() {
            return request.uri();
        }

        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }

    /** Just enough JSON for the organiser API: objects, arrays, strings, numbers (long or double), booleans, null. */
    static final class Json {
        private final String text;
        private int at;

        Json(String text) {
            this.text = text;
        }

        Object value() {
            skipSpace();
            char c = text.charAt(at);
            switch (c) {
                case '{' -> {
                    Map<String, Object> object = new HashMap<>();
                    at++;
                    skipSpace();
                    if (text.charAt(at) == '}') {
                        at++;
                        return object;
                    }
                    while (true) {
                        skipSpace();
                        String key = string();
                        skipSpace();
                        expect(':');
                        object.put(key, value());
                        skipSpace();
                        if (text.charAt(at++) == '}') {
                            return object;
                        }
                    }
                }
                case '[' -> {
                    List<Object> array = new ArrayList<>();
                    at++;
                    skipSpace();
                    if (text.charAt(at) == ']') {
                        at++;
                        return array;
                    }
                    while (true) {
                        array.add(value());
                        skipSpace();
                        if (text.charAt(at++) == ']') {
                            return array;
                        }
                    }
                }
                case '"' -> {
                    return string();
                }
                default -> {
                    if (text.startsWith("true", at)) {
                        at += 4;
                        return Boolean.TRUE;
                    }
                    if (text.startsWith("false", at)) {
                        at += 5;
                        return Boolean.FALSE;
                    }
                    if (text.startsWith("null", at)) {
                        at += 4;
                        return null;
                    }
                    int from = at;
                    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                        at++;
                    }
                    String number = text.substring(from, at);
                    if (number.isEmpty()) {
                        throw new IllegalArgumentException("unexpected " + c + " at " + from);
                    }
                    return number.matches("-?\\d+") ? (Object) Long.parseLong(number) : (Object) Double.parseDouble(number);
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\') {
                    char escaped = text.charAt(at++);
                    switch (escaped) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> out.append(escaped);
                    }
                } else {
                    out.append(c);
                }
            }
        }

        private void expect(char c) {
            if (text.charAt(at) != c) {
                throw new IllegalArgumentException("expected " + c + " at " + at + ", got " + text.charAt(at));
            }
            at++;
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
