package se.samverka.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class NeedsListDocumentTest {

    private static final String EVENT = "Samverkansdagarna Degerfors 2031";
    private static final LocalDate WEDNESDAY = LocalDate.of(2031, 3, 12);
    private static final LocalDate THURSDAY = WEDNESDAY.plusDays(1);

    private static final NeedsRow ASA = new NeedsRow("Öberg", "Åsa", "Förskolan Solrosen", "Vegetarisk", "");
    private static final NeedsRow OLLE = new NeedsRow("Ärlig", "Olle", "Polisen Region Bergslagen", "Glutenfri",
            "Rullstol");
    private static final NeedsRow ZARA = new NeedsRow("Andersson", "Zara", "Strömtorpsskolan", "Vegetarisk", "");

    private static PDDocument pdf(List<NeedsDay> days, Locale locale, int listed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(listed, new NeedsListDocument(EVENT, locale).write(days, out));
        return Loader.loadPDF(out.toByteArray());
    }

    private static String text(PDDocument pdf) throws IOException {
        return PdfInspection.text(pdf).replaceAll(" +", " ");
    }

    private static List<NeedsDay> twoDays() {
        return List.of(
                new NeedsDay(WEDNESDAY, List.of(ZARA, OLLE, ASA),
                        List.of(new NeedCount("Vegetarisk", 2), new NeedCount("Glutenfri", 1)),
                        List.of(new NeedCount("Rullstol", 1))),
                new NeedsDay(THURSDAY, List.of(ASA), List.of(new NeedCount("Vegetarisk", 1)), List.of()));
    }

    @Test
    void eachDayHasItsCountsAndThenItsPeople() throws IOException {
        try (PDDocument pdf = pdf(twoDays(), Locale.forLanguageTag("sv"), 4)) {
            String text = text(pdf);
            int wednesday = text.indexOf("Onsdag 12 mars 2031");
            int thursday = text.indexOf("Torsdag 13 mars 2031");
            assertTrue(wednesday >= 0 && thursday > wednesday, text);
            String first = text.substring(wednesday, thursday);
            String second = text.substring(thursday);

            assertTrue(first.contains("3 deltagare med behov"), first);
            assertTrue(first.contains("Kost: Vegetarisk × 2, Glutenfri × 1"), first);
            assertTrue(first.contains("Tillgänglighet: Rullstol × 1"), first);
            assertTrue(first.indexOf("Andersson, Zara") < first.indexOf("Ärlig, Olle")
                    && first.indexOf("Ärlig, Olle") < first.indexOf("Öberg, Åsa"), "in the order given:\n" + first);
            assertTrue(first.contains("Polisen Region") && first.contains("Rullstol"), first);

            assertTrue(second.contains("en deltagare med behov"), second);
            assertTrue(second.contains("Kost: Vegetarisk × 1"), second);
            assertTrue(second.contains("Tillgänglighet: inga"), second);
            assertTrue(second.contains("Öberg, Åsa"), second);
            assertFalse(second.contains("Ärlig"), "Olle does not come on Thursday:\n" + second);
        }
    }

    @Test
    void warnsThatTheListMayHoldHealthDataAndNumbersItsPages() throws IOException {
        try (PDDocument pdf = pdf(twoDays(), Locale.forLanguageTag("sv"), 4)) {
            String text = text(pdf);
            assertTrue(text.contains("KOST OCH TILLGÄNGLIGHET"), text);
            assertTrue(text.contains("Känsliga uppgifter som kan röra hälsa"), text);
            assertTrue(text.contains("Sida 1 av " + pdf.getNumberOfPages()), text);
            assertEquals("Kost- och tillgänglighetslista: " + EVENT, pdf.getDocumentInformation().getTitle());
        }
    }

    @Test
    void aDayWithoutNeedsSaysSoInTheReadersLanguage() throws IOException {
        List<NeedsDay> days = List.of(new NeedsDay(WEDNESDAY, List.of(), List.of(), List.of()));
        try (PDDocument pdf = pdf(days, Locale.ENGLISH, 0)) {
            String text = text(pdf);
            assertTrue(text.contains("Wednesday, March 12, 2031") || text.contains("Wednesday 12 March 2031"), text);
            assertTrue(text.contains("no participants with needs"), text);
            assertTrue(text.contains("Dietary: none"), text);
            assertTrue(text.contains("Nobody attending this day has stated dietary or accessibility needs."), text);
        }
    }

    @Test
    void aLongListRunsOverPagesWithTheColumnHeadsOnEach() throws IOException {
        List<NeedsRow> many = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            many.add(new NeedsRow("Person" + (100 + i), "Anna", "Degerfors kommun", "Laktosfri", ""));
        }
        List<NeedsDay> days = List.of(new NeedsDay(WEDNESDAY, many, List.of(new NeedCount("Laktosfri", 80)), List.of()));
        try (PDDocument pdf = pdf(days, Locale.forLanguageTag("sv"), 80)) {
            assertTrue(pdf.getNumberOfPages() >= 2, "pages: " + pdf.getNumberOfPages());
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                String text = PdfInspection.text(pdf, page);
                assertTrue(text.contains("Efternamn, förnamn"), "column heads on page " + page + ":\n" + text);
            }
            String all = text(pdf);
            assertTrue(all.contains("Person100") && all.contains("Person179"), "nobody lost");
            assertTrue(all.contains("Laktosfri × 80"), all);
        }
    }

    /** Title, author, subject and language; each day's heading before its table, each name before its needs. */
    @Test
    void carriesItsMetadataAndReadsEachNameBeforeItsNeeds() throws IOException {
        try (PDDocument pdf = pdf(twoDays(), Locale.forLanguageTag("sv"), 4)) {
            PdfInspection.assertMetadata(pdf, "Kost- och tillgänglighetslista: " + EVENT, "Samverka", "sv");
            PdfInspection.assertReadInOrder(PdfInspection.textInReadingOrder(pdf), "KOST OCH TILLGÄNGLIGHET", EVENT,
                    "Onsdag 12 mars 2031", "Efternamn, förnamn", "Andersson, Zara", "Strömtorpsskolan", "Vegetarisk",
                    "Ärlig, Olle", "Polisen Region", "Glutenfri", "Rullstol", "Öberg, Åsa", "Förskolan Solrosen",
                    "Torsdag 13 mars 2031", "Efternamn, förnamn", "Öberg, Åsa");
        }
    }
}
