package se.samverka.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.testdata.EventBuilder.anEvent;
import static se.samverka.testdata.ProgrammeBuilder.aBreak;
import static se.samverka.testdata.ProgrammeBuilder.aTalk;
import static se.samverka.testdata.RegistrationBuilder.aRegistration;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverka.documents.PdfInspection;
import se.samverka.testing.Api;
import se.samverka.testing.Deployments;
import se.samverka.testing.Given;
import se.samverka.testing.Given.CreatedEvent;
import se.samverka.testing.Given.Registered;
import se.samverka.testing.SharedServer;

/** Certificates from what people attended: issued on demand and in bulk, read back, verified, revoked. */
@ExtendWith(SharedServer.class)
class CertificateApiIT {

    @SharedServer.Url
    URL deploymentUrl;

    private URI base;
    private Given given;
    private Api anyone;

    @BeforeEach
    void setUp() {
        base = Deployments.base(deploymentUrl);
        given = Given.at(base);
        anyone = Api.anonymous(base);
    }

    /** An event held yesterday: a talk, lunch and a dialogue; Åsa and Bo were admitted, Carl was not. */
    private CreatedEvent heldYesterday() {
        CreatedEvent event = given.event(anEvent().heldYesterday().withCapacity(20).titled("Samverkansdag Å"
                + System.nanoTime() % 100_000));
        given.session(event, aTalk("Risk- och skyddsfaktorer").from("09:00").to("10:30"));
        given.session(event, aBreak("Lunch").from("12:00").to("13:00"));
        given.session(event, aTalk("Förebyggandets ekonomi").from("13:00").to("15:00"));
        return event;
    }

