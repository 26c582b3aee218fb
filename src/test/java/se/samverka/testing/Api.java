package se.samverka.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small HTTP client for the JSON API, as an outside caller sees it. */
public final class Api {

    private static final String JSON = "application/json, application/problem+json";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final HttpClient http = HTTP;
    private final URI base;
    private final String authorization;
    private final String language;
    private final Map<String, String> headers;

    private Api(URI base, String authorization, String language, Map<String, String> headers) {
        this.base = base;
        this.authorization = authorization;
        this.language = language;
        this.headers = headers;
    }

    public static Api anonymous(URI base) {
        return new Api(base, null, null, Map.of());
    }

    public Api as(String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(base, "Basic " + token, language, headers);
    }

    public Api asAdmin() {
        return as(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
    }

    public Api inLanguage(String acceptLanguage) {
        return new Api(base, authorization, acceptLanguage, headers);
    }

    /** The same client sending one more header on every request (e.g. {@code Origin}, {@code Cookie}). */
    public Api withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Api(base, authorization, language, Map.copyOf(more));
    }

    public URI base() {
        return base;
    }

    public Reply get(String path) {
        return send(request(path).header("Accept", JSON).GET());
    }

    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(request(path).header("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Accept", JSON).header("Content-Type", "application/json").POST(body(json)));
    }

    public Reply post(String path, String contentType, String body) {
        return send(request(path).header("Accept", JSON).header("Content-Type", contentType).POST(body(body)));
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Accept", JSON).header("Content-Type", "application/json").PUT(body(json)));
    }

    public Reply patch(String path, String json) {
        return send(request(path).header("Accept", JSON).header("Content-Type", "application/json")
                .method("PATCH", body(json)));
    }

    public Reply send(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder builder = request(path).header("Accept", JSON);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Reply delete(String path) {
        return send(request(path).header("Accept", JSON).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        headers.forEach(builder::header);
        return builder;
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null), response.body(), response.headers());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the server answered. */
    public record Reply(int status, String contentType, String location, String retryAfter, String body,
            java.net.http.HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray jsonArray() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
