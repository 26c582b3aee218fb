package se.samverka.participants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverka.documents.PdfInspection;
import se.samverka.testdata.EventBuilder;
import se.samverka.testing.Api;
import se.samverka.testing.Deployments;
import se.samverka.testing.PostgresDatabase;
import se.samverka.testing.SharedServer;

/**
 * The participant exports and attendance sheets over the API, read back, on H2 and on PostgreSQL:
 * the database must sort Å, Ä, Ö after Z whatever its own collation.
 */
@ExtendWith({PostgresDatabase.class, SharedServer.class})
class ParticipantListPersistenceIT {

    /** Registered in this order; the first five get the five seats. */
    private static final String[][] PEOPLE = {
        {"Åsa", "Öberg", "Förskolan Solrosen", "PRESCHOOL"},
        {"Håkan", "Åkesson", "Gryningen", "GRYNINGEN"},
        {"Zara", "Andersson", "Polisen Region Bergslagen", "POLICE"},
        {"Olle", "Ärlig", "Polisen Region Bergslagen", "POLICE"},
        {"Ulla", "Zetterlund", "Strömtorpsskolan", "SCHOOL"},
        {"Märta", "Berg", "Socialtjänsten Degerfors", "SOCIAL_SERVICES"},
        {"Anna", "Bergström", "Polisen Region Bergslagen", "POLICE"},
        {"Örjan", "Ek", "Vårdcentralen Degerfors", "HEALTH_CENTRE"},
    };

    @SharedServer.Url
    URL deploymentUrl;

    /** The event's first day: eight weeks ahead, so that registration is open whenever the test runs. */
    private static final LocalDate DAY_1 = EventBuilder.anEvent().firstDay();
    private static final LocalDate DAY_2 = DAY_1.plusDays(1);

    private Api organiser;
    private String eventPath;
    private long workshopId;

    /** A fresh event of five seats: seven of the eight keep their registration, Örjan Ek cancels. */
    @BeforeEach
    void eventWithParticipants() {
        URI base = Deployments.base(deploymentUrl);
        organiser = Api.anonymous(base).asAdmin();
        JsonObject event = organiser.post("/api/events", """
                {"title":"Samverkansdag %s","type":"CONFERENCE","startDate":"%s","endDate":"%s",
                 "capacity":5,"venue":"Folkets Hus, Degerfors"}
                """.formatted(UUID.randomUUID().toString().substring(0, 6), DAY_1, DAY_2)).json();
        eventPath = "/api/events/" + event.getJsonNumber("id");
        workshopId = organiser.post(eventPath + "/sessions", """
                {"title":"Workshop: Barnet i bilden","kind":"WORKSHOP","start":"%sT13:00","end":"%sT15:00"}
                """.formatted(DAY_2, DAY_2)).json().getJsonNumber("id").longValue();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Api anyone = Api.anonymous(base);
        for (String[] person : PEOPLE) {
            boolean inWorkshop = person[1].startsWith("Ö") || person[1].equals("Andersson");
            var reply = anyone.post(eventPath + "/registrations", """
                    {"firstName":"%s","lastName":"%s","email":"%s.%s@degerfors.example","organisation":"%s",
                     "sector":"%s","sessionIds":[%s],"consentPrivacy":true,"consentListed":true}
                    """.formatted(person[0], person[1], ascii(person[0]), suffix, person[2], person[3],
                    inWorkshop ? workshopId : ""));
            assertEquals(201, reply.status(), reply.body());
            if (person[1].equals("Ek")) {
                assertEquals(200, anyone.delete(URI.create(reply.location()).getPath()).status());
            }
        }
    }

    @Test
    void exportsNeedALogin() {
        Api anonymous = Api.anonymous(Deployments.base(deploymentUrl));
        for (String document : List.of("/participants.csv", "/participants.xlsx", "/participants.pdf",
                "/attendance-sheet.pdf?day=" + DAY_1)) {
            assertEquals(401, anonymous.download(eventPath + document).statusCode(), document);
        }
    }

