package se.samverka.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.samverka.testing.Api;
import se.samverka.testing.AppServer;
import se.samverka.testing.Browser;

/**
 * Floods and password guessing, on a server of their own (they spend budgets that other tests would need):
 * its public rate limit is 30 a minute, it is configured as reached over HTTPS, and it has a metrics scraper
 * account. Every test here uses names of its own; together they stay under the per-address limit of failed
 * logins (30), which would otherwise hold up the next test.
 */
class AbuseIT {

    private static AppServer server;
    private static Api anyone;
    private static Api organiser;

    @BeforeAll
    static void start() {
        server = AppServer.on("jdbc:h2:mem:abuse;DB_CLOSE_DELAY=-1", Path.of("target", "abuse-it"), Map.of(
                "samverka.ratelimit.per-minute", "30",
                "samverka.base-url", "https://samverka.example",
                "samverka.metrics.username", "prometheus",
                "samverka.metrics.password", "scrape-secret-1")).start();
        anyone = Api.anonymous(server.base());
        organiser = anyone.as("admin", AppServer.ADMIN_PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void floodingThePublicEndpointsGets429WithRetryAfter() {
        Api.Reply last = null;
        for (int i = 0; i < 40 && (last == null || last.status() != 429); i++) {
            last = anyone.get("/api/registrations/flood" + i + "AAAAAAAAAAAAAAAAAA");
        }
        assertEquals(429, last.status(), "the limit here is 30 a minute per address");
        assertTrue(last.isProblem());
        assertNotNull(last.retryAfter());
    }

    @Test
    void guessingOnePasswordOverHttpBasicIsHeldUpEvenForTheRightOne() {
        Api account = account("gissa-basic", "ratt-losenord-1");
        Api wrong = anyone.as("gissa-basic", "fel-losenord");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, wrong.get("/api/accounts").status());
        }
        Api.Reply held = account.inLanguage("en").get("/api/events");
        assertEquals(429, held.status(), held.toString());
        assertTrue(held.isProblem());
        assertTrue(Integer.parseInt(held.retryAfter()) > 0 && Integer.parseInt(held.retryAfter()) <= 30, held.retryAfter());
        assertEquals("Too many failed logins. Wait 1 min and try again.", held.json().getString("detail"));
        assertEquals(200, organiser.get("/api/events").status(), "other accounts log in as before");
    }

    @Test
    void guessingOnTheLoginFormIsHeldUpWithAClearMessage() {
        account("gissa-form", "ratt-losenord-2");
        try (Browser browser = Browser.open(server.base())) {
            for (int i = 0; i < 5; i++) {
                submitLogin(browser, "gissa-form", "fel-losenord-" + i);
                assertTrue(browser.text().contains("Fel användarnamn eller lösenord."), browser.text());
            }
            submitLogin(browser, "gissa-form", "ratt-losenord-2");
            assertTrue(browser.text().contains("För många misslyckade inloggningar. Vänta 1 min och försök igen."),
                    browser.text());
            assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"), "not logged in");
        }
    }

    /** An unknown name costs the same PBKDF2 work as a wrong password, so timing does not tell which names exist. */
    @Test
    void anUnknownNameTakesAsLongAsAWrongPassword() {
        account("finns-pa-riktigt", "ratt-losenord-3");
        List<Long> wrongPassword = new ArrayList<>();
        List<Long> unknownName = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            wrongPassword.add(timed(anyone.as("finns-pa-riktigt", "fel-" + i)));
            unknownName.add(timed(anyone.as("finns-inte-" + i, "fel-" + i)));
        }
        long wrong = median(wrongPassword);
        long unknown = median(unknownName);
        assertTrue(unknown * 2 >= wrong, "unknown " + unknown + " µs against wrong password " + wrong + " µs");
    }

    @Test
    void behindHttpsTheSessionCookieIsSecureAndBrowsersAreToldToStayOnHttps() {
        Api.Reply login = anyone.get("/login.xhtml");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("Secure"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertEquals("max-age=31536000", login.header("Strict-Transport-Security"));
    }

    @Test
    void theConfiguredScraperReadsMetricsAndNothingElse() {
        Api scraper = anyone.as("prometheus", "scrape-secret-1");
        assertEquals(200, scraper.download("/metrics").statusCode());
        assertEquals(403, scraper.get("/api/accounts").status());
        assertEquals(401, anyone.as("prometheus", "wrong-secret").download("/metrics").statusCode());
    }

    private static Api account(String name, String password) {
        Api.Reply created = organiser.post("/api/accounts", """
                {"username":"%s","displayName":"Test","role":"STAFF","password":"%s"}""".formatted(name, password));
        assertEquals(201, created.status(), created.toString());
        return anyone.as(name, password);
    }

    private static void submitLogin(Browser browser, String name, String password) {
        browser.go("/login.xhtml");
        browser.type(By.id("login:username"), name);
        browser.type(By.id("login:password"), password);
        browser.clickable(By.id("login:submit")).click();
        browser.find(By.cssSelector(".ui-messages-error, .ui-message-error, [role=alert]"));
    }

    private static long timed(Api client) {
        long start = System.nanoTime();
        assertEquals(401, client.get("/api/accounts").status());
        return (System.nanoTime() - start) / 1000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
