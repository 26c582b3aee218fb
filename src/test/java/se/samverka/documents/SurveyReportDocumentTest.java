package se.samverka.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class SurveyReportDocumentTest {

    private static final String EVENT = "Samverkansdagarna Degerfors 2031";
    private static final List<String> RATINGS = List.of("1", "2", "3", "4", "5");

    private static final SurveyReportQuestion DAY = new SurveyReportQuestion("Hur var dagen som helhet?", null, false,
            true, RATINGS, List.of(
                    new SurveyReportColumn("alla", 12, new BigDecimal("4.3"), List.of(0, 1, 1, 3, 7)),
                    new SurveyReportColumn("Skola", 7, new BigDecimal("4.6"), List.of(0, 0, 0, 3, 4)),
                    new SurveyReportColumn("övriga", 5, new BigDecimal("3.8"), List.of(0, 1, 1, 0, 3))),
            List.of());
    private static final SurveyReportQuestion WORKSHOP = new SurveyReportQuestion("Vad gav workshoppen dig?",
            "Barnet i bilden", true, true, RATINGS, List.of(), List.of());
    private static final SurveyReportQuestion WORDS = new SurveyReportQuestion("Något mer?", null, false, false,
            List.of(), List.of(new SurveyReportColumn("alla", 3, null, List.of())),
            List.of("Bra dialog", "Mer tid till grupperna", "Örebro nästa gång"));

    private static PDDocument pdf(List<SurveyReportQuestion> questions, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SurveyReportDocument(EVENT, locale).write(12, 3, questions, out);
        return Loader.loadPDF(out.toByteArray());
    }

    private static String text(PDDocument pdf) throws IOException {
        return PdfInspection.text(pdf).replace('\u00A0', ' ').replaceAll(" +", " ");
    }

    @Test
    void eachQuestionHasItsFiguresForEveryoneAndEachGroup() throws IOException {
        try (PDDocument pdf = pdf(List.of(DAY, WORKSHOP, WORDS), Locale.forLanguageTag("sv"))) {
            String text = text(pdf);
            assertTrue(text.contains("UTVÄRDERING"), text);
            assertTrue(text.contains("12 personer har svarat"), text);
            assertTrue(text.contains("färre än 3 svarande"), "the note on suppression:\n" + text);
            assertTrue(text.contains("1. Hur var dagen som helhet?"), text);
            assertTrue(text.contains("Svar alla Skola övriga"), "a column per group:\n" + text);
            assertTrue(text.contains("Antal svar 12 7 5"), text);
            assertTrue(text.contains("Medelvärde (1–5) 4,3 4,6 3,8"), "Swedish decimals:\n" + text);
            assertTrue(text.contains("5 7 4 3"), "the count of fives per group:\n" + text);
            assertTrue(text.contains("5 7 (58 %)"), "a bar's number and share:\n" + text);
            assertEquals("Utvärdering: " + EVENT, pdf.getDocumentInformation().getTitle());
        }
    }

    @Test
    void aQuestionWithTooFewAnswersSaysSoAndShowsNoFigures() throws IOException {
        try (PDDocument pdf = pdf(List.of(WORKSHOP), Locale.forLanguageTag("sv"))) {
            String text = text(pdf);
            assertTrue(text.contains("1. Vad gav workshoppen dig?"), text);
            assertTrue(text.contains("Om passet Barnet i bilden"), text);
            assertTrue(text.contains("För få svar för att visa några siffror."), text);
            assertFalse(text.contains("Antal svar"), text);
        }
    }

    @Test
    void freeTextsArePrintedInTheOrderGivenInEnglishToo() throws IOException {
        try (PDDocument pdf = pdf(List.of(WORDS), Locale.ENGLISH)) {
            String text = text(pdf);
            assertTrue(text.contains("12 people have answered"), text);
            assertTrue(text.contains("Free answers"), text);
            assertTrue(text.indexOf("Bra dialog") < text.indexOf("Mer tid") && text.indexOf("Mer tid") < text.indexOf("Örebro"),
                    text);
            assertTrue(text.contains("Page 1 of 1"), text);
        }
    }

    @Test
    void manyQuestionsRunOverPages() throws IOException {
        List<SurveyReportQuestion> questions = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            questions.add(DAY);
        }
        try (PDDocument pdf = pdf(questions, Locale.forLanguageTag("sv"))) {
            assertTrue(pdf.getNumberOfPages() >= 3, "pages: " + pdf.getNumberOfPages());
            assertTrue(text(pdf).contains("14. Hur var dagen som helhet?"));
        }
    }

    /** Title, author, subject and language; each question read before its figures and free answers. */
    @Test
    void carriesItsMetadataAndReadsEachQuestionBeforeItsAnswers() throws IOException {
        try (PDDocument pdf = pdf(List.of(DAY, WORDS), Locale.ENGLISH)) {
            PdfInspection.assertMetadata(pdf, "Evaluation: " + EVENT, "Samverka", "en");
            PdfInspection.assertReadInOrder(PdfInspection.textInReadingOrder(pdf), "EVALUATION", EVENT,
                    "12 people have answered", "Hur var dagen som helhet?", "Answer", "Skola", "övriga", "Något mer?",
                    "Bra dialog", "Örebro nästa gång");
        }
    }
}
