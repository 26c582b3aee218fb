package se.samverka.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.testdata.RegistrationBuilder.aRegistration;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.samverka.documents.PdfInspection;
import se.samverka.testdata.EventBuilder;
import se.samverka.testing.Api;
import se.samverka.testing.AppCluster;
import se.samverka.testing.AppServer;
import se.samverka.testing.Browser;
import se.samverka.testing.Deployments;
import se.samverka.testing.EmbeddedPostgresServer;
import se.samverka.testing.FormLogin;
import se.samverka.testing.Given;
import se.samverka.testing.MailServer;

/**
 * Two Payara Micro instances in one cluster on one PostgreSQL, as production runs them behind a balancer
 * (docs/deployment.md): a rush of registrations split across both never overbooks a workshop and loses none;
 * every confirmation mail goes out once although both instances deliver; the public rate limit counts the
 * requests of one address on both instances together, and so does the login throttle count one name's failed
 * logins; a badge sheet started on one instance is downloaded
 * through the other; both take their connections from the server pool that configuration sizes (as scripts/run
 * makes it on PostgreSQL); and when one instance is killed with {@code kill -9}
 * in the middle of a rush, every registration it acknowledged is stored and the other one goes on answering.
 * <p>
 * The suite runs a short version (numbers below); {@code scripts/drill/cluster} runs the long one through the
 * system properties {@code cluster.registrations}, {@code cluster.mails}, {@code cluster.kill-after},
 * {@code cluster.clients} and {@code cluster.ratelimit}, and both write one line per check to
 * {@code target/drill/cluster-report.txt}. The clients call the instances directly, as a balancer would (the
 * balancers themselves are configuration: config/haproxy.cfg, config/nginx.conf, scripts/lib/Balancer.java).
 * The methods share the two instances; the kill comes last so that the others need no restart, but each
 * method first starts whatever is not running, so none depends on another having run.
 */
