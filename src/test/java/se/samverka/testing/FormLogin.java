package se.samverka.testing;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * Logs in through the login form over plain HTTP and hands back the session cookie: for tests that need a
 * logged-in browser session without a browser, or many reads without a password hash each time.
 */
public final class FormLogin {

    private FormLogin() {
    }

    /** The {@code Cookie} header value of a session logged in as this account; fails when the login fails. */
    public static String sessionCookie(URI base, String username, String password) {
        FacesPage login = FacesPage.open(base, "login.xhtml");
        HttpResponse<String> answer = login.post(Map.of("login", "login", "login:username", username,
                "login:password", password, "login:submit", ""), true);
        if (answer.statusCode() != 302 || !answer.headers().firstValue("Location").orElse("").contains("/admin/")) {
            throw new IllegalStateException("Login as " + username + " failed: " + answer.statusCode());
        }
        return login.cookieAfter(answer);
    }
}
