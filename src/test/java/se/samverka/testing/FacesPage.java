package se.samverka.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Faces page fetched and posted back over plain HTTP, the way a browser posts its form: with the session
 * cookie, the form's view state and the CSP nonce PrimeFaces' script adds. For tests of what a page does
 * with a hand-made post, and for logging in without a browser.
 */
public final class FacesPage {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;,\\]]+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI address;
    private final String cookie;
    private final String viewState;
    private final String nonce;

    private FacesPage(URI address, String cookie, String viewState, String nonce) {
        this.address = address;
        this.cookie = cookie;
        this.viewState = viewState;
        this.nonce = nonce;
    }

    /** GETs the page (a path below base, e.g. {@code e/{slug}/register}) with a new session. */
    public static FacesPage open(URI base, String path) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
        return new FacesPage(base.resolve(path), "JSESSIONID=" + first(SESSION, page.headers().allValues("Set-Cookie").toString()),
                first(VIEW_STATE, page.body()),
                first(NONCE, page.headers().firstValue("Content-Security-Policy").orElse("")));
    }

    /** GETs the page in an existing session (e.g. one logged in through {@link FormLogin}). */
    public static FacesPage open(URI base, String path, String sessionCookie) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(base.resolve(path)).header("Cookie", sessionCookie)
                .GET().build());
        return new FacesPage(base.resolve(path), sessionCookie, first(VIEW_STATE, page.body()),
                first(NONCE, page.headers().firstValue("Content-Security-Policy").orElse("")));
    }

    /** Posts the form with these fields, the view state and the nonce (unless {@code withNonce} is false). */
    public HttpResponse<String> post(Map<String, String> fields, boolean withNonce) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("jakarta.faces.ViewState", viewState);
        if (withNonce) {
            form.put("primefaces.nonce", nonce);
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(address).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public String cookie() {
        return cookie;
    }

    /** The session cookie the answer set, if it set one (a login changes the session id), else this page's. */
    public String cookieAfter(HttpResponse<?> answer) {
        Matcher renewed = SESSION.matcher(answer.headers().allValues("Set-Cookie").toString());
        return renewed.find() ? "JSESSIONID=" + renewed.group(1) : cookie;
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("Not found on the page: " + pattern);
        }
        return matcher.group(1);
    }
}
