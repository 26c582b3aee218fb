package se.samverka.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import se.samverka.testdata.EventBuilder;
import se.samverka.testing.Api;
import se.samverka.testing.AppServer;
import se.samverka.testing.EmbeddedPostgresServer;
import se.samverka.testing.Given;

/**
 * The crash drill: several clients register through the public API, the server JVM is killed with
 * {@code kill -9} in the middle of the burst and started again on the same database. Every registration
 * that was answered 201 must be there, and every stored registration must have its mail in the outbox.
 * The suite runs one short round on H2 (PostgreSQL's is in {@link ClusterIT}): the kill comes once
 * {@value #ACKNOWLEDGED} registrations have
 * been answered 201 (about 2.5 s on a quiet machine, later on a busy one, so that a slow machine still
 * proves something); {@code scripts/drill/crash} runs longer bursts of a fixed length and more rounds
 * ({@code -Ddrill.runs}, {@code -Ddrill.millis}, {@code -Ddrill.clients}) and writes
 * {@code target/drill/crash-report.txt}.
 */
class CrashDrillIT {

    private static final int RUNS = Integer.getInteger("drill.runs", 1);
    /** A burst of fixed length when given; else until {@link #ACKNOWLEDGED} registrations are answered 201. */
    private static final Long MILLIS = Long.getLong("drill.millis");
    private static final int ACKNOWLEDGED = 25;
    private static final Duration LONGEST = Duration.ofSeconds(60);
    private static final int CLIENTS = Integer.getInteger("drill.clients", 16);
    private static final Path DRILL = Path.of("target", "drill");

    @Test
    void anH2FileDatabaseKeepsEveryAcknowledgedRegistration() throws Exception {
        for (int run = 1; run <= RUNS; run++) {
            Path dir = fresh(DRILL.resolve("h2-" + run));
            String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("db").resolve("samverka");
            drill("h2", run, dir, url);
        }
    }

    /**
     * In {@code scripts/drill/crash} (which sets {@code drill.runs}); the suite's kill -9 on PostgreSQL is
     * {@link ClusterIT}'s, of one of two instances in the middle of a rush, to keep the suite within its time.
     */
    @Test
    @EnabledIfSystemProperty(named = "drill.runs", matches = "\\d+")
    void aPostgresDatabaseKeepsEveryAcknowledgedRegistration() throws Exception {
        for (int run = 1; run <= RUNS; run++) {
            Path dir = fresh(DRILL.resolve("postgresql-" + run));
            String url = EmbeddedPostgresServer.newDatabase("drill_" + run);
            drill("postgresql", run, dir, url);
        }
    }

    private void drill(String database, int run, Path dir, String url) throws Exception {
        Map<String, String> settings = url.startsWith("jdbc:postgresql:")
                ? Map.of("samverka.db.user", EmbeddedPostgresServer.USER,
                        "samverka.db.password", EmbeddedPostgresServer.PASSWORD)
                : Map.of();
        // few logins (the burst is anonymous): the quicker-starting JIT for the two starts of each round
        try (AppServer server = AppServer.on(url, dir, settings).withFewLogins().start()) {
            Given given = Given.at(server.base());
            Api organiser = given.organiser();
            Given.CreatedEvent created = given.event(EventBuilder.anEvent().titled("Krasch " + run).lastingDays(1)
                    .withCapacity(100_000));
            long event = created.id();
            long workshop = given.workshop(created, "Workshop", 10, 40);

            Burst burst = new Burst(Api.anonymous(server.base()), event, workshop);
            burst.start(CLIENTS);
            if (MILLIS != null) {
                Thread.sleep(MILLIS);
            } else {
                burst.awaitAcknowledged(ACKNOWLEDGED, LONGEST);
            }
            server.kill();
            burst.lasted = Duration.between(burst.started, Instant.now());
            burst.stop();

            server.start();
            Set<Long> stored = new TreeSet<>();
            organiser.get("/api/events/" + event + "/registrations").jsonArray().getValuesAs(JsonObject.class)
                    .forEach(registration -> stored.add(registration.getJsonNumber("id").longValue()));
            Set<Long> lost = new TreeSet<>(burst.acknowledged);
            lost.removeAll(stored);
            if (database.equals("h2")) {
                server.stop(); // the H2 file is the server's while it runs
            }
            Set<Long> withoutMail = registrationsWithoutMail(url, settings, stored);
            report(database, run, burst, stored, lost, withoutMail);

            assertTrue(burst.acknowledged.size() >= 10, "too few registrations before the kill to prove anything: "
                    + burst.acknowledged.size());
            assertEquals(Set.of(), lost, "acknowledged with 201 but gone after the crash");
            assertEquals(Set.of(), withoutMail, "stored without their confirmation mail in the outbox");
        }
    }

