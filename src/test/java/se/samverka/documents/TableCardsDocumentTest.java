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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import se.samverka.documents.TableCardsDocument.Card;
import se.samverka.documents.TableCardsDocument.Member;
import se.samverka.platform.Messages;

class TableCardsDocumentTest {

    static final LocalDate DAY_TWO = LocalDate.of(2027, 5, 12);
    static final List<String> QUESTIONS = List.of("Vad innebär TSI och förebyggande arbete för dig?",
            "Vad är Degerforsmodellen idag?");
    static final Card TABLE_3 = new Card(3, List.of(
            new Member("Åsa Berg", "Förskolan Solrosen", "Förskola"),
            new Member("Erik Lind", "Polisen Karlskoga", "Polis"),
            new Member("Maria Nilsson", "Socialtjänsten Degerfors", "Socialtjänst"),
            new Member("Lars Öst", "Bruksskolan", "Skola")),
            "https://samverka.degerfors.se/t/abcdefghijklmnopqrstuv");
    static final Card TABLE_4 = new Card(4, List.of(new Member("Karin Ek", "Vårdcentralen", "Hälso- och sjukvård")),
            "https://samverka.degerfors.se/t/ZYXWVUTSRQPONMLKJIHGFE");

    @Test
    void oneCardATableWithItsNumberPeopleQuestionsAndTheScribesLinkInAQrCode() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(List.of(TABLE_3, TABLE_4), Messages.SWEDISH))) {
            assertEquals(2, pdf.getNumberOfPages(), "one page a table");
            String first = PdfInspection.text(pdf, 1);
            inOrder(first, "Samverkanskonferens Degerforsmodellen", "Onsdag 12 maj 2027", "BORD", "3", "Vid bordet",
                    "Åsa Berg", "Förskolan Solrosen · Förskola", "Erik Lind", "Polisen Karlskoga · Polis",
                    "Maria Nilsson", "Lars Öst", "Bruksskolan · Skola", "Att samtala om",
                    "1. Vad innebär TSI och förebyggande arbete för dig?", "2. Vad är Degerforsmodellen idag?",
                    "Till bordets sekreterare");
            assertTrue(PdfInspection.withoutSpace(first).contains("https://samverka.degerfors.se/t/abcdefghijklmnopqrstuv"),
                    "the link is written out beside the code:\n" + first);
            assertFalse(first.contains("Karin Ek"), "each table only on its own card");
            assertEquals(Set.of(TABLE_3.scribeUrl()), PdfInspection.qrCodes(pdf, 1, 150));
            assertEquals(Set.of(TABLE_4.scribeUrl()), PdfInspection.qrCodes(pdf, 2, 150));
            String second = PdfInspection.text(pdf, 2);
            assertTrue(second.contains("Karin Ek") && second.contains("Vårdcentralen · Hälso- och sjukvård"), second);
            assertTrue(second.lines().map(String::strip).anyMatch("4"::equals), "the table number alone:\n" + second);
            PdfInspection.assertMetadata(pdf, "Bordskort – Samverkanskonferens Degerforsmodellen – onsdag 12 maj 2027",
                    "Samverka", "sv");
            keepPicture(pdf, "table-card-sv");
        }
    }

    @Test
    void aCrowdedTableStillFitsOnePageAndEnglishLabelsFollowTheLocale() throws IOException {
        List<Member> twelve = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            twelve.add(new Member("Person Nummer" + i, "Organisation med ett ganska långt namn " + i, "Socialtjänst"));
        }
        List<String> questions = List.of(QUESTIONS.get(0), QUESTIONS.get(1),
                "Påverkar det vi gör barnets vardag, och hur vet vi det? Vad kan vi göra som inte riktigt ingår i "
                        + "uppdraget men gynnar det?");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TableCardsDocument(Locale.ENGLISH).write("Conference", DAY_TWO, questions,
                List.of(new Card(12, twelve, TABLE_3.scribeUrl())), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = PdfInspection.text(pdf);
            inOrder(text, "TABLE", "12", "At this table", "Person Nummer1", "Person Nummer12", "To discuss",
                    "3. Påverkar det vi gör barnets vardag", "For the table's scribe");
            assertEquals(Set.of(TABLE_3.scribeUrl()), PdfInspection.qrCodes(pdf, 1, 150));
            assertEquals("en", pdf.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void noTablesGiveOnePageSayingSo() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(List.of(), Messages.SWEDISH))) {
            assertEquals(1, pdf.getNumberOfPages());
            assertTrue(PdfInspection.text(pdf).contains("Det finns inga bordsgrupper för dagen."));
            assertEquals(Set.of(), PdfInspection.qrCodes(pdf, 1, 100));
        }
    }

    private static byte[] write(List<Card> cards, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TableCardsDocument(locale).write("Samverkanskonferens Degerforsmodellen", DAY_TWO, QUESTIONS, cards, out);
        return out.toByteArray();
    }

    /**
     * Each expected text appears, after the one before it, spaces aside: PDFBox reads a kerned pair at a large size
     * ("Vid", "Att") as two words.
     */
    static void inOrder(String text, String... expected) {
        String compact = PdfInspection.withoutSpace(text);
        int from = 0;
        for (String part : expected) {
            int at = compact.indexOf(PdfInspection.withoutSpace(part), from);
            assertTrue(at >= 0, "'" + part + "' after position " + from + " in:\n" + text);
            from = at + PdfInspection.withoutSpace(part).length();
        }
    }

    private static void keepPicture(PDDocument pdf, String name) throws IOException {
        BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 80);
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        ImageIO.write(page, "png", folder.resolve(name + ".png").toFile());
    }
}
