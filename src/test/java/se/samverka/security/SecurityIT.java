package se.samverka.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.testdata.EventBuilder.anEvent;
import static se.samverka.testdata.RegistrationBuilder.aRegistration;

import com.sun.net.httpserver.HttpServer;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.JsonObject;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import se.samverka.testing.Api;
import se.samverka.testing.Browser;
import se.samverka.testing.Deployments;
import se.samverka.testing.FacesPage;
import se.samverka.testing.FormLogin;
import se.samverka.testing.FreePort;
import se.samverka.testing.Given;
import se.samverka.testing.Given.CreatedEvent;
import se.samverka.testing.Given.Registered;
import se.samverka.testing.SharedServer;

/**
 * What a hostile page, a curious staff member or a careless client can and cannot do: cross-site
 * changes, the session cookie, private tokens, concurrent changes, headers, and what is public.
 */
@ExtendWith(SharedServer.class)
class SecurityIT {

    private static final String CSV = "förnamn;efternamn;e-post;organisation;sektor\n"
            + "Eva;Lund;eva.lund@degerfors.example;Strömtorpsskolan;SCHOOL\n";

    @SharedServer.Url
    URL deploymentUrl;

    private URI base;
    private Given given;

    @BeforeEach
    void setUp() {
        base = Deployments.base(deploymentUrl);
        given = Given.at(base);
    }

    /**
     * A page on another site, opened by an organiser who is logged in, posts participant files to the import
     * as a plain form can (text/plain and multipart/form-data): nothing is imported.
     */
    @Test
    void aForeignPageCannotImportThroughALoggedInBrowser() throws Exception {
        CreatedEvent event = given.event(anEvent().withCapacity(50));
        String importUrl = base.resolve("api/events/" + event.id() + "/registrations/import").toString();
        int evilPort = FreePort.take();
        HttpServer evil = HttpServer.create(new InetSocketAddress("127.0.0.1", evilPort), 0);
        evil.createContext("/text", exchange -> page(exchange, """
                <form method="post" action="%s" enctype="text/plain">
                <input type="hidden" name="%s" value="x"></form>
                <script>document.forms[0].submit()</script>""".formatted(importUrl, CSV.replace("\n", "&#10;"))));
        evil.createContext("/multipart", exchange -> page(exchange, """
                <form method="post" action="%s" enctype="multipart/form-data">
                <textarea name="file">%s</textarea></form>
                <script>document.forms[0].submit()</script>""".formatted(importUrl, CSV)));
        evil.start();
        try (Browser browser = Browser.open(base)) {
            browser.loginAsAdmin();
            for (String page : List.of("/text", "/multipart")) {
                browser.driver().get("http://127.0.0.1:" + evilPort + page);
                browser.waitUntil(driver -> !driver.getCurrentUrl().contains("127.0.0.1"));
                String answer = browser.driver().findElement(By.tagName("body")).getText();
                assertFalse(answer.contains("\"imported\""), page + ": " + answer);
            }
        } finally {
            evil.stop(0);
        }
        assertEquals(0, given.organiser().get("/api/events/" + event.id() + "/registrations").jsonArray().size(),
                "nothing imported");
    }

