package se.samverka.participants;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.testdata.EventBuilder.aNetworkMeeting;
import static se.samverka.testdata.EventBuilder.anEvent;
import static se.samverka.testdata.RegistrationBuilder.aRegistration;

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
import java.util.ArrayList;
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
import se.samverka.testdata.Sectors;
import se.samverka.testing.Api;
import se.samverka.testing.Deployments;
import se.samverka.testing.Given;
import se.samverka.testing.Given.CreatedEvent;
import se.samverka.testing.Given.Registered;

/**
 * Name badges through the API, read back with PDFBox. The tests that only read share one full event, made
 * through the API before the first of them; the tests that change something make their own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadgeApiIT {

    /**
     * Registered in this order for eighteen seats: the first eighteen get one, the last two wait. Three police
     * officers have a seat and a fourth waits.
     */
    private static final String[][] PEOPLE = {
        {"Åsa", "Öberg", Sectors.SCHOOL}, {"Lars", "Ekström", Sectors.POLICE},
        {"Linnéa", "Åkesson", Sectors.PRESCHOOL}, {"Anna", "Andersson", Sectors.PRESCHOOL},
        {"Håkan", "Ärlig", Sectors.SCHOOL}, {"Jöns", "Zetterlund", Sectors.POLICE},
        {"Björn", "Bäckström", Sectors.SCHOOL}, {"Karin", "Karlsson", Sectors.PUBLIC_HEALTH},
        {"Eva", "Dahl", Sectors.SOCIAL_SERVICES}, {"Per", "Nilsson", Sectors.POLICE},
        {"Fredrik", "Forsberg", Sectors.HEALTH_CENTRE}, {"Helena", "Holmgren", Sectors.GRYNINGEN},
        {"Maria", "Lindqvist", Sectors.OTHER}, {"Ingrid", "Nyström", Sectors.PRESCHOOL},
        {"Sven", "Persson", Sectors.SCHOOL}, {"Elin", "Sjöberg", Sectors.SCHOOL},
        {"Mikael", "Strömberg", Sectors.SOCIAL_SERVICES}, {"Sofia", "Wikström", Sectors.HEALTH_CENTRE},
        {"Göran", "Ödman", Sectors.POLICE}, {"Märta", "Ångström", Sectors.PRESCHOOL},
    };
    private static final int SEATS = 18;

    /**
     * The seated surnames in Swedish order: Å, Ä, Ö after Z. By Unicode Ärlig would come before Åkesson, and
     * on an A4_8 sheet (8 + 8 + 2) Åkesson, not Ärlig, would then share the last page with Öberg.
     */
    private static final List<String> SWEDISH_ORDER = List.of("Andersson", "Bäckström", "Dahl", "Ekström",
            "Forsberg", "Holmgren", "Karlsson", "Lindqvist", "Nilsson", "Nyström", "Persson", "Sjöberg", "Strömberg",
            "Wikström", "Zetterlund", "Åkesson", "Ärlig", "Öberg");

    /** The shared event, made before the first test (the deployment URL is only there per test); only read. */
    private static Crowd crowd;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deploymentUrl;

    private URI base;
    private Given given;
    private Api anonymous;
    private Api organiser;

    @BeforeEach
    void clients() {
        base = Deployments.base(deploymentUrl);
        given = Given.at(base);
        anonymous = given.anyone();
        organiser = given.organiser();
        if (crowd == null) {
            crowd = aFullEvent();
        }
    }

    /** An event and its people: those with a seat, those waiting for one. */
    private record Crowd(CreatedEvent event, List<Registered> seated, List<Registered> waiting) {
    }

    private Crowd aFullEvent() {
        CreatedEvent event = given.event(anEvent().withSlug("brickor-" + UUID.randomUUID().toString().substring(0, 8))
                .withCapacity(SEATS));
        List<Registered> people = new ArrayList<>();
        for (String[] person : PEOPLE) {
            people.add(given.registration(event, aRegistration().named(person[0], person[1]).fromSector(person[2])));
        }
        List<Registered> seated = people.subList(0, SEATS);
        List<Registered> waiting = people.subList(SEATS, people.size());
        assertTrue(seated.stream().allMatch(r -> r.status().equals("CONFIRMED")), seated::toString);
        assertTrue(waiting.stream().allMatch(r -> r.status().equals("WAITLISTED")), waiting::toString);
        return new Crowd(event, List.copyOf(seated), List.copyOf(waiting));
    }

    private String badges(long event) {
        return "/api/events/" + event + "/badges.pdf";
    }

    private List<JsonObject> registrations(long event, String query) {
        return organiser.get("/api/events/" + event + "/registrations" + query).jsonArray().getValuesAs(JsonObject.class);
    }

    private static List<String> lastNames(List<JsonObject> registrations) {
        return registrations.stream().map(r -> r.getString("lastName")).toList();
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
        long event = crowd.event().id();
        HttpResponse<byte[]> refused = anonymous.download(badges(event));
        assertEquals(401, refused.statusCode());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        Api staff = given.staff();
        Registered one = crowd.seated().get(0);
        HttpResponse<byte[]> staffBadges = staff.download(badges(event) + "?layout=A6&ids=" + one.id());
        try (PDDocument badges = pdf(staffBadges)) {
            assertEquals(1, badges.getNumberOfPages());
            assertEquals(Set.of(one.checkInCode()), PdfInspection.qrCodes(badges, 1, 200));
        }
        assertEquals("attachment; filename=\"namnbrickor-" + crowd.event().slug() + ".pdf\"",
                staffBadges.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals(403, staff.put("/api/events/" + event, "{}").status(),
                "staff print badges but do not change events");
    }

    @Test
    void everyConfirmedParticipantGetsABadgeInSwedishSurnameOrder() throws IOException {
        long event = crowd.event().id();
        List<JsonObject> confirmed = BadgePdfs.inBadgeOrder(registrations(event, "?status=CONFIRMED"));
        assertEquals(crowd.seated().stream().map(Registered::id).collect(Collectors.toSet()),
                confirmed.stream().map(r -> r.getJsonNumber("id").longValue()).collect(Collectors.toSet()),
                "exactly the eighteen with a seat");
        assertEquals(SWEDISH_ORDER, lastNames(confirmed));
        try (PDDocument badges = pdf(organiser.download(badges(event) + "?layout=A4_8"))) {
            assertEquals(3, badges.getNumberOfPages(), "8 + 8 + 2");
            String text = PdfInspection.withoutSpace(PdfInspection.text(badges));
            for (JsonObject person : confirmed) {
                assertTrue(text.contains(PdfInspection.withoutSpace(person.getString("lastName"))), person.toString());
                assertTrue(text.contains(PdfInspection.withoutSpace(person.getString("firstName"))), person.toString());
            }
            assertTrue(text.matches("(?s).*[åäöÅÄÖ].*"), "Swedish letters come through as text");
            assertEquals(BadgePdfs.expectedPages(confirmed, 8), BadgePdfs.codesByPage(badges),
                    "each page holds the next eight in Swedish order, and every QR code reads as its check-in code");
            for (Registered waiting : crowd.waiting()) {
                assertFalse(text.contains(waiting.checkInCode()), "no badge for " + waiting);
            }
            assertFalse(text.contains("Ödman") || text.contains("Ångström"), "nor for their names");
        }
    }

    @Test
    void aSectorGivesOnlyThatSectorsConfirmedParticipants() throws IOException {
        long event = crowd.event().id();
        List<JsonObject> police = BadgePdfs.inBadgeOrder(registrations(event, "?status=CONFIRMED&sector=POLICE"));
        assertEquals(List.of("Ekström", "Nilsson", "Zetterlund"), lastNames(police), "the three with a seat");
        try (PDDocument badges = pdf(organiser.download(badges(event) + "?sector=POLICE&layout=A4_10"))) {
            assertEquals(BadgePdfs.expectedPages(police, 10), BadgePdfs.codesByPage(badges));
            String text = PdfInspection.text(badges);
            assertTrue(text.contains("Polis"));
            assertFalse(text.contains("Förskola"));
            assertFalse(text.contains("Ödman"), "the officer waiting for a seat gets no badge");
        }
    }

    @Test
    void idsGiveExactlyThoseAndNeverACancelledRegistration() throws IOException {
        CreatedEvent event = given.event(aNetworkMeeting().withCapacity(2));
        Registered first = given.registration(event, aRegistration().named("Åsa", "Öberg").at("Bruksskolan"));
        Registered second = given.registration(event, aRegistration().named("Märta", "Ångström").at("Bruksskolan"));
        Registered waiting = given.registration(event, aRegistration().named("Örjan", "Bäckström").at("Bruksskolan"));
        Registered cancelled = given.registration(event, aRegistration().named("Håkan", "Zetterlund").at("Bruksskolan"));
        assertEquals("WAITLISTED", waiting.status());
        given.cancellation(cancelled);

        String ids = List.of(second, waiting, cancelled).stream().map(r -> String.valueOf(r.id()))
                .collect(Collectors.joining(","));
        try (PDDocument badges = pdf(organiser.download(badges(event.id()) + "?ids=" + ids))) {
            assertEquals(1, badges.getNumberOfPages());
            assertEquals(Set.of(second.checkInCode(), waiting.checkInCode()), PdfInspection.qrCodes(badges, 1, 200));
            String text = PdfInspection.text(badges);
            assertTrue(text.contains("Ångström") && text.contains("Bäckström"), text);
            assertFalse(text.contains("Zetterlund"), "cancelled: no badge");
            assertFalse(text.contains("Öberg"), "not asked for");
        }
        try (PDDocument everyone = pdf(organiser.download(badges(event.id())))) {
            assertEquals(new TreeSet<>(Set.of(first.checkInCode(), second.checkInCode())),
                    PdfInspection.qrCodes(everyone, 1, 200), "without ids: the confirmed only");
        }
    }

    @Test
    void aLateArrivalsBadgeGoesOnTheFirstFreeLabel() throws IOException {
        Registered late = crowd.seated().get(5);
        try (PDDocument badges = pdf(organiser.download(badges(crowd.event().id()) + "?layout=A4_8&start=8&ids="
                + late.id()))) {
            assertEquals(1, badges.getNumberOfPages());
            assertEquals(Set.of(late.checkInCode()), PdfInspection.qrCodes(badges, 1, 200));
            assertTrue(PdfInspection.textIn(badges, 1, PdfInspection.card(BadgeLayout.A4_8, 8)).contains(late.checkInCode()));
            for (int position = 1; position < 8; position++) {
                assertTrue(PdfInspection.textIn(badges, 1, PdfInspection.card(BadgeLayout.A4_8, position)).isBlank(),
                        "position " + position + " stays free");
            }
        }
    }

    @Test
    void badOptionsAre400ProblemsNamingEachFieldInSwedish() {
        long event = crowd.event().id();
        HttpResponse<byte[]> bad = organiser.inLanguage("sv-SE,sv;q=0.9,en;q=0.5")
                .download(badges(event) + "?layout=A5&right=30&ids=1,x");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = json(bad);
        assertEquals("Namnbrickorna kan inte skapas med de här värdena.", problem.getString("detail"));
        List<JsonObject> errors = problem.getJsonArray("errors").getValuesAs(JsonObject.class);
        assertEquals(List.of("layout", "ids", "right"), errors.stream().map(e -> e.getString("field")).toList());
        assertEquals("Okänt ark: välj A4_8, A4_10 eller A6.", errors.get(0).getString("message"));

        JsonObject english = json(organiser.inLanguage("en").download(badges(event) + "?layout=A6&start=2"));
        assertEquals("start", english.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(404, organiser.download("/api/events/987654321/badges.pdf").statusCode());
    }

    @Test
    void anUploadedLogoIsServedAndPrintedOnTheBadges() throws Exception {
        CreatedEvent created = given.event(aNetworkMeeting().withCapacity(5));
        long event = created.id();
        given.registration(created, aRegistration().named("Linnéa", "Hällström").at("Bruksskolan"));
        byte[] png = png();
        assertEquals(404, anonymous.download("/api/events/" + event + "/logo").statusCode());

        HttpResponse<String> stored = putLogo(event, "image/png", png, Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        assertEquals(200, stored.statusCode(), stored.body());
        HttpResponse<byte[]> logo = anonymous.download("/api/events/" + event + "/logo");
        assertEquals(200, logo.statusCode());
        assertTrue(logo.headers().firstValue("Content-Type").orElse("").startsWith("image/png"));
        assertArrayEquals(png, logo.body());
        try (PDDocument badges = pdf(organiser.download(badges(event)))) {
            assertTrue(PdfInspection.hasImage(badges, 1), "the logo is on the badge");
        }

        HttpResponse<String> gif = putLogo(event, "image/png", "GIF89a....".getBytes(StandardCharsets.US_ASCII),
                Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        assertEquals(400, gif.statusCode());
        assertTrue(gif.body().contains("PNG- eller JPEG-bild"), gif.body());
        assertEquals(401, putLogo(event, "image/png", png, null, null).statusCode());

        assertEquals(204, organiser.delete("/api/events/" + event + "/logo").status());
        assertEquals(404, anonymous.download("/api/events/" + event + "/logo").statusCode());
        try (PDDocument badges = pdf(organiser.download(badges(event)))) {
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
}
