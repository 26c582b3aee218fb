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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Registration rush against a running Samverka, through the public HTTP API. Every scenario creates a fresh
 * event (capacity CAPACITY) with three workshops of 300, 200 and 100 seats; each registration chooses one
 * workshop (seeded, so runs are repeatable). Afterwards the organiser API is read back to check that nothing
 * is overbooked, that the waiting list is numbered 1..n, and (when the server reports {@code lineNumber})
 * that seats went first come, first served.
 * <pre>
 * javac -d OUT scripts/bench/*.java && java -cp OUT RegistrationRush BASE-URL ADMIN-PASSWORD SCENARIO [key=value]...
 *   one     one client posting sequentially: warmup=30 total=300 capacity=250
 *   open    open loop, Poisson arrivals: rate=100 (per second) seconds=60 capacity=rate*seconds*5/6;
 *           each request is sent at its scheduled time without waiting for earlier answers, and its
 *           latency counts from that scheduled time (no coordinated omission)
 *   closed  saturation, CLIENTS clients posting again as soon as answered: clients=100 total=6000
 *           capacity=5000, or seconds=N to run for a duration instead of a count
 *   other keys: seed=14 label=TEXT (names the run in the summary) summary=FILE (appends one tab-separated
 *   line: label scenario throughput p50 p90 p99 max created failed overbooked waitlist fairness, then CPU
 *   ms/reg of server, database and generator, and machine busy %)
 *   server-pid=PID clock-ticks=100: the server's CPU per registration while the rush ran (from /proc)
 *   db-pid=PID: the same for the database's processes (the PostgreSQL postmaster and its children); the
 *   load generator's own CPU and how busy the whole machine was are reported too (Linux /proc)
 * java -cp OUT RegistrationRush BASE-URL ADMIN-PASSWORD [clients] [total] [capacity]   (the old call: closed)
 *   timeline=FILE: writes every request's send time and latency (ms, tab-separated) to FILE
 * The other classes here: Checks (the read-back), Result (latencies and CPU of one scenario), CpuMeter (/proc),
 * Wire (the registrations' HTTP client), AdminApi (the organiser's calls, through the JDK's HttpClient), Json
 * (reading the API's answers), MachineSpeed (the calibration).
 * </pre>
 * Exit status: 0 all well; 1 overbooked, waiting list with gaps or duplicates, or fairness violated;
 * 3 checks passed but some requests did not get 201.
 */
public class RegistrationRush {

    static final int[] WORKSHOP_SEATS = {300, 200, 100};

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
        if (args.length < 2) {
            System.err.println("usage: java RegistrationRush BASE-URL ADMIN-PASSWORD [one|open|closed] [key=value]...");
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
        result.printSlowSeconds(250);
        if (options.containsKey("timeline")) {
            result.writeTimeline(java.nio.file.Path.of(options.get("timeline")));
        }
        checks.print();
        rush.summarise(result, checks);
        System.exit(!checks.ok() ? 1 : result.failed.get() > 0 ? 3 : 0);
    }

    // ---- scenarios ------------------------------------------------------------------------------------------

    Result one() {
        int warmup = (int) whole("warmup", 30);
        int total = (int) whole("total", 300);
        int capacity = (int) whole("capacity", 250);
        HttpClient http = AdminApi.client(2);
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
            result.record(t0, System.nanoTime() - t0, answer.status(), answer.body());
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
        int senderCount = (int) whole("senders", 200);
        ExecutorService senders = Executors.newFixedThreadPool(senderCount, AdminApi.daemons());
        wire.connectEach(senders, senderCount);
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
                result.record(scheduled, System.nanoTime() - scheduled, answer.status(), answer.body());
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
        HttpClient http = AdminApi.client(8);
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
                    result.record(t0, System.nanoTime() - t0, answer.status(), answer.body());
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
        long event = AdminApi.create(http, base + "/api/events", auth, """
                {"title":"Rusning %d","type":"CONFERENCE","startDate":"2031-05-06","endDate":"2031-05-06","capacity":%d}
                """.formatted(System.currentTimeMillis(), capacity));
        long[] workshops = new long[WORKSHOP_SEATS.length];
        for (int w = 0; w < workshops.length; w++) {
            workshops[w] = AdminApi.create(http, base + "/api/events/" + event + "/sessions", auth, """
                    {"title":"Workshop %d","kind":"WORKSHOP","start":"2031-05-06T10:00","end":"2031-05-06T11:00","capacity":%d}
                    """.formatted(w + 1, WORKSHOP_SEATS[w]));
        }
        return new Event(event, capacity, workshops);
    }

    /** Registration n of EVENT, through the public API. */
    Wire.Answer register(Wire wire, Event event, int n) {
        long workshop = event.workshops()[workshopFor(n)];
        return wire.post("/api/events/" + event.id() + "/registrations", """
                {"firstName":"Deltagare","lastName":"Nummer %d","email":"rush%d-%d@bench.example","organisation":"Degerfors kommun",
                 "sector":"SCHOOL","sessionIds":[%d],"consentPrivacy":true,"consentListed":false}
                """.formatted(n, event.id(), n, workshop));
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

    // ---- the checks -------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    Checks check(Event event) {
        HttpResponse<String> response = AdminApi.send(AdminApi.client(2), HttpRequest.newBuilder(
                        URI.create(base + "/api/events/" + event.id() + "/registrations"))
                .timeout(Duration.ofSeconds(600)).header("Authorization", auth).header("Accept", "application/json")
                .GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("reading the registrations back: " + response.statusCode() + " " + response.body());
        }
        List<Map<String, Object>> items = (List<Map<String, Object>>) new Json(response.body()).value();
        return new Checks(event, items);
    }

    // ---- results ----------------------------------------------------------------------------------------------

    void summarise(Result result, Checks checks) throws IOException {
        String file = options.get("summary");
        if (file == null) {
            return;
        }
        Files.writeString(Path.of(file), result.summaryLine(options.getOrDefault("label", "-"), checks),
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    CpuMeter cpuMeter() {
        return new CpuMeter(options.get("server-pid"), options.get("db-pid"), whole("clock-ticks", 100));
    }

    // ---- options ----------------------------------------------------------------------------------------------

    double decimal(String key, double fallback) {
        String value = options.get(key);
        return value == null || value.isBlank() ? fallback : Double.parseDouble(value);
    }

    long whole(String key, long fallback) {
        String value = options.get(key);
        return value == null || value.isBlank() ? fallback : Long.parseLong(value);
    }
}
