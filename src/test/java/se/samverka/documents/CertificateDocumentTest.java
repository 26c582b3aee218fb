package se.samverka.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import se.samverka.platform.Messages;

class CertificateDocumentTest {

    static final CertificateDocument.Content ASA = new CertificateDocument.Content(false, "Åsa-Märta Öberg",
            "Förskolan Solrosen", "Samverkanskonferens Degerforsmodellen 2027", LocalDate.of(2027, 4, 13),
            LocalDate.of(2027, 4, 14), "Folkets hus, Degerfors",
            List.of("2027-04-13 09:00–10:00 Risk- och skyddsfaktorer för barn och unga",
                    "2027-04-13 13:00–14:30 Workshop: Rörelseförståelse – motivation i stället för planer",
                    "2027-04-14 09:00–12:00 Dialog: tidiga och samordnade insatser"),
            5.5, "Anna Åkesson", "Folkhälsostrateg, Degerfors kommun", null, null, "7KQM-2XH9-TR4B",
            "https://samverka.degerfors.se/verify/7KQM-2XH9-TR4B", LocalDate.of(2027, 4, 14), false);

    @Test
    void aCertificateSaysWhoAttendedWhatForHowLongSignedAndVerifiable() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(ASA, Messages.SWEDISH))) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = PdfInspection.text(pdf);
            for (String expected : List.of("INTYG", "om deltagande", "Härmed intygas att", "Åsa-Märta Öberg",
                    "har deltagit i", "Samverkanskonferens Degerforsmodellen 2027", "Folkets hus, Degerfors",
                    "Risk- och skyddsfaktorer för barn och unga", "Rörelseförståelse – motivation i stället för planer",
                    "Sammanlagt 5,5 timmar", "Anna Åkesson", "Folkhälsostrateg, Degerfors kommun", "7KQM-2XH9-TR4B",
                    "https://samverka.degerfors.se/verify/7KQM-2XH9-TR4B")) {
                assertTrue(text.contains(expected), expected + " in:\n" + text);
            }
            assertTrue(text.contains("tis 13 apr. 09:00–10:00") || text.contains("tis 13 apr 09:00–10:00"), text);
            assertEquals(Set.of("https://samverka.degerfors.se/verify/7KQM-2XH9-TR4B"), PdfInspection.qrCodes(pdf, 1, 200));
            PdfInspection.assertMetadata(pdf, "Intyg – Åsa-Märta Öberg – Samverkanskonferens Degerforsmodellen 2027",
                    "Anna Åkesson", "sv");
            assertEquals("Intyg om deltagande i ett evenemang", PdfInspection.subject(pdf));
            PdfInspection.assertReadInOrder(PdfInspection.textInReadingOrder(pdf), "INTYG", "Härmed intygas att",
                    "Åsa-Märta Öberg", "har deltagit i", "Samverkanskonferens Degerforsmodellen 2027",
                    "Sammanlagt 5,5 timmar", "Anna Åkesson", "Folkhälsostrateg, Degerfors kommun");
            keepPicture(pdf, "certificate-sv");
        }
    }

    @Test
    void inEnglishAndAsAContributionWithoutHours() throws IOException {
        CertificateDocument.Content speaker = new CertificateDocument.Content(true, "Märtha Lundkvist", "Polisen",
                ASA.eventTitle(), ASA.firstDay(), ASA.lastDay(), ASA.venue(), ASA.sessions().subList(0, 1), 0, null, null,
                null, null, "AAAA-BBBB-CCCC", "https://samverka.degerfors.se/verify/AAAA-BBBB-CCCC", ASA.issuedOn(), false);
        try (PDDocument pdf = Loader.loadPDF(write(speaker, Locale.ENGLISH))) {
            String text = PdfInspection.text(pdf);
            assertTrue(text.contains("CERTIFICATE") && text.contains("of contribution") && text.contains("contributed to"), text);
            assertFalse(text.contains("hours"), "no hours for a speaker");
            assertEquals("en", pdf.getDocumentCatalog().getLanguage());
            assertEquals("Samverka", pdf.getDocumentInformation().getAuthor(), "unsigned");
        }
    }

    @Test
    void aPreviewSaysSo() throws IOException {
        CertificateDocument.Content preview = new CertificateDocument.Content(false, ASA.holder(), null, ASA.eventTitle(),
                ASA.firstDay(), ASA.lastDay(), null, List.of(), 0, null, null, null, null, "XXXX-XXXX-XXXX",
                "https://x.example/verify/XXXX-XXXX-XXXX", ASA.issuedOn(), true);
        try (PDDocument pdf = Loader.loadPDF(write(preview, Messages.SWEDISH))) {
            assertTrue(PdfInspection.text(pdf).contains("FÖRHANDSVISNING – inte utfärdat"));
        }
    }

    static byte[] write(CertificateDocument.Content content, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CertificateDocument(locale).write(content, out);
        return out.toByteArray();
    }

    /** target/certificate-sv.png: the page as an image, to look at. */
    private static void keepPicture(PDDocument pdf, String name) throws IOException {
        BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 110);
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        ImageIO.write(page, "png", folder.resolve(name + ".png").toFile());
    }
}
