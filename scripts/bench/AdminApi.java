import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organiser's calls of the bench (creating the event and its workshops, reading the registrations back)
 * through the JDK's HttpClient; the registrations themselves go through {@link Wire}.
 */
final class AdminApi {

    private AdminApi() {
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

    private static HttpRequest post(String url, String auth, String json) {
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

    /** POSTs JSON to URL and returns the id of what it created (201), or throws. */
    static long create(HttpClient http, String url, String auth, String json) {
        return id(send(http, post(url, auth, json)));
    }

    private static long id(HttpResponse<String> response) {
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
}
