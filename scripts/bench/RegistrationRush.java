import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registration rush against a running Samverka: CLIENTS concurrent clients post TOTAL registrations
 * for one new event with limited event and workshop seats through the public HTTP API, then the
 * organiser API is read to prove that nothing was overbooked.
 *
 * java RegistrationRush.java http://localhost:8090 admin-password [clients] [total] [capacity]
 */
public class RegistrationRush {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + args[1]).getBytes(StandardCharsets.UTF_8));
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int total = args.length > 3 ? Integer.parseInt(args[3]) : 6000;
        int capacity = args.length > 4 ? Integer.parseInt(args[4]) : 5000;
        int[] workshopSeats = {300, 200, 100};
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(8)).connectTimeout(Duration.ofSeconds(10)).build();

        long event = id(send(http, post(base + "/api/events", auth, """
                {"title":"Rusning %d","type":"CONFERENCE","startDate":"2031-05-06","endDate":"2031-05-06","capacity":%d}
                """.formatted(System.currentTimeMillis(), capacity))));
        long[] workshops = new long[workshopSeats.length];
        for (int w = 0; w < workshops.length; w++) {
            workshops[w] = id(send(http, post(base + "/api/events/" + event + "/sessions", auth, """
                    {"title":"Workshop %d","kind":"WORKSHOP","start":"2031-05-06T10:00","end":"2031-05-06T11:00","capacity":%d}
                    """.formatted(w + 1, workshopSeats[w]))));
        }

        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>(total));
        AtomicInteger created = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                int n;
                while ((n = next.getAndIncrement()) < total) {
                    String body = """
                            {"firstName":"Deltagare","lastName":"Nummer %d","email":"rush%d@bench.example","organisation":"Degerfors kommun",
                             "sector":"SCHOOL","sessionIds":[%d],"consentPrivacy":true,"consentListed":false}
                            """.formatted(n, n, workshops[n % workshops.length]);
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = send(http, post(base + "/api/events/" + event + "/registrations", null, body));
                    latencies.add(System.nanoTime() - t0);
                    if (response.statusCode() == 201) {
                        created.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                        if (failed.get() < 5) {
                            System.err.println(response.statusCode() + " " + response.body());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        String list = send(http, get(base + "/api/events/" + event + "/registrations", auth)).body();
        int confirmed = count(list, "\"status\":\"CONFIRMED\",\"waitlistPosition\"");
        int waitlisted = count(list, "\"status\":\"WAITLISTED\",\"waitlistPosition\"");
        System.out.printf("clients=%d registrations=%d created=%d failed=%d seconds=%.1f%n", clients, total,
                created.get(), failed.get(), seconds);
        System.out.printf("throughput=%.0f registrations/minute p50=%.1f ms p90=%.1f ms p99=%.1f ms max=%.1f ms%n",
                created.get() / seconds * 60, ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), ms(sorted, 1.0));
        System.out.printf("event capacity=%d confirmed=%d waitlisted=%d overbooked=%s%n", capacity, confirmed, waitlisted,
                confirmed > capacity);
        boolean overbooked = confirmed > capacity;
        for (int w = 0; w < workshops.length; w++) {
            int seated = count(list, "{\"sessionId\":" + workshops[w] + ",\"status\":\"CONFIRMED\"");
            System.out.printf("workshop %d seats=%d seated=%d overbooked=%s%n", w + 1, workshopSeats[w], seated,
                    seated > workshopSeats[w]);
            overbooked |= seated > workshopSeats[w];
        }
        System.exit(overbooked || created.get() != total ? 1 : 0);
    }

    private static double ms(List<Long> sorted, double quantile) {
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }

    private static HttpRequest post(String url, String auth, String json) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (auth != null) {
            builder.header("Authorization", auth);
        }
        return builder.build();
    }

    private static HttpRequest get(String url, String auth) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120)).header("Authorization", auth)
                .header("Accept", "application/json").GET().build();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long id(HttpResponse<String> response) {
        Matcher matcher = Pattern.compile("\"id\":(\\d+)").matcher(response.body());
        if (response.statusCode() != 201 || !matcher.find()) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return Long.parseLong(matcher.group(1));
    }
}
