package se.samverka.participants;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverka.documents.BadgeLayout;
import se.samverka.documents.PdfInspection;
import se.samverka.testing.Api;
import se.samverka.testing.Deployments;

/** Name badges of the demo conference (70 registrations for 66 seats) through the API, read back with PDFBox. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadgeApiIT {

    private static final String DEMO_SLUG = "samverkanskonferens-degerforsmodellen";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deploymentUrl;

    private URI base;
    private Api anonymous;
    private Api organiser;
    private long demo;

    @BeforeEach
    void clients() {
        base = Deployments.base(deploymentUrl);
        anonymous = Api.anonymous(base);
        organiser = anonymous.asAdmin();
        demo = organiser.get("/api/events").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(e -> DEMO_SLUG.equals(e.getString("slug"))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private List<JsonObject> registrations(long event, String query) {
        return organiser.get("/api/events/" + event + "/registrations" + query).jsonArray().getValuesAs(JsonObject.class);
    }

    private static PDDocument pdf(HttpResponse<byte[]> response) throws IOException {
        assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        return BadgePdfs.load(response.body());
    }

    private static JsonObject json(HttpResponse<byte[]> response) {
        try (var reader = Json.createReader(new StringReader(new String(response.body(), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    @Test
    void onlyOrganisersAndStaffGetBadges() throws IOException {
        HttpResponse<byte[]> refused = anonymous.download("/api/events/" + demo + "/badges.pdf");
        assertEquals(401, refused.statusCode());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        String username = "dorr-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = organiser.post("/api/accounts", """
                {"username":"%s","displayName":"Entrévärd","role":"STAFF","password":"entre-vard-2027"}
                """.formatted(username));
        assertEquals(201, created.status(), created.toString());
        HttpResponse<byte[]> staff = anonymous.as(username, "entre-vard-2027")
                .download("/api/events/" + demo + "/badges.pdf?layout=A6&ids="
                        + registrations(demo, "?status=CONFIRMED").get(0).getJsonNumber("id"));
        try (PDDocument badges = pdf(staff)) {
            assertEquals(1, badges.getNumberOfPages());
        }
        assertEquals("attachment; filename=\"namnbrickor-" + DEMO_SLUG + ".pdf\"",
                staff.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals(403, anonymous.as(username, "entre-vard-2027").put("/api/events/" + demo, "{}").status(),
                "staff print badges but do not change events");
    }

    @Test
    void everyConfirmedParticipantGetsABadgeInSwedishSurnameOrder() throws IOException {
        List<JsonObject> confirmed = BadgePdfs.inBadgeOrder(registrations(demo, "?status=CONFIRMED"));
        assertEquals(66, confirmed.size(), "the demo conference is full");
        try (PDDocument badges = pdf(organiser.download("/api/events/" + demo + "/badges.pdf?layout=A4_8"))) {
            assertEquals((confirmed.size() + 7) / 8, badges.getNumberOfPages());
            String text = PdfInspection.withoutSpace(PdfInspection.text(badges));
            for (JsonObject person : confirmed) {
                assertTrue(text.contains(PdfInspection.withoutSpace(person.getString("lastName"))), person.toString());
                assertTrue(text.contains(PdfInspection.withoutSpace(person.getString("firstName"))), person.toString());
            }
            assertTrue(text.matches("(?s).*[åäöÅÄÖ].*"), "Swedish letters come through as text");
            assertEquals(BadgePdfs.expectedPages(confirmed, 8), BadgePdfs.codesByPage(badges),
                    "each page holds the next eight in Swedish order, and every QR code reads as its check-in code");
            for (JsonObject waiting : registrations(demo, "?status=WAITLISTED")) {
                assertFalse(text.contains(waiting.getString("checkInCode")), "no badge for " + waiting);
            }
        }
    }

    @Test
    void aSectorGivesOnlyThatSectorsConfirmedParticipants() throws IOException {
        List<JsonObject> police = BadgePdfs.inBadgeOrder(registrations(demo, "?status=CONFIRMED&sector=POLICE"));
        assertFalse(police.isEmpty());
        try (PDDocument badges = pdf(organiser.download("/api/events/" + demo + "/badges.pdf?sector=POLICE&layout=A4_10"))) {
            assertEquals(BadgePdfs.expectedPages(police, 10), BadgePdfs.codesByPage(badges));
            assertTrue(PdfInspection.text(badges).contains("Polis"));
            assertFalse(PdfInspection.text(badges).contains("Förskola"));
        }
    }

    @Test
    void idsGiveExactlyThoseAndNeverACancelledRegistration() throws IOException {
        long event = newEvent(2);
        JsonObject first = register(event, "Åsa", "Öberg");
        JsonObject second = register(event, "Märta", "Ångström");
        JsonObject waiting = register(event, "Örjan", "Bäckström");
        JsonObject cancelled = register(event, "Håkan", "Zetterlund");
        assertEquals("WAITLISTED", waiting.getString("status"));
        assertEquals(200, anonymous.delete("/api/registrations/" + cancelled.getString("manageToken")).status());

        String ids = List.of(second, waiting, cancelled).stream().map(r -> r.getJsonNumber("id").toString())
                .collect(Collectors.joining(","));
        try (PDDocument badges = pdf(organiser.download("/api/events/" + event + "/badges.pdf?ids=" + ids))) {
            assertEquals(1, badges.getNumberOfPages());
            assertEquals(Set.of(second.getString("checkInCode"), waiting.getString("checkInCode")),
                    PdfInspection.qrCodes(badges, 1, 200));
            String text = PdfInspection.text(badges);
            assertTrue(text.contains("Ångström") && text.contains("Bäckström"), text);
            assertFalse(text.contains("Zetterlund"), "cancelled: no badge");
            assertFalse(text.contains("Öberg"), "not asked for");
        }
        try (PDDocument everyone = pdf(organiser.download("/api/events/" + event + "/badges.pdf"))) {
            assertEquals(new TreeSet<>(Set.of(first.getString("checkInCode"), second.getString("checkInCode"))),
                    PdfInspection.qrCodes(everyone, 1, 200), "without ids: the confirmed only");
        }
    }

    @Test
    void aLateArrivalsBadgeGoesOnTheFirstFreeLabel() throws IOException {
        JsonObject late = registrations(demo, "?status=CONFIRMED").get(5);
        try (PDDocument badges = pdf(organiser.download("/api/events/" + demo + "/badges.pdf?layout=A4_8&start=8&ids="
                + late.getJsonNumber("id")))) {
            assertEquals(1, badges.getNumberOfPages());
            assertEquals(Set.of(late.getString("checkInCode")), PdfInspection.qrCodes(badges, 1, 200));
            assertTrue(PdfInspection.textIn(badges, 1, PdfInspection.card(BadgeLayout.A4_8, 8)).contains(late.getString("checkInCode")));
            for (int position = 1; position < 8; position++) {
                assertTrue(PdfInspection.textIn(badges, 1, PdfInspection.card(BadgeLayout.A4_8, position)).isBlank(),
                        "position " + position + " stays free");
            }
        }
    }

    @Test
    void badOptionsAre400ProblemsNamingEachFieldInSwedish() {
        HttpResponse<byte[]> bad = organiser.inLanguage("sv-SE,sv;q=0.9,en;q=0.5")
                .download("/api/events/" + demo + "/badges.pdf?layout=A5&right=30&ids=1,x");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = json(bad);
        assertEquals("Namnbrickorna kan inte skapas med de här värdena.", problem.getString("detail"));
        List<JsonObject> errors = problem.getJsonArray("errors").getValuesAs(JsonObject.class);
        assertEquals(List.of("layout", "ids", "right"), errors.stream().map(e -> e.getString("field")).toList());
        assertEquals("Okänt ark: välj A4_8, A4_10 eller A6.", errors.get(0).getString("message"));

        JsonObject english = json(organiser.inLanguage("en").download("/api/events/" + demo + "/badges.pdf?layout=A6&start=2"));
        assertEquals("start", english.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(404, organiser.download("/api/events/987654321/badges.pdf").statusCode());
    }

    @Test
    void anUploadedLogoIsServedAndPrintedOnTheBadges() throws Exception {
        long event = newEvent(5);
        register(event, "Linnéa", "Hällström");
        byte[] png = png();
        assertEquals(404, anonymous.download("/api/events/" + event + "/logo").statusCode());

        HttpResponse<String> stored = putLogo(event, "image/png", png, Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        assertEquals(200, stored.statusCode(), stored.body());
        HttpResponse<byte[]> logo = anonymous.download("/api/events/" + event + "/logo");
        assertEquals(200, logo.statusCode());
        assertTrue(logo.headers().firstValue("Content-Type").orElse("").startsWith("image/png"));
        assertArrayEquals(png, logo.body());
        try (PDDocument badges = pdf(organiser.download("/api/events/" + event + "/badges.pdf"))) {
            assertTrue(PdfInspection.hasImage(badges, 1), "the logo is on the badge");
        }

        HttpResponse<String> gif = putLogo(event, "image/png", "GIF89a....".getBytes(StandardCharsets.US_ASCII),
                Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        assertEquals(400, gif.statusCode());
        assertTrue(gif.body().contains("PNG- eller JPEG-bild"), gif.body());
        assertEquals(401, putLogo(event, "image/png", png, null, null).statusCode());

        assertEquals(204, organiser.delete("/api/events/" + event + "/logo").status());
        assertEquals(404, anonymous.download("/api/events/" + event + "/logo").statusCode());
        try (PDDocument badges = pdf(organiser.download("/api/events/" + event + "/badges.pdf"))) {
            assertFalse(PdfInspection.hasImage(badges, 1), "no logo, no image: the check above can fail");
        }
    }

    private HttpResponse<String> putLogo(long event, String type, byte[] body, String user, String password)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("api/events/" + event + "/logo"))
                .header("Content-Type", type).header("Accept", "application/json, application/problem+json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(0x1F3A93));
        g.fillRect(0, 0, 120, 40);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private long newEvent(int capacity) {
        Api.Reply created = organiser.post("/api/events", """
                {"title":"Brickor %s","type":"NETWORK_MEETING","startDate":"2031-05-06","endDate":"2031-05-06","capacity":%d}
                """.formatted(UUID.randomUUID(), capacity));
        assertEquals(201, created.status(), created.toString());
        return created.json().getJsonNumber("id").longValue();
    }

    private JsonObject register(long event, String first, String last) {
        Api.Reply reply = anonymous.post("/api/events/" + event + "/registrations", """
                {"firstName":"%s","lastName":"%s","email":"%s@degerfors.example","organisation":"Bruksskolan",
                 "sector":"SCHOOL","consentPrivacy":true,"consentListed":false}
                """.formatted(first, last, UUID.randomUUID()));
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }
}