@ExtendWith(MailServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final int REGISTRATIONS = Integer.getInteger("cluster.registrations", 60);
    private static final int MAILS = Integer.getInteger("cluster.mails", 20);
    private static final int KILL_AFTER = Integer.getInteger("cluster.kill-after", 20);
    private static final int CLIENTS = Integer.getInteger("cluster.clients", 16);
    /** Every burst of the suite from 127.0.0.1 together (about 140 requests) stays well under it. */
    private static final int PER_MINUTE = Integer.getInteger("cluster.ratelimit", 300);
    private static final int SEATS = 20;
    /** The server pool's sizes, as production sets them (SAMVERKA_DB_POOL_MIN/_MAX); the default minimum is 2. */
    private static final int POOL_MIN = 6;
    private static final int POOL_MAX = 36;
    /** The application's own pool for new blocks of ids (platform.Database), per instance. */
    private static final int SEQUENCE_POOL_MAX = 4;
    private static final Duration LONGEST = Duration.ofSeconds(120);
    private static final Path DIR = Path.of("target", "cluster-it");
    private static final Path REPORT = Path.of("target", "drill", "cluster-report.txt");

    private static String dbUrl;
    private static AppCluster cluster;

    @BeforeAll
    static void startTwoInstances() {
        dbUrl = EmbeddedPostgresServer.newDatabase("cluster_it");
        int smtp = Integer.getInteger("samverka.test.smtp.port", 3025);
        cluster = AppCluster.of(2, dbUrl, DIR, Map.of(
                "samverka.db.user", EmbeddedPostgresServer.USER,
                "samverka.db.password", EmbeddedPostgresServer.PASSWORD,
                "samverka.mail.transport", "smtp",
                "samverka.mail.host", "127.0.0.1",
                "samverka.mail.port", String.valueOf(smtp),
                "samverka.ratelimit.per-minute", String.valueOf(PER_MINUTE)))
                .withServerPool(POOL_MIN, POOL_MAX);
        cluster.start();
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @BeforeEach
    void bothInstancesRunning() {
        cluster.start();
    }

    @Test
    @Order(0)
    void eachInstanceOpensTheServerPoolSizedByConfiguration() throws Exception {
        // a pool opens its minimum at once; the application's own pool, sized in code, would open 2 (and show as
        // PostgreSQL JDBC Driver)
        Map<String, Integer> connections = awaitConnections(2 * POOL_MIN, Duration.ofSeconds(30));
        report("pool", "connections by application after start %s (minimum %d on each of 2 instances)", connections,
                POOL_MIN);
        int pooled = connections.getOrDefault("samverka", 0);
        assertTrue(pooled >= 2 * POOL_MIN && pooled <= 2 * POOL_MAX,
                "the server pool's connections, at least its minimum on each instance: " + connections);
    }

    @Test
    @Order(1)
    void aRushSplitAcrossBothInstancesSeatsExactlyTheWorkshopsSeatsAndLosesNone() throws Exception {
        Seating seating = Seating.create(cluster.instance(0).base(), "Rusning över två instanser");
        Rush rush = new Rush(seating, REGISTRATIONS);
        rush.run(CLIENTS, () -> false, LONGEST);

        Stored stored = seating.readBack(cluster.instance(1).base());
        report("rush", "registrations %d from %d clients acknowledged %d (instance 1: %d, instance 2: %d) in %.1f s"
                + " (%.0f a minute) stored %d lost %d seated %d of %d waiting %d overbooked %d", REGISTRATIONS, CLIENTS,
                rush.acknowledged.size(), rush.perInstance[0].get(), rush.perInstance[1].get(), rush.seconds,
                rush.perMinute(), stored.ids.size(), stored.lost(rush).size(), stored.seated, SEATS, stored.waiting,
                Math.max(0, stored.seated - SEATS));

        assertEquals(List.of(), rush.failures(), "every registration is answered 201");
        assertTrue(rush.perInstance[0].get() > 0 && rush.perInstance[1].get() > 0, "both instances took registrations");
        assertEquals(Set.of(), stored.lost(rush), "acknowledged with 201 but not stored");
        assertEquals(rush.acknowledged, stored.ids, "stored exactly what was acknowledged");
        assertEquals(SEATS, stored.seated, "the workshop's seats taken, never more");
        assertEquals(REGISTRATIONS - SEATS, stored.waiting, "everyone else waits for the workshop");
        assertEquals(stored.choiceLines.size(), new TreeSet<>(stored.choiceLines).size(),
                "one place in the workshop's line each");
        Map<String, Integer> connections = connectionsByApplication();
        report("pool", "connections by application after the rush %s", connections);
        int others = connections.entrySet().stream().filter(e -> !e.getKey().equals("samverka"))
                .mapToInt(Map.Entry::getValue).sum();
        assertTrue(connections.getOrDefault("samverka", 0) <= 2 * POOL_MAX && others <= 2 * SEQUENCE_POOL_MAX,
                "the rush went through the server pool, not the application's own: " + connections);
    }

    @Test
    @Order(2)
    void everyConfirmationMailGoesOutOnceWithBothInstancesDelivering() throws Exception {
        Seating seating = Seating.create(cluster.instance(0).base(), "Post från två instanser");
        Rush rush = new Rush(seating, MAILS);
        rush.choosingTheWorkshop = false; // one mail each: the confirmation
        rush.run(Math.min(CLIENTS, 8), () -> false, LONGEST);
        assertEquals(List.of(), rush.failures(), "every registration is answered 201");

        Map<String, String> states = awaitMailsSettled(rush.acknowledged, LONGEST);
        Thread.sleep(500); // a second sender of the same mail would be sending now, at the latest
        Map<String, Integer> received = new TreeMap<>();
        for (String email : rush.emails) {
            received.put(email, MailServer.textsTo(email, 0, 0).size());
        }
        long once = received.values().stream().filter(count -> count == 1).count();
        long twice = received.values().stream().filter(count -> count > 1).count();
        report("mail", "registrations %d mails expected %d sent once %d more than once %d missing %d outbox %s",
                MAILS, rush.acknowledged.size(), once, twice, received.values().stream().filter(c -> c == 0).count(),
                new TreeMap<>(states.values().stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()))));

        assertEquals(rush.acknowledged.size(), states.size(), "one confirmation mail per registration in the outbox");
        assertTrue(states.values().stream().allMatch("SENT"::equals), "every mail sent: " + states);
        assertEquals(Map.of(), received.entrySet().stream().filter(e -> e.getValue() != 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "mails received other than once");
    }

    @Test
    @Order(3)
    void theRateLimitCountsOneAddressOnBothInstancesTogether() throws Exception {
        // from an address of its own (127.0.0.2), so that the other methods' bursts from 127.0.0.1 do not count
        URI[] instances = {cluster.instance(0).base(), cluster.instance(1).base()};
        int accepted = 0;
        int firstRefusedBy = -1;
        List<Integer> statuses = new ArrayList<>();
        Instant started = Instant.now();
        for (int n = 0; n < 3 * PER_MINUTE && firstRefusedBy < 0; n++) {
            int status = getFrom("127.0.0.2", instances[n % 2], "/api/registrations/no-such-token-" + n);
            if (status == 429) {
                firstRefusedBy = n % 2;
            } else {
                accepted++;
                if (statuses.size() < 5 && status != 404) {
                    statuses.add(status);
                }
            }
        }
        double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        int otherRefused = 0;
        Instant othersStarted = Instant.now();
        for (int n = 0; n < 10 && firstRefusedBy >= 0; n++) {
            if (getFrom("127.0.0.2", instances[1 - firstRefusedBy], "/api/registrations/no-such-token") == 429) {
                otherRefused++;
            }
        }
        // what the budget refilled while those ten went out may pass (on a busy machine they take a while)
        long refilled = (long) Math.ceil(PER_MINUTE * Duration.between(othersStarted, Instant.now()).toMillis()
                / 60_000.0);
        // the budget refills while the requests go out: per-minute/60 a second (a token bucket; a window counter less)
        long allowed = PER_MINUTE + Math.round(PER_MINUTE * seconds / 60) + 5;
        report("ratelimit", "per minute %d accepted across both instances %d in %.1f s (allowed at most %d);"
                + " then the other instance refused %d of 10", PER_MINUTE, accepted, seconds, allowed, otherRefused);

        assertEquals(List.of(), statuses, "the unknown tokens are answered 404 until the limit");
        assertTrue(firstRefusedBy >= 0, "no 429 after " + 3 * PER_MINUTE + " requests");
        assertTrue(accepted <= allowed, "accepted " + accepted + " requests from one address in " + seconds
                + " s with a limit of " + PER_MINUTE + " a minute: each instance counts on its own");
        assertTrue(otherRefused >= 10 - refilled - 1, "once one instance refuses the address, so does the other"
                + " (refused " + otherRefused + " of 10, " + refilled + " refilled meanwhile)");
    }

    @Test
    @Order(4)
    void failedLoginsForOneNameThroughBothInstancesCountTogether() throws Exception {
        URI[] instances = {cluster.instance(0).base(), cluster.instance(1).base()};
        String name = "gissning-" + Long.toString(System.nanoTime(), 36); // a name of its own: no other failures
        List<Integer> statuses = new ArrayList<>();
        int firstRefused = -1;
        for (int n = 0; n < 12 && firstRefused < 0; n++) {
            int status = basicGet(instances[n % 2], name, "fel-" + n);
            statuses.add(status);
            if (status == 429) {
                firstRefused = n;
            }
        }
        int otherInstance = firstRefused < 0 ? -1 : basicGet(instances[1 - firstRefused % 2], name, "fel-igen");
        report("login", "wrong passwords for one name, the instances in turn: %s; then the other instance %d",
                statuses, otherInstance);
        // five failures are free, then the name waits (security.LoginThrottle): counted per instance, the first
        // refusal would come only with the 11th attempt, the sixth on one instance
        assertEquals(List.of(401, 401, 401, 401, 401, 429), statuses, "the sixth attempt waits, on either instance");
        assertEquals(429, otherInstance, "the other instance makes it wait too");
    }

    @Test
    @Order(5)
    void aBadgeSheetStartedOnOneInstanceIsDownloadedThroughTheOther() throws Exception {
        URI first = cluster.instance(0).base();
        URI second = cluster.instance(1).base();
        Given given = Given.at(first);
        Given.CreatedEvent event = given.event(EventBuilder.anEvent().titled("Namnbrickor från två instanser")
                .lastingDays(1).withCapacity(10));
        List<String> names = List.of("Öberg", "Åkesson", "Nyström");
        for (String name : names) {
            given.registration(event, aRegistration().named("Karin", name));
        }
        String download;
        try (Browser browser = Browser.open(first)) {
            browser.loginAsAdmin();
            browser.go("/admin/participants/badges.xhtml?event=" + event.id());
            browser.clickable(By.id("badges:generate")).click();
            browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("download")));
            URI link = URI.create((String) ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.getElementById('download').href;"));
            download = link.getRawPath() + "?" + link.getRawQuery();
        }
        // the same organiser on the other instance (sessions are not shared: a login of its own there, through the
        // login page as a browser posts it)
        Api organiser = Api.anonymous(second)
                .withHeader("Cookie", FormLogin.sessionCookie(second, Deployments.ADMIN, Deployments.ADMIN_PASSWORD));
        HttpResponse<byte[]> sheet = organiser.download(download);
        report("badges", "sheet started on instance 1, fetched through instance 2: status %d, %d bytes",
                sheet.statusCode(), sheet.body().length);
        assertEquals(200, sheet.statusCode(), "the sheet made on the first instance, through the second");
        try (PDDocument badges = Loader.loadPDF(sheet.body())) {
            String text = PdfInspection.withoutSpace(PdfInspection.text(badges));
            names.forEach(name -> assertTrue(text.contains(name), name + " has a badge: " + text));
        }
        assertEquals(404, organiser.download(download).statusCode(), "fetched once, then deleted");
    }

    @Test
    @Order(6)
    void killingOneInstanceMidRushLosesNothingAcknowledgedAndTheOtherGoesOn() throws Exception {
        Seating seating = Seating.create(cluster.instance(0).base(), "Krasch i klustret");
        AppServer victim = cluster.instance(1);
        Rush rush = new Rush(seating, Integer.MAX_VALUE);
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger afterKill = new AtomicInteger();
        rush.onAcknowledged = instance -> {
            if (killed.get() && instance == 0) {
                afterKill.incrementAndGet();
            }
        };
        Thread killer = new Thread(() -> {
            rush.awaitAcknowledged(KILL_AFTER, LONGEST);
            victim.kill();
            killed.set(true);
        });
        killer.start();
        rush.run(CLIENTS, () -> afterKill.get() >= KILL_AFTER, LONGEST);
        killer.join();

        Api.Reply ready = Api.anonymous(cluster.instance(0).base()).get("/health/ready");
        Stored stored = seating.readBack(cluster.instance(0).base());
        Set<Long> lost = stored.lost(rush);
        report("kill", "acknowledged %d (by the killed instance %d) stored %d lost %d unanswered %d;"
                + " survivor acknowledged %d after the kill, ready %d; seated %d of %d overbooked %d",
                rush.acknowledged.size(), rush.perInstance[1].get(), stored.ids.size(), lost.size(),
                rush.unanswered.get(), afterKill.get(), ready.status(), stored.seated, SEATS,
                Math.max(0, stored.seated - SEATS));

        assertTrue(rush.perInstance[1].get() > 0, "the killed instance had acknowledged registrations");
        assertEquals(Set.of(), lost, "acknowledged with 201 but gone after the kill");
        assertTrue(afterKill.get() >= KILL_AFTER, "the survivor acknowledged only " + afterKill.get()
                + " registrations after the kill");
        assertEquals(200, ready.status(), "the survivor is ready: " + ready);
        assertEquals(Math.min(SEATS, stored.ids.size()), stored.seated, "the workshop's seats taken, never more");
    }

    // ---- the pieces ---------------------------------------------------------------------------------------------

    /** An event with room for everyone and one workshop of {@value #SEATS} seats, made through one instance. */
    private record Seating(long event, long workshop, String tag) {

        static Seating create(URI base, String title) {
            Given given = Given.at(base);
            Given.CreatedEvent created = given.event(EventBuilder.anEvent().titled(title).lastingDays(1)
                    .withCapacity(100_000));
            return new Seating(created.id(), given.workshop(created, "Workshop", 10, SEATS),
                    Long.toString(System.nanoTime(), 36));
        }

        /** The registrations as the organiser lists them through this instance. */
        Stored readBack(URI base) {
            Stored stored = new Stored();
            Api.Reply list = Api.anonymous(base).asAdmin().get("/api/events/" + event + "/registrations");
            assertEquals(200, list.status(), list.toString());
            for (JsonObject registration : list.jsonArray().getValuesAs(JsonObject.class)) {
                stored.ids.add(registration.getJsonNumber("id").longValue());
                for (JsonObject choice : registration.getJsonArray("sessions").getValuesAs(JsonObject.class)) {
                    if (choice.getJsonNumber("sessionId").longValue() != workshop) {
                        continue;
                    }
                    if ("CONFIRMED".equals(choice.getString("status"))) {
                        stored.seated++;
                    } else {
                        stored.waiting++;
                    }
                    if (!choice.isNull("lineNumber")) {
                        stored.choiceLines.add(choice.getJsonNumber("lineNumber").longValue());
                    }
                }
            }
            return stored;
        }
    }

    private static final class Stored {
        final Set<Long> ids = new TreeSet<>();
        final List<Long> choiceLines = new ArrayList<>();
        int seated;
        int waiting;

        Set<Long> lost(Rush rush) {
            Set<Long> lost = new TreeSet<>(rush.acknowledged);
            lost.removeAll(ids);
            return lost;
        }
    }

    /**
     * Clients posting registrations for the workshop as fast as they are answered, the n-th to instance n % 2, as a
     * round-robin balancer sends them. A client whose instance stops answering goes on with the other one (a
     * balancer's health check does the same); the registration it was sending is unanswered, not acknowledged.
     */
    private static final class Rush {
        final Seating seating;
        final int total;
        final Set<Long> acknowledged = new TreeSet<>();
        final Set<String> emails = ConcurrentHashMap.newKeySet();
        final AtomicInteger[] perInstance = {new AtomicInteger(), new AtomicInteger()};
        final AtomicInteger unanswered = new AtomicInteger();
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        final AtomicInteger next = new AtomicInteger();
        final boolean[] down = new boolean[2];
        java.util.function.IntConsumer onAcknowledged = instance -> { };
        boolean choosingTheWorkshop = true;
        double seconds;

        Rush(Seating seating, int total) {
            this.seating = seating;
            this.total = total;
        }

        void run(int clients, java.util.function.BooleanSupplier enough, Duration longest) throws InterruptedException {
            Instant deadline = Instant.now().plus(longest);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    int n;
                    while ((n = next.getAndIncrement()) < total && !enough.getAsBoolean()
                            && Instant.now().isBefore(deadline)) {
                        post(n);
                    }
                });
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(longest.toSeconds() + 60, TimeUnit.SECONDS), "the rush did not end");
            seconds = Duration.between(deadline.minus(longest), Instant.now()).toMillis() / 1000.0;
        }

        double perMinute() {
            return seconds == 0 ? 0 : acknowledged.size() * 60 / seconds;
        }

        private void post(int n) {
            int instance = n % 2;
            synchronized (down) {
                if (down[instance]) {
                    instance = 1 - instance;
                }
            }
            var builder = aRegistration().withEmail("kluster-" + seating.tag + "-" + n + "@cluster.example");
            String person = (choosingTheWorkshop ? builder.choosing(seating.workshop) : builder).toJson();
            try {
                Api.Reply reply = Api.anonymous(cluster.instance(instance).base())
                        .post("/api/events/" + seating.event + "/registrations", person);
                if (reply.status() == 201) {
                    synchronized (acknowledged) {
                        acknowledged.add(reply.json().getJsonNumber("id").longValue());
                        acknowledged.notifyAll();
                    }
                    emails.add("kluster-" + seating.tag + "-" + n + "@cluster.example");
                    perInstance[instance].incrementAndGet();
                    onAcknowledged.accept(instance);
                } else if (failures.size() < 5) {
                    failures.add("instance " + (instance + 1) + ": " + reply);
                }
            } catch (IllegalStateException noAnswer) {
                unanswered.incrementAndGet();
                synchronized (down) {
                    down[instance] = true;
                }
            }
        }

        void awaitAcknowledged(int count, Duration longest) {
            Instant deadline = Instant.now().plus(longest);
            synchronized (acknowledged) {
                while (acknowledged.size() < count && Instant.now().isBefore(deadline)) {
                    try {
                        acknowledged.wait(100);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }

        List<String> failures() {
            List<String> all = new ArrayList<>(failures);
            if (unanswered.get() > 0) {
                all.add(unanswered.get() + " requests unanswered");
            }
            return all;
        }
    }

    /** Until the instances hold at least this many connections through the server pool (or time is up). */
    private static Map<String, Integer> awaitConnections(int pooled, Duration longest) throws InterruptedException {
        Instant deadline = Instant.now().plus(longest);
        Map<String, Integer> connections = connectionsByApplication();
        while (connections.getOrDefault("samverka", 0) < pooled && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            connections = connectionsByApplication();
        }
        return connections;
    }

    /** The database's client connections other than this one, counted by application name. */
    private static Map<String, Integer> connectionsByApplication() {
        Map<String, Integer> counts = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(dbUrl, EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD);
                PreparedStatement query = connection.prepareStatement("select application_name, count(*)"
                        + " from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()"
                        + " and backend_type = 'client backend' group by application_name");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    /** The outbox status of each registration's confirmation mail, once none is waiting any more (or time is up). */
    private static Map<String, String> awaitMailsSettled(Set<Long> registrations, Duration longest) throws Exception {
        Instant deadline = Instant.now().plus(longest);
        while (true) {
            Map<String, String> states = new TreeMap<>();
            try (Connection connection = DriverManager.getConnection(dbUrl, EmbeddedPostgresServer.USER,
                    EmbeddedPostgresServer.PASSWORD);
                    PreparedStatement query = connection.prepareStatement(
                            "select reference, status from outgoing_mail where reference = any (?)")) {
                query.setArray(1, connection.createArrayOf("varchar", registrations.stream()
                        .map(id -> "registration:" + id).toArray()));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        states.merge(rows.getString(1), rows.getString(2), (a, b) -> a + "+" + b);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            boolean settled = states.size() == registrations.size()
                    && states.values().stream().noneMatch(state -> state.equals("QUEUED"));
            if (settled || Instant.now().isAfter(deadline)) {
                return states;
            }
            Thread.sleep(200);
        }
    }

    /** A GET of an organiser's API with HTTP Basic as this name and password; answers the status. */
    private static int basicGet(URI base, String name, String password) throws IOException, InterruptedException {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(base.resolve("/api/privacy/retention"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (name + ":" + password).getBytes(StandardCharsets.UTF_8))).GET().build();
        return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /**
     * One GET from this local address (a client of its own as the rate limit sees it: Java's HTTP client cannot
     * choose its source address); answers the status.
     */
    private static int getFrom(String localAddress, URI base, String path) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost:" + base.getPort()
                    + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder statusLine = new StringBuilder();
            for (int c; (c = in.read()) != -1 && c != '\n'; ) {
                statusLine.append((char) c);
            }
            String[] parts = statusLine.toString().split(" ");
            if (parts.length < 2) {
                throw new IOException("no HTTP status line from " + base + ": " + statusLine);
            }
            return Integer.parseInt(parts[1]);
        }
    }

    private static void report(String check, String format, Object... values) throws IOException {
        String line = Instant.now() + "\t" + check + "\t" + String.format(java.util.Locale.ROOT, format, values) + "\n";
        System.out.print("cluster: " + line);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