    /** Layer by layer: a foreign Origin is refused outright, and the session cookie alone never authorises a change. */
    @Test
    void theSessionCookieReadsButNeverChangesAndForeignOriginsAreRefused() throws Exception {
        CreatedEvent event = given.event(anEvent().withCapacity(50));
        String path = "/api/events/" + event.id() + "/registrations/import";
        String cookie = FormLogin.sessionCookie(base, Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        Api session = Api.anonymous(base).withHeader("Cookie", cookie);
        assertEquals(200, session.get("/api/events/" + event.id() + "/registrations").status(), "reading works");

        for (String type : List.of("text/plain", "text/csv")) {
            Api.Reply foreign = session.withHeader("Origin", "http://evil.example").post(path, type, CSV);
            assertEquals(403, foreign.status(), foreign.toString());
            assertTrue(foreign.isProblem());
            Api.Reply crossSite = session.withHeader("Sec-Fetch-Site", "cross-site").post(path, type, CSV);
            assertEquals(403, crossSite.status(), crossSite.toString());
            Api.Reply cookieOnly = session.post(path, type, CSV);
            assertEquals(401, cookieOnly.status(), "no Basic credentials: " + cookieOnly);
        }
        Api.Reply multipart = session.withHeader("Origin", "http://evil.example").post(path,
                "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n" + CSV + "--x--\r\n");
        assertEquals(403, multipart.status(), multipart.toString());
        Api.Reply foreignBasic = given.organiser().withHeader("Origin", "http://evil.example").post(path, "text/csv", CSV);
        assertEquals(403, foreignBasic.status(), "a browser's cached Basic credentials from a foreign page: " + foreignBasic);
        assertEquals(0, given.organiser().get("/api/events/" + event.id() + "/registrations").jsonArray().size());

        Api.Reply ownPage = given.organiser().withHeader("Origin", base.toString().replaceAll("/$", ""))
                .post(path, "text/csv", CSV);
        assertEquals(200, ownPage.status(), "Samverka's own origin with credentials: " + ownPage);
        assertEquals(1, ownPage.json().getInt("imported"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        Api.Reply login = Api.anonymous(base).get("/login.xhtml");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP without an https base URL: " + cookie);
    }

    @Test
    void staffNeverSeeAParticipantsPrivateToken() {
        CreatedEvent event = given.event(anEvent().withCapacity(50));
        Registered eva = given.registration(event, aRegistration().named("Eva", "Lund"));
        Api staff = given.staff();

        List<JsonObject> listed = staff.get("/api/events/" + event.id() + "/registrations").jsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(1, listed.size());
        assertTrue(listed.get(0).isNull("manageToken"), listed.get(0).toString());
        assertTrue(given.organiser().get("/api/events/" + event.id() + "/registrations").jsonArray()
                .getJsonObject(0).isNull("manageToken"), "nor organisers");
        for (String export : List.of("participants.csv", "participants.xlsx", "participants.pdf")) {
            byte[] file = staff.download("/api/events/" + event.id() + "/" + export).body();
            assertFalse(new String(file, StandardCharsets.ISO_8859_1).contains(eva.manageToken()), export);
        }
        assertEquals(eva.manageToken(), Api.anonymous(base).get("/api/registrations/" + eva.manageToken()).json()
                .getString("manageToken"), "its owner still sees it");
    }

    /** Twenty changes of one registration at once: each is 200 or a 409 problem, never a 500. */
    @Test
    void concurrentChangesOfOneRegistrationAreSerialisedOr409() throws Exception {
        CreatedEvent event = given.event(anEvent().withCapacity(50));
        long workshop = given.workshop(event, "Workshop A", 10, 3);
        Registered eva = given.registration(event, aRegistration());
        Api anyone = Api.anonymous(base);
        String own = "/api/registrations/" + eva.manageToken();

        List<Api.Reply> patched = all(20, i -> anyone.patch(own,
                "{\"dietary\":\"Vegetarisk " + i + "\",\"sessionIds\":[" + (i % 2 == 0 ? workshop : "") + "]}"));
        for (Api.Reply reply : patched) {
            assertTrue(reply.status() == 200 || (reply.status() == 409 && reply.isProblem()), reply.toString());
        }
        assertTrue(patched.stream().anyMatch(reply -> reply.status() == 200));
        assertTrue(anyone.get(own).json().getString("dietary").startsWith("Vegetarisk "));

        List<Api.Reply> cancelled = all(20, i -> anyone.delete(own));
        assertEquals(1, cancelled.stream().filter(reply -> reply.status() == 200).count(), cancelled.toString());
        assertTrue(cancelled.stream().allMatch(reply -> reply.status() == 200 || (reply.status() == 409 && reply.isProblem())),
                cancelled.toString());
        assertEquals("CANCELLED", anyone.get(own).json().getString("status"));
    }

    @Test
    void everyKindOfPageCarriesTheSecurityHeaders() throws Exception {
        CreatedEvent event = given.event(anEvent().withCapacity(50));
        Registered eva = given.registration(event, aRegistration());
        Api anyone = Api.anonymous(base);
        Map<String, Api.Reply> pages = Map.of(
                "public programme", anyone.get("/e/" + event.slug()),
                "login page", anyone.get("/login.xhtml"),
                "private link", anyone.get("/r/" + eva.manageToken()),
                "not found page", anyone.get("/no/such/page"),
                "admin page", given.organiser().get("/admin/index.xhtml"));
        pages.forEach((kind, reply) -> {
            assertEquals("nosniff", reply.header("X-Content-Type-Options"), kind);
            assertEquals("same-origin", reply.header("Referrer-Policy"), kind);
            assertEquals("no-store", reply.header("Cache-Control"), kind);
            String policy = reply.header("Content-Security-Policy");
            assertNotNull(policy, kind);
            assertTrue(policy.matches(".*frame-ancestors 'none'.*script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}';"),
                    kind + ": " + policy);
            assertFalse(policy.contains("unsafe-inline';") && policy.contains("script-src 'self' 'unsafe-inline'"), kind);
        });
        assertEquals(200, pages.get("admin page").status(), "Basic works for pages too");
        Api.Reply personal = anyone.get("/api/registrations/" + eva.manageToken());
        assertEquals("no-store", personal.header("Cache-Control"));
        assertEquals("nosniff", personal.header("X-Content-Type-Options"));
        assertEquals("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
                personal.header("Content-Security-Policy"));
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(60, 30, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", png);
        assertEquals(200, given.organiser().send("PUT", "/api/events/" + event.id() + "/logo", "image/png",
                png.toByteArray()).status());
        var logo = anyone.download("/api/events/" + event.id() + "/logo");
        assertEquals(200, logo.statusCode());
        assertTrue(logo.headers().firstValue("Content-Type").orElse("").startsWith("image/png"));
        assertEquals("nosniff", logo.headers().firstValue("X-Content-Type-Options").orElse(null));
    }

    @Test
    void metricsAreForOrganisersAndTheWadlIsGone() {
        var anonymous = Api.anonymous(base).download("/metrics");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(403, given.staff().download("/metrics").statusCode());
        var organiser = given.organiser().download("/metrics");
        assertEquals(200, organiser.statusCode());
        String metrics = new String(organiser.body(), StandardCharsets.UTF_8);
        assertTrue(metrics.contains("# TYPE"), "OpenMetrics text: " + metrics.substring(0, Math.min(200, metrics.length())));
        assertEquals(404, Api.anonymous(base).get("/api/application.wadl").status());
        assertEquals(200, Api.anonymous(base).get("/health/ready").status(), "readiness stays public for balancers");
    }

    @Test
    void theOpenApiDocumentIsValidOpenApi3() {
        Api.Reply document = Api.anonymous(base).get("/openapi");
        assertEquals(200, document.status());
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document.body(), null, options);
        assertEquals(List.of(), parsed.getMessages(), "validator messages");
        assertNotNull(parsed.getOpenAPI().getPaths().get("/api/events/{eventId}/registrations"));
        assertFalse(document.body().contains("\nendpoints:"), "Payara's non-standard field is gone");
    }

    @Test
    void createdResourcesAreNamedByTheConfiguredBaseUrlNotTheHostHeader() {
        Api.Reply created = given.organiser().withHeader("X-Forwarded-Host", "evil.example")
                .post("/api/events", anEvent().toJson());
        assertEquals(201, created.status());
        assertTrue(created.location().startsWith("http://localhost:8080/api/events/"), created.location());
        Api.Reply registered = Api.anonymous(base).post("/api/events/" + created.json().getJsonNumber("id") + "/registrations",
                aRegistration().toJson());
        assertTrue(registered.location().startsWith("http://localhost:8080/api/registrations/"), registered.location());
    }

    /**
     * The public registration form posted by hand: without a workshop radio (once a NumberFormatException and
     * a 500) it registers without a workshop; without the page's CSP nonce it is a 400 page saying why.
     */
    @Test
    void aHandMadePostOfTheRegistrationFormIsAnsweredNeverFailed() {
        CreatedEvent event = given.event(anEvent().withCapacity(50));
        given.workshop(event, "Workshop A", 10, 5);
        Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("registration", "registration",
                "registration:firstName", "Hand", "registration:lastName", "Gjord",
                "registration:organisation", "Strömtorpsskolan", "registration:sector", "SCHOOL",
                "registration:days", event.firstDay().toString(), "registration:consentPrivacy", "on",
                "registration:submit", ""));

        fields.put("registration:email", "hand.gjord@degerfors.example");
        var registered = FacesPage.open(base, "e/" + event.slug() + "/register").post(fields, true);
        assertEquals(200, registered.statusCode());
        assertTrue(registered.body().contains("id=\"thanks-heading\""), registered.body());

        fields.put("registration:email", "hand.gjord.2@degerfors.example");
        fields.put("registration:slots:0:workshop", "inte-ett-id");
        var odd = FacesPage.open(base, "e/" + event.slug() + "/register").post(fields, true);
        assertEquals(200, odd.statusCode(), "a message on the page, not an error");
        assertTrue(odd.body().contains("välj ett av alternativen på sidan."), odd.body());

        fields.put("registration:email", "hand.gjord.3@degerfors.example");
        var withoutNonce = FacesPage.open(base, "e/" + event.slug() + "/register").post(fields, false);
        assertEquals(400, withoutNonce.statusCode());
        assertTrue(withoutNonce.body().contains("Formuläret kunde inte tas emot"), withoutNonce.body());
        assertEquals(1, given.organiser().get("/api/events/" + event.id() + "/registrations").jsonArray().size());
    }

    private static void page(com.sun.net.httpserver.HttpExchange exchange, String body) throws java.io.IOException {
        byte[] html = ("<!doctype html><html><body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, html.length);
        exchange.getResponseBody().write(html);
        exchange.close();
    }

    private interface Call {
        Api.Reply run(int i);
    }

    private static List<Api.Reply> all(int count, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Callable<Api.Reply>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                calls.add(() -> call.run(n));
            }
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> reply : pool.invokeAll(calls, 60, TimeUnit.SECONDS)) {
                replies.add(reply.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
