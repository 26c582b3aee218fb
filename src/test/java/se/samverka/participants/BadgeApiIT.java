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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
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
import se.samverka.testing.SharedServer;

/**
 * Name badges through the API, read back with PDFBox. The tests that only read share one full event, made
 * through the API before the first of them; the tests that change something make their own.
 */
@ExtendWith(SharedServer.class)
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

    @SharedServer.Url
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

    /**
     * An event of two days and four seats with a one-seat workshop on day 1, and people who state needs: Anna
     * (both days, vegetarian, in the workshop), Björn (day 1, vegetarian written otherwise, wheelchair, in the
     * workshop's queue), Cecilia (day 2, gluten-free), David (no needs); Frida stated a need and cancelled, Eva
     * stated one and waits for a seat: neither is on the kitchen's list.
     */
    private record Kitchen(CreatedEvent event, long workshop) {
    }

    private Kitchen aKitchenEvent() {
        CreatedEvent event = given.event(anEvent().withSlug("kok-" + UUID.randomUUID().toString().substring(0, 8))
                .lastingDays(2).withCapacity(4));
        long workshop = given.workshop(event, "Workshop: Mat för alla", 13, 1);
        LocalDate day1 = event.firstDay();
        LocalDate day2 = day1.plusDays(1);
        given.registration(event, aRegistration().named("Anna", "Andersson").at("Strömtorpsskolan")
                .onDays(day1, day2).eating("Vegetarisk").choosing(workshop));
        given.registration(event, aRegistration().named("Björn", "Berg").at("Polisen Region Bergslagen")
                .onDays(day1).eating(" vegetarisk ").needing("Rullstol").choosing(workshop));
        given.registration(event, aRegistration().named("Cecilia", "Dahl").at("Vårdcentralen")
                .onDays(day2).eating("Glutenfri"));
        Registered frida = given.registration(event, aRegistration().named("Frida", "Fors").onDays(day1, day2)
                .eating("Laktosfri"));
        given.cancellation(frida);
        assertEquals("CONFIRMED", given.registration(event, aRegistration().named("David", "Ek")
                .onDays(day1, day2)).status());
        assertEquals("WAITLISTED", given.registration(event, aRegistration().named("Eva", "Gran")
                .onDays(day1, day2).eating("Vegetarisk").needing("Hörslinga")).status());
        return new Kitchen(event, workshop);
    }

    @Test
    void theKitchenListIsPerDayCountedByKindAndForOrganisersOnly() throws IOException {
        Kitchen kitchen = aKitchenEvent();
        String path = "/api/events/" + kitchen.event().id() + "/dietary";
        LocalDate day1 = kitchen.event().firstDay();
        LocalDate day2 = day1.plusDays(1);

        HttpResponse<byte[]> csv = organiser.download(path + ".csv?lang=sv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals("attachment; filename=\"kost-" + kitchen.event().slug() + ".csv\"",
                csv.headers().firstValue("Content-Disposition").orElse(""));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "byte order mark for Excel");
        assertEquals(List.of(
                "Dag;Rad;Efternamn;Förnamn;Organisation;Kost;Tillgänglighet;Antal",
                day1 + ";Deltagare;Andersson;Anna;Strömtorpsskolan;Vegetarisk;;",
                day1 + ";Deltagare;Berg;Björn;Polisen Region Bergslagen;vegetarisk;Rullstol;",
                day1 + ";Antal;;;;Vegetarisk;;2",
                day1 + ";Antal;;;;;Rullstol;1",
                day2 + ";Deltagare;Andersson;Anna;Strömtorpsskolan;Vegetarisk;;",
                day2 + ";Deltagare;Dahl;Cecilia;Vårdcentralen;Glutenfri;;",
                day2 + ";Antal;;;;Glutenfri;;1",
                day2 + ";Antal;;;;Vegetarisk;;1"), List.of(text.substring(1).split("\r\n")),
                "confirmed people with needs only: not Frida (cancelled), Eva (waiting) or David (no needs)");

        HttpResponse<byte[]> pdf = organiser.download(path + ".pdf?lang=sv");
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertEquals(200, pdf.statusCode());
            String pages = PdfInspection.text(document).replaceAll(" +", " ");
            String heading = day2.format(java.time.format.DateTimeFormatter.ofLocalizedDate(
                    java.time.format.FormatStyle.FULL).withLocale(java.util.Locale.forLanguageTag("sv")));
            int second = pages.indexOf(heading.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + heading.substring(1));
            assertTrue(second > 0, pages);
            String first = pages.substring(0, second);
            assertTrue(first.contains("Kost: Vegetarisk × 2") && first.contains("Tillgänglighet: Rullstol × 1"), first);
            assertTrue(first.contains("Andersson, Anna") && first.contains("Berg, Björn") && !first.contains("Dahl"),
                    first);
            String last = pages.substring(second);
            assertTrue(last.contains("Kost: Glutenfri × 1, Vegetarisk × 1") && last.contains("Tillgänglighet: inga"),
                    last);
            assertTrue(last.contains("Dahl, Cecilia") && !last.contains("Berg, Björn"), last);
            assertFalse(pages.contains("Fors") || pages.contains("Gran") || pages.contains("Laktosfri")
                    || pages.contains("Hörslinga") || pages.contains("Ek, David"), pages);
        }

        Api staff = given.staff();
        for (String format : List.of(".csv", ".pdf")) {
            assertEquals(403, staff.download(path + format).statusCode(), "staff: " + format);
            assertEquals(401, anonymous.download(path + format).statusCode(), "anonymous: " + format);
        }
        assertEquals(404, organiser.download("/api/events/999999999/dietary.csv").statusCode());
        String listPage = "/admin/participants/index.xhtml?event=" + kitchen.event().id();
        HttpResponse<byte[]> organisersPage = organiser.download(listPage);
        assertEquals(200, organisersPage.statusCode());
        String links = new String(organisersPage.body(), StandardCharsets.UTF_8);
        assertTrue(links.contains(path + ".csv?lang=") && links.contains(path + ".pdf?lang="), "links beside the exports");
        HttpResponse<byte[]> staffPage = staff.download(listPage);
        assertEquals(200, staffPage.statusCode());
        assertFalse(new String(staffPage.body(), StandardCharsets.UTF_8).contains("dietary."), "no links for staff");
        String general = new String(organiser.download("/api/events/" + kitchen.event().id() + "/participants.csv")
                .body(), StandardCharsets.UTF_8);
        assertFalse(general.contains("Vegetarisk") || general.contains("Rullstol"), "not in the general export");
    }

    @Test
    void fullEventsAndWorkshopsSaySoBeforeTheFormIsFilledIn() {
        String full = page("/e/" + crowd.event().slug() + "/register");
        assertTrue(full.contains("id=\"fully-booked\"") && full.contains("Fullbokat: du kan ställa dig i kö"), full);
        String english = page("/e/" + crowd.event().slug() + "/register?lang=en");
        assertTrue(english.contains("Fully booked: you can join the waiting list"), english);

        CreatedEvent roomy = given.event(anEvent().withSlug("plats-" + UUID.randomUUID().toString().substring(0, 8)));
        long workshop = given.workshop(roomy, "Workshop: Liten grupp", 10, 1);
        long other = given.workshop(roomy, "Workshop: Stor grupp", 13, 30);
        String before = page("/e/" + roomy.slug() + "/register");
        assertFalse(before.contains("Fullbokat"), "nothing full yet");
        given.registration(roomy, aRegistration().named("Anna", "Andersson").choosing(workshop));

        String form = page("/e/" + roomy.slug() + "/register");
        assertFalse(form.contains("id=\"fully-booked\""), "the event itself has seats");
        assertTrue(form.contains("Workshop: Liten grupp – Fullbokat: du kan ställa dig i kö"), form);
        assertFalse(form.contains("Workshop: Stor grupp – Fullbokat"), form);
        String programme = page("/e/" + roomy.slug());
        assertTrue(programme.contains("id=\"full-" + workshop + "\""), programme);
        assertFalse(programme.contains("id=\"full-" + other + "\""), programme);
        assertFalse(programme.contains("id=\"fully-booked\""), programme);
        assertTrue(page("/e/" + crowd.event().slug()).contains("id=\"fully-booked\""), "the full event's programme");
    }

    @Test
    void theOverviewCountsEachUpcomingEventsRegistrationsAndWhatNeedsAttention() {
        Kitchen kitchen = aKitchenEvent();
        HttpResponse<byte[]> home = organiser.download("/admin/");
        assertEquals(200, home.statusCode());
        String html = new String(home.body(), StandardCharsets.UTF_8);
        String event = section(html, "overview-" + kitchen.event().id());
        assertEquals("4", cell(event, "dd", "confirmed"), event);
        assertEquals("1", cell(event, "dd", "waiting"), event);
        assertEquals("0", cell(event, "dd", "pending"), event);
        assertEquals("1", cell(event, "dd", "cancelled"), event);
        assertEquals("0 av 4", cell(event, "dd", "seats-left"), event);
        String workshop = section(event, "workshop-" + kitchen.workshop());
        assertEquals("1 av 1", cell(workshop, "td", "seated"), workshop);
        assertEquals("0", cell(workshop, "td", "left"), workshop);
        assertEquals("1", cell(workshop, "td", "queue"), workshop);
        assertTrue(event.contains("Workshoppen Workshop: Mat för alla är full och en person står i kö."), event);
        assertTrue(event.contains("/admin/participants/index.xhtml?event=" + kitchen.event().id()), event);
        assertTrue(event.contains("/admin/events/edit.xhtml?id=" + kitchen.event().id()), event);
        assertTrue(event.contains("/api/events/" + kitchen.event().id() + "/dietary.pdf"), event);

        String crowded = section(html, "overview-" + crowd.event().id());
        assertEquals("18", cell(crowded, "dd", "confirmed"), crowded);
        assertEquals("2", cell(crowded, "dd", "waiting"), crowded);
        assertFalse(crowded.contains("attention-pending") || crowded.contains("attention-workshop"), crowded);

        assertEquals(200, given.staff().download("/admin/").statusCode());
        assertFalse(new String(given.staff().download("/admin/").body(), StandardCharsets.UTF_8)
                .contains("id=\"overview\""), "the overview is the organisers'");
    }


    /** The public page in Swedish, as anyone gets it. */
    private String page(String path) {
        HttpResponse<byte[]> reply = anonymous.download(path);
        assertEquals(200, reply.statusCode(), path);
        return new String(reply.body(), StandardCharsets.UTF_8);
    }

    /** The element with this id, up to the end of the element of its kind that closes it (no nesting of the same). */
    private static String section(String html, String id) {
        java.util.regex.Matcher start = java.util.regex.Pattern.compile("<(\\w+)[^>]* id=\"" + id + "\"").matcher(html);
        assertTrue(start.find(), "no element " + id);
        int end = html.indexOf("</" + start.group(1) + ">", start.end());
        return html.substring(start.start(), end);
    }

    /** The text of the first {@code <tag class="...">}, tags inside taken out and spaces made one. */
    private static String cell(String html, String tag, String styleClass) {
        java.util.regex.Matcher cell = java.util.regex.Pattern.compile("(?s)<" + tag + " class=\"" + styleClass
                + "\"[^>]*>(.*?)</" + tag + ">").matcher(html);
        assertTrue(cell.find(), "no " + tag + "." + styleClass);
        return cell.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
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