    /** Stored registrations with no outbox mail referring to them. */
    private static Set<Long> registrationsWithoutMail(String url, Map<String, String> settings, Set<Long> stored)
            throws SQLException {
        Set<Long> mailed = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(url, settings.getOrDefault("samverka.db.user", "sa"),
                settings.getOrDefault("samverka.db.password", ""));
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select reference from outgoing_mail where reference like 'registration:%'")) {
            while (rows.next()) {
                mailed.add(Long.valueOf(rows.getString(1).substring("registration:".length())));
            }
        }
        Set<Long> missing = new TreeSet<>(stored);
        missing.removeAll(mailed);
        return missing;
    }

    private static void report(String database, int run, Burst burst, Set<Long> stored, Set<Long> lost,
            Set<Long> withoutMail) throws IOException {
        String line = ("%s\t%s\trun %d\tclients %d\tburst %d ms\tacknowledged %d\tunanswered %d\tstored %d\tlost %d"
                + "\twithout mail %d%n").formatted(Instant.now(), database, run, CLIENTS, burst.lasted.toMillis(),
                        burst.acknowledged.size(), burst.unanswered.get(),
                        stored.size(), lost.size(), withoutMail.size());
        System.out.print("crash drill: " + line);
        Files.createDirectories(DRILL);
        Files.writeString(DRILL.resolve("crash-report.txt"), line, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static Path fresh(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> {
                    try {
                        Files.delete(path);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        return Files.createDirectories(dir);
    }

    /** Clients posting registrations as fast as the server answers, until it dies. */
    private static final class Burst {
        private final Api api;
        private final long event;
        private final long workshop;
        private final Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        private final AtomicInteger unanswered = new AtomicInteger();
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private ExecutorService clients;
        private Instant started;
        private Duration lasted = Duration.ZERO;

        Burst(Api api, long event, long workshop) {
            this.api = api;
            this.event = event;
            this.workshop = workshop;
        }

        void start(int count) {
            started = Instant.now();
            clients = Executors.newFixedThreadPool(count);
            for (int i = 0; i < count; i++) {
                clients.submit(this::post);
            }
        }

        private void post() {
            while (running.get()) {
                int n = next.incrementAndGet();
                try {
                    Api.Reply reply = api.post("/api/events/" + event + "/registrations", """
                            {"firstName":"Deltagare","lastName":"Nummer %d","email":"krasch%d@drill.example",
                             "organisation":"Degerfors kommun","sector":"SCHOOL","sessionIds":[%s],
                             "consentPrivacy":true,"consentListed":false}
                            """.formatted(n, n, n % 2 == 0 ? String.valueOf(workshop) : ""));
                    if (reply.status() == 201) {
                        acknowledged.add(reply.json().getJsonNumber("id").longValue());
                    }
                } catch (IllegalStateException connectionLost) {
                    unanswered.incrementAndGet();
                    return;
                }
            }
        }

        /** Until this many registrations have been answered 201 (the clients go on posting), or the time is up. */
        void awaitAcknowledged(int count, Duration longest) throws InterruptedException {
            Instant deadline = Instant.now().plus(longest);
            while (acknowledged.size() < count && Instant.now().isBefore(deadline)) {
                Thread.sleep(10);
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            clients.shutdown();
            clients.awaitTermination(60, TimeUnit.SECONDS);
        }
    }
}
