import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP load balancer for trying a Samverka cluster on one machine where HAProxy is not installed
 * ({@code scripts/cluster} uses HAProxy with config/haproxy.cfg when it can). It does what that configuration
 * does, in the same way, and nothing more: round robin over the instances that are ready (each asked for
 * {@code /health/ready} every two seconds; two failures take it out, two successes bring it back), sessions kept
 * on their instance by a cookie of its own (set when the instance sets a cookie, i.e. starts a session), the
 * client's address in {@code X-Forwarded-For}, and a request that could not connect to its instance (or a GET that
 * got no answer) sent once more to another. Unlike HAProxy it cannot hand the address on in {@code Proxy-ip}
 * (config/behind-balancer.asadmin): Java's HTTP client drops every header named {@code Proxy-*}, so behind it the
 * instances see every client as 127.0.0.1. Not for production: no TLS, no limits, one thread per request.
 * <pre>
 * java scripts/lib/Balancer.java PORT http://127.0.0.1:8081 http://127.0.0.1:8082 ...
 * </pre>
 */
public class Balancer {

    static final String ROUTE_COOKIE = "SAMVERKA_ROUTE";
    static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "content-length", "expect", "host",
            "http2-settings");

    final List<Instance> instances = new ArrayList<>();
    final AtomicInteger next = new AtomicInteger();
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).followRedirects(HttpClient.Redirect.NEVER).build();

    static final class Instance {
        final int number;
        final URI base;
        volatile boolean up;
        int failures;
        int successes;

        Instance(int number, URI base) {
            this.number = number;
            this.base = base;
        }

        @Override
        public String toString() {
            return "instance " + number + " (" + base + ")";
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java Balancer.java PORT INSTANCE-URL...");
            System.exit(64);
        }
        // the instance must see the Host the browser used (before the first HttpClient reads this property)
        System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
        Balancer balancer = new Balancer();
        for (int i = 1; i < args.length; i++) {
            balancer.instances.add(new Instance(i, URI.create(args[i].replaceAll("/+$", ""))));
        }
        balancer.start(Integer.parseInt(args[0]));
    }

    void start(int port) throws IOException {
        ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "health-checks");
            thread.setDaemon(true);
            return thread;
        });
        checks.scheduleWithFixedDelay(this::checkAll, 0, 2, TimeUnit.SECONDS);
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 128);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            try {
                forward(exchange);
            } catch (RuntimeException | IOException e) {
                log("could not forward " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + ": " + e);
            } finally {
                exchange.close();
            }
        });
        server.start();
        log("balancing http://localhost:" + port + "/ over " + instances);
    }

    // ---- health ---------------------------------------------------------------------------------------------------

    void checkAll() {
        for (Instance instance : instances) {
            boolean ready;
            try {
                ready = http.send(HttpRequest.newBuilder(instance.base.resolve("/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                ready = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            record(instance, ready);
        }
    }

    /** Two checks in a row change an instance's state, as {@code fall 2 rise 2} in config/haproxy.cfg. */
    synchronized void record(Instance instance, boolean ready) {
        instance.failures = ready ? 0 : instance.failures + 1;
        instance.successes = ready ? instance.successes + 1 : 0;
        if (instance.up && instance.failures >= 2) {
            instance.up = false;
            log(instance + " is DOWN");
        } else if (!instance.up && instance.successes >= 2) {
            instance.up = true;
            log(instance + " is UP");
        }
    }

    synchronized void failed(Instance instance) {
        if (instance.up) {
            instance.up = false;
            instance.successes = 0;
            log(instance + " is DOWN (a request to it failed)");
        }
    }

    // ---- forwarding -----------------------------------------------------------------------------------------------

    /** The instance named by the request's route cookie while it is up, else the next one up in turn; null if none. */
    Instance choose(HttpExchange exchange, Instance not) {
        String cookies = String.join(";", exchange.getRequestHeaders().getOrDefault("Cookie", List.of()));
        for (String cookie : cookies.split(";")) {
            String[] pair = cookie.strip().split("=", 2);
            if (pair.length == 2 && pair[0].equals(ROUTE_COOKIE) && pair[1].matches("\\d{1,3}")) {
                int number = Integer.parseInt(pair[1]);
                if (number >= 1 && number <= instances.size() && instances.get(number - 1).up
                        && instances.get(number - 1) != not) {
                    return instances.get(number - 1);
                }
            }
        }
        for (int tried = 0; tried < instances.size(); tried++) {
            Instance candidate = instances.get(Math.floorMod(next.getAndIncrement(), instances.size()));
            if (candidate.up && candidate != not) {
                return candidate;
            }
        }
        return null;
    }

    void forward(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        boolean hasBody = exchange.getRequestHeaders().containsKey("Content-length")
                || exchange.getRequestHeaders().containsKey("Transfer-encoding");
        // read whole (forms, JSON, a logo or an import of a few MB): the instance gets it with its length
        byte[] body = hasBody ? exchange.getRequestBody().readAllBytes() : null;
        Instance instance = choose(exchange, null);
        HttpResponse<InputStream> response = null;
        for (int attempt = 0; attempt < 2 && instance != null && response == null; attempt++) {
            try {
                response = http.send(request(exchange, instance, method, body), HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                failed(instance);
                boolean neverSent = e instanceof java.net.ConnectException;
                if (!neverSent && !(method.equals("GET") || method.equals("HEAD"))) {
                    break; // the instance may have acted on it: the client decides whether to send it again
                }
                instance = choose(exchange, instance);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (response == null) {
            byte[] message = "No Samverka instance answered.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(instance == null ? 503 : 502, message.length);
            exchange.getResponseBody().write(message);
            return;
        }
        respond(exchange, instance, method, response);
    }

    HttpRequest request(HttpExchange exchange, Instance instance, String method, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(instance.base.resolve(exchange.getRequestURI().toString()))
                .timeout(Duration.ofSeconds(120))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.equalsIgnoreCase("X-Forwarded-For")) {
                values.forEach(value -> request.header(name, value));
            }
        });
        String client = exchange.getRemoteAddress().getAddress().getHostAddress();
        String forwardedFor = exchange.getRequestHeaders().getFirst("X-Forwarded-For");
        request.header("X-Forwarded-For", forwardedFor == null ? client : forwardedFor + ", " + client);
        request.header("X-Forwarded-Proto", "http");
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host != null) {
            request.header("Host", host); // Samverka compares a browser's Origin with the address it was sent to
            request.header("X-Forwarded-Host", host);
        }
        return request.build();
    }

    void respond(HttpExchange exchange, Instance instance, String method, HttpResponse<InputStream> response)
            throws IOException {
        boolean setsCookie = false;
        for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
            String name = header.getKey();
            if (name.startsWith(":") || HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            setsCookie |= name.equalsIgnoreCase("Set-Cookie");
            header.getValue().forEach(value -> exchange.getResponseHeaders().add(name, value));
        }
        String cookies = String.join(";", exchange.getRequestHeaders().getOrDefault("Cookie", List.of()));
        boolean routed = cookies.contains(ROUTE_COOKIE + "=" + instance.number);
        if (!routed && (setsCookie || cookies.contains("JSESSIONID="))) {
            exchange.getResponseHeaders().add("Set-Cookie", ROUTE_COOKIE + "=" + instance.number
                    + "; Path=/; HttpOnly; SameSite=Lax");
        }
        int status = response.statusCode();
        long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        boolean noBody = method.equals("HEAD") || status == 204 || status == 304 || length == 0;
        exchange.sendResponseHeaders(status, noBody ? -1 : Math.max(length, 0));
        try (InputStream in = response.body(); OutputStream out = exchange.getResponseBody()) {
            if (!noBody) {
                in.transferTo(out);
            }
        }
    }

    static void log(String message) {
        System.out.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " balancer: " + message);
        System.out.flush();
    }
}