    @Test
    void csvOpensInSwedishExcelWithSurnamesInSwedishOrder() {
        HttpResponse<byte[]> reply = organiser.download(eventPath + "/participants.csv?lang=sv");
        assertEquals(200, reply.statusCode());
        assertTrue(reply.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        byte[] bytes = reply.body();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "BOM");
        List<String[]> rows = csv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));

        assertEquals(List.of("Efternamn", "Förnamn", "Organisation", "Titel", "Sektor", "Status", "E-post", "Telefon",
                "Dagar", "Workshoppar", "Incheckningskod"), Arrays.asList(rows.get(0)));
        List<String[]> people = rows.subList(1, rows.size());
        assertEquals(List.of("Andersson", "Berg", "Bergström", "Zetterlund", "Åkesson", "Ärlig", "Öberg"),
                people.stream().map(row -> row[0]).toList(), "Swedish order, the cancelled Ek left out");
        String[] zara = people.get(0);
        assertEquals(11, zara.length);
        assertEquals("Zara", zara[1]);
        assertEquals("Polis", zara[4]);
        assertEquals("Bekräftad", zara[5]);
        assertEquals(DAY_1 + ", " + DAY_2, zara[8]);
        assertEquals("Workshop: Barnet i bilden", zara[9]);
        assertTrue(zara[10].matches("[A-Z0-9]{6}"), zara[10]);
        assertEquals("På väntelista", people.get(1)[5], "Berg registered sixth: in line");
    }

    @Test
    void filtersNarrowTheExport() {
        assertEquals(List.of("Andersson", "Bergström", "Ärlig"), surnames("/participants.csv?sector=POLICE"));
        assertEquals(List.of("Andersson", "Zetterlund", "Åkesson", "Ärlig", "Öberg"),
                surnames("/participants.csv?status=CONFIRMED"));
        assertEquals(List.of("Ek"), surnames("/participants.csv?status=cancelled"));
        assertEquals(List.of("Andersson", "Öberg"), surnames("/participants.csv?workshop=" + workshopId));
        assertEquals(List.of("Ärlig"), surnames("/participants.csv?q=%C3%84RLIG"), "search ignores case, also of Ä");
        assertEquals(List.of("Andersson", "Bergström", "Ärlig"),
                surnames("/participants.csv?organisation=Polisen%20Region%20Bergslagen"));
        assertEquals(List.of(), surnames("/participants.csv?sector=POLICE&q=solrosen"));
    }

    @Test
    void badFiltersAreProblemsNamingTheParameter() {
        HttpResponse<byte[]> status = organiser.download(eventPath + "/participants.csv?status=ARRIVED");
        assertEquals(400, status.statusCode());
        assertTrue(status.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = Json.createReader(new ByteArrayInputStream(status.body())).readObject();
        assertEquals("status", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(problem.getString("detail").startsWith("Okänd status: ARRIVED"), problem.toString());
        assertEquals(400, organiser.download(eventPath + "/participants.csv?day=12/3").statusCode());
        assertEquals(404, organiser.download(eventPath + "/participants.docx").statusCode());
        assertEquals(404, organiser.download("/api/events/999999999/participants.csv").statusCode());
    }

    @Test
    void xlsxHasTheSameRowsAndColumns() throws IOException {
        HttpResponse<byte[]> reply = organiser.download(eventPath + "/participants.xlsx?lang=en");
        assertEquals(200, reply.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(reply.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Participants", sheet.getSheetName());
            assertEquals("Surname", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Check-in code", sheet.getRow(0).getCell(10).getStringCellValue());
            List<String> surnames = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                surnames.add(row.getCell(0).getStringCellValue());
            }
            assertEquals(List.of("Andersson", "Berg", "Bergström", "Zetterlund", "Åkesson", "Ärlig", "Öberg"), surnames);
            assertEquals("Police", sheet.getRow(1).getCell(4).getStringCellValue());
            assertEquals("Confirmed", sheet.getRow(1).getCell(5).getStringCellValue());
        }
    }

    @Test
    void pdfListIsGroupedBySectorWithCounts() throws IOException {
        try (PDDocument pdf = pdf(eventPath + "/participants.pdf?lang=sv")) {
            String text = PdfInspection.text(pdf);
            int preschool = text.indexOf("Förskola");
            int police = text.indexOf("Polis");
            assertTrue(preschool >= 0 && police > preschool, "sectors in the sector list's order:\n" + text);
            assertTrue(text.contains("3 deltagare"), "the police count:\n" + text);
            assertTrue(text.indexOf("Andersson") < text.indexOf("Bergström")
                    && text.indexOf("Bergström") < text.indexOf("Ärlig"), text);
            assertTrue(text.contains("Totalt 7 deltagare"), text);
            assertFalse(text.contains("Ek, Örjan"), text);
            assertTrue(text.contains("Bekräftad") && text.contains("På väntelista"), "statuses in Swedish:\n" + text);
        }
    }

    @Test
    void attendanceSheetForADayListsTheConfirmedInSwedishOrder() throws IOException {
        try (PDDocument pdf = pdf(eventPath + "/attendance-sheet.pdf?day=" + DAY_1 + "&lang=sv")) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = PdfInspection.text(pdf);
            assertTrue(text.contains("Namnteckning") && text.contains("Sida 1 av 1"), text);
            assertInOrder(text, "Andersson, Zara", "Zetterlund, Ulla", "Åkesson, Håkan", "Ärlig, Olle", "Öberg, Åsa");
            assertFalse(text.contains("Berg, Märta"), "in line, not on the sheet:\n" + text);
        }
    }

    @Test
    void attendanceSheetForAWorkshopListsThoseWithASeat() throws IOException {
        try (PDDocument pdf = pdf(eventPath + "/attendance-sheet.pdf?session=" + workshopId + "&lang=sv")) {
            String text = PdfInspection.text(pdf);
            assertTrue(text.contains("Workshop: Barnet i bilden"), text);
            assertInOrder(text, "Andersson, Zara", "Öberg, Åsa");
            assertFalse(text.contains("Ärlig"), text);
        }
        assertEquals(400, organiser.download(eventPath + "/attendance-sheet.pdf").statusCode());
        assertEquals(400, organiser.download(eventPath + "/attendance-sheet.pdf?day=" + DAY_1 + "&session=" + workshopId)
                .statusCode());
        assertEquals(400, organiser.download(eventPath + "/attendance-sheet.pdf?day=2031-04-01").statusCode());
        assertEquals(404, organiser.download(eventPath + "/attendance-sheet.pdf?session=999999999").statusCode());
    }

    private List<String> surnames(String document) {
        HttpResponse<byte[]> reply = organiser.download(eventPath + document);
        assertEquals(200, reply.statusCode(), document);
        List<String[]> rows = csv(new String(reply.body(), StandardCharsets.UTF_8).substring(1));
        return rows.subList(1, rows.size()).stream().map(row -> row[0]).toList();
    }

    private PDDocument pdf(String path) throws IOException {
        HttpResponse<byte[]> reply = organiser.download(path);
        assertEquals(200, reply.statusCode(), path);
        assertTrue(reply.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        return Loader.loadPDF(reply.body());
    }

    /** Our CSV has no quoted separators in these names, so lines and semicolons suffice. */
    private static List<String[]> csv(String text) {
        assertTrue(text.endsWith("\r\n"), "CRLF line ends");
        return Arrays.stream(text.split("\r\n")).map(line -> line.split(";", -1)).toList();
    }

    private static void assertInOrder(String text, String... parts) {
        int at = -1;
        for (String part : parts) {
            int next = text.indexOf(part);
            assertTrue(next > at, part + " after the one before it:\n" + text);
            at = next;
        }
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "")
                .toLowerCase(java.util.Locale.ROOT);
    }
}
