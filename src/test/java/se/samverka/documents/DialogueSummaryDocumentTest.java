package se.samverka.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.documents.TableCardsDocumentTest.inOrder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import se.samverka.documents.DialogueSummaryDocument.Answer;
import se.samverka.documents.DialogueSummaryDocument.Question;
import se.samverka.platform.Messages;

class DialogueSummaryDocumentTest {

    static final LocalDate DAY_TWO = LocalDate.of(2027, 5, 12);

    @Test
    void perQuestionEachTablesAnswerWithItsSectorMix() throws IOException {
        List<Question> questions = List.of(
                new Question(1, "Vad innebär TSI och förebyggande arbete för dig?", List.of(
                        new Answer(1, "Skola 2, Polis 1, Socialtjänst 1", "Att vi ses tidigt.\nAtt vi vet vem vi ringer."),
                        new Answer(2, "Förskola 2, Vårdcentral 1", ""))),
                new Question(2, "Vad är Degerforsmodellen idag?", List.of(
                        new Answer(1, "Skola 2, Polis 1, Socialtjänst 1", "Korta beslutsvägar."),
                        new Answer(2, "Förskola 2, Vårdcentral 1", "Ett kontaktnät."))));
        try (PDDocument pdf = Loader.loadPDF(write(questions, Messages.SWEDISH))) {
            String text = PdfInspection.text(pdf);
            inOrder(text, "DIALOGSAMMANSTÄLLNING", "Samverkanskonferens", "Onsdag 12 maj 2027",
                    "1. Vad innebär TSI och förebyggande arbete för dig?",
                    "Bord 1 · Skola 2, Polis 1, Socialtjänst 1", "Att vi ses tidigt.", "Att vi vet vem vi ringer.",
                    "Bord 2 · Förskola 2, Vårdcentral 1", "Inget svar skrivet.",
                    "2. Vad är Degerforsmodellen idag?", "Bord 1 · Skola 2, Polis 1, Socialtjänst 1",
                    "Korta beslutsvägar.", "Bord 2", "Ett kontaktnät.", "Sida 1 av 1");
            PdfInspection.assertMetadata(pdf, "Dialogsammanställning – Samverkanskonferens – 12 maj 2027",
                    "Samverka", "sv");
            PdfInspection.assertReadInOrder(PdfInspection.textInReadingOrder(pdf), "Samverkanskonferens",
                    "1. Vad innebär TSI och förebyggande arbete för dig?", "Bord 1", "Att vi ses tidigt.",
                    "2. Vad är Degerforsmodellen idag?");
        }
    }

    @Test
    void longAnswersRunOnOverPagesNumberedOfTheTotal() throws IOException {
        List<Answer> answers = new ArrayList<>();
        for (int table = 1; table <= 14; table++) {
            answers.add(new Answer(table, "Skola 2, Polis 1", ("Rad om samverkan vid bord " + table + ".\n").repeat(8)));
        }
        try (PDDocument pdf = Loader.loadPDF(write(List.of(new Question(1, "Fråga", answers)), Locale.ENGLISH))) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages > 1, "pages: " + pages);
            for (int page = 1; page <= pages; page++) {
                assertTrue(PdfInspection.text(pdf, page).contains("Page " + page + " of " + pages));
            }
            String text = PdfInspection.text(pdf);
            inOrder(text, "DIALOGUE SUMMARY", "1. Fråga", "Table 1 · Skola 2, Polis 1", "Table 14");
            assertFalse(text.contains("Bord"), "English labels throughout");
        }
    }

    @Test
    void aDayWithoutQuestionsSaysSo() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(List.of(), Messages.SWEDISH))) {
            assertEquals(1, pdf.getNumberOfPages());
            assertTrue(PdfInspection.text(pdf).contains("Det fanns inga frågor till borden den här dagen."));
        }
    }

    private static byte[] write(List<Question> questions, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DialogueSummaryDocument(locale).write("Samverkanskonferens", DAY_TWO, questions, out);
        return out.toByteArray();
    }
}
