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
 * Logs in through the login form over plain HTTP, as a browser would post it (the view state of the form
 * and the CSP nonce that PrimeFaces' script adds to it), and hands back the session cookie: for tests that
 * need a logged-in browser session without a browser, or many reads without a password hash each time.
 */
public final class FormLogin {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private FormLogin() {
    }

    /** The {@code Cookie} header value of a session logged in as this account; fails when the login fails. */
    public static String sessionCookie(URI base, String username, String password) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve("login.xhtml")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String cookie = "JSESSIONID=" + first(SESSION, page.headers().allValues("Set-Cookie").toString());
            Map<String, String> form = new LinkedHashMap<>();
            form.put("login", "login");
            form.put("login:username", username);
            form.put("login:password", password);
            form.put("login:submit", "");
            form.put("jakarta.faces.ViewState", first(VIEW_STATE, page.body()));
            form.put("primefaces.nonce", first(NONCE, page.headers().firstValue("Content-Security-Policy").orElse("")));
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                    .POST(HttpRequest.BodyPublishers.ofString(encoded(form))).build(), HttpResponse.BodyHandlers.ofString());
            String renewed = answer.headers().allValues("Set-Cookie").toString();
            if (SESSION.matcher(renewed).find()) {
                cookie = "JSESSIONID=" + first(SESSION, renewed);
            }
            if (answer.statusCode() != 302 || !answer.headers().firstValue("Location").orElse("").contains("/admin/")) {
                throw new IllegalStateException("Login as " + username + " failed: " + answer.statusCode());
            }
            return cookie;
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
            throw new IllegalStateException("Not found on the login page: " + pattern);
        }
        return matcher.group(1).replace("&#58;", ":");
    }

    private static String encoded(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