    @Test
    void aParticipantWhoCameDownloadsACertificateThatSaysWhatTheyAttended() throws IOException {
        CreatedEvent event = heldYesterday();
        Registered asa = given.registration(event, aRegistration().named("Åsa", "Öberg"));
        admit(event, asa);

        var download = anyone.download("/api/registrations/" + asa.manageToken() + "/certificate.pdf");
        assertEquals(200, download.statusCode());
        String code;
        try (PDDocument pdf = Loader.loadPDF(download.body())) {
            String text = PdfInspection.text(pdf);
            assertTrue(text.contains("Åsa Öberg") && text.contains("Risk- och skyddsfaktorer")
                    && text.contains("Förebyggandets ekonomi") && !text.contains("Lunch"), text);
            assertTrue(text.contains("Sammanlagt 3,5 timmar"), text);
            Set<String> qr = PdfInspection.qrCodes(pdf, 1, 200);
            assertEquals(1, qr.size());
            String url = qr.iterator().next();
            assertTrue(url.startsWith("http://localhost:8080/verify/"), url);
            code = url.substring(url.lastIndexOf('/') + 1);
            assertTrue(code.matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"), code);
            assertTrue(text.contains(code));
        }
        assertEquals(code, anyone.get("/api/registrations/" + asa.manageToken()).json().getString("certificateCode"));
        try (PDDocument again = Loader.loadPDF(anyone.download("/api/registrations/" + asa.manageToken()
                + "/certificate.pdf").body())) {
            assertTrue(PdfInspection.qrCodes(again, 1, 200).iterator().next().endsWith(code), "one code per person");
        }

        JsonObject verified = anyone.get("/api/certificates/" + code.toLowerCase().replace("-", "")).json();
        assertTrue(verified.getBoolean("valid"));
        assertEquals("Åsa Öberg", verified.getString("name"));
        assertEquals(event.title(), verified.getString("event"));
        assertEquals(event.firstDay() + "/" + event.firstDay(), verified.getString("dates"));
        assertEquals(3.5, verified.getJsonNumber("hours").doubleValue());
        assertNotNull(verified.getString("issuedAt"));
        assertFalse(verified.toString().contains("@"), "nothing else about the person: " + verified);
        assertTrue(anyone.get("/verify/" + code).body().contains("Giltigt intyg"));
    }

    @Test
    void whoDoesNotQualifyIsToldWhyAndNothingIsIssuedBeforeTheLastDay() {
        CreatedEvent event = heldYesterday();
        Registered carl = given.registration(event, aRegistration().named("Carl", "Kom-inte"));
        Api.Reply notThere = anyone.get("/api/registrations/" + carl.manageToken() + "/certificate.pdf");
        assertEquals(409, notThere.status(), notThere.toString());
        assertTrue(notThere.isProblem());
        assertEquals("Inte incheckad en dag: " + event.firstDay() + ".", notThere.json().getString("detail"));

        CreatedEvent ahead = given.event(anEvent().withCapacity(5));
        Registered early = given.registration(ahead, aRegistration());
        Api.Reply tooEarly = anyone.get("/api/registrations/" + early.manageToken() + "/certificate.pdf");
        assertEquals(409, tooEarly.status());
        assertTrue(tooEarly.json().getString("detail").startsWith("Intyg kan utfärdas från evenemangets sista dag"));
        assertEquals(409, given.organiser().download("/api/events/" + ahead.id() + "/certificates.zip").statusCode());
        assertEquals(404, anyone.get("/api/certificates/AAAA-BBBB-CCCC").status());
        assertEquals(404, anyone.get("/verify/AAAA-BBBB-CCCC").status());
    }

    @Test
    void organisersIssueInBulkOnceAndRevokeWithAReason() throws IOException {
        CreatedEvent event = heldYesterday();
        Registered asa = given.registration(event, aRegistration().named("Åsa", "Öberg"));
        Registered bo = given.registration(event, aRegistration().named("Bo", "Ek"));
        given.registration(event, aRegistration().named("Carl", "Kom-inte"));
        admit(event, asa);
        admit(event, bo);

        List<String> first = zipEntries(given.organiser().download("/api/events/" + event.id() + "/certificates.zip").body());
        assertEquals(2, first.size(), first.toString());
        assertTrue(first.stream().anyMatch(name -> name.startsWith("intyg-asa-oberg-")), first.toString());
        assertEquals(first, zipEntries(given.organiser().download("/api/events/" + event.id() + "/certificates.zip").body()),
                "a second run issues nothing new");
        assertEquals(403, given.staff().download("/api/events/" + event.id() + "/certificates.zip").statusCode());

        String boCode = first.stream().filter(name -> name.startsWith("intyg-bo-ek-")).findFirst().orElseThrow()
                .replace("intyg-bo-ek-", "").replace(".pdf", "");
        assertEquals(400, given.organiser().send("DELETE", "/api/certificates/" + boCode, "application/json",
                "{\"reason\":\"  \"}".getBytes()).status(), "a reason is required");
        assertEquals(403, given.staff().send("DELETE", "/api/certificates/" + boCode, "application/json",
                "{\"reason\":\"Fel person\"}".getBytes()).status());
        Api.Reply revoked = given.organiser().send("DELETE", "/api/certificates/" + boCode, "application/json",
                "{\"reason\":\"Utfärdat av misstag\"}".getBytes());
        assertEquals(200, revoked.status(), revoked.toString());

        JsonObject verified = anyone.get("/api/certificates/" + boCode).json();
        assertFalse(verified.getBoolean("valid"));
        assertTrue(verified.getBoolean("revoked"));
        assertNotNull(verified.getString("revokedAt"));
        assertTrue(anyone.get("/verify/" + boCode).body().contains("Intyget är återkallat"));
        assertEquals(409, anyone.get("/api/registrations/" + bo.manageToken() + "/certificate.pdf").status());
        assertEquals(1, zipEntries(given.organiser().download("/api/events/" + event.id() + "/certificates.zip").body())
                .size(), "the revoked one is left out");

        var preview = given.organiser().download("/api/events/" + event.id() + "/certificates/preview.pdf?registration="
                + asa.id());
        try (PDDocument pdf = Loader.loadPDF(preview.body())) {
            assertTrue(PdfInspection.text(pdf).contains("FÖRHANDSVISNING"));
        }
    }

    private void admit(CreatedEvent event, Registered person) {
        Api.Reply admitted = given.staff().post("/api/events/" + event.id() + "/checkins",
                "{\"code\":\"%s\",\"day\":\"%s\"}".formatted(person.checkInCode(), event.firstDay()));
        assertEquals(201, admitted.status(), admitted.toString());
    }

    private static List<String> zipEntries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                try (PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
                    assertEquals(1, pdf.getNumberOfPages());
                }
            }
        }
        return names;
    }
}
