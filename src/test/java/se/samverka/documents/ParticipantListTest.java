package se.samverka.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import se.samverka.platform.Messages;

class ParticipantListTest {

    private static final String EVENT = "Samverkanskonferens Degerfors 2026";
    private static final List<String> SECTORS = List.of("Förskola", "Skola", "Socialtjänst", "Polis");
    private static final String[] FIRST = {"Anna", "Åsa", "Björn", "Märta", "Lars", "Karin", "Örjan", "Eva"};
    private static final String[] LAST = {"Andersson", "Öberg", "Åkesson", "Bäckström", "Sjöberg", "Nyström",
        "Lindqvist", "Ekström", "Hällström", "Zetterlund", "Ödman"};
    private static final String[] STATUSES = {"CONFIRMED", "CONFIRMED", "WAITLISTED", "PENDING"};

    /** By sector (in the order of {@link #SECTORS}), then by name in Swedish order. */
    static final Comparator<ParticipantRow> BY_SECTOR_THEN_NAME = Comparator
            .<ParticipantRow>comparingInt(row -> SECTORS.indexOf(row.sectorName()))
            .thenComparing(SwedishOrder.PARTICIPANTS);

    /** Sector i % 4 (so 0..9 gives 3, 3, 2, 2); titles on every other row; the status in Swedish. */
    static ParticipantRow row(int i) {
        return row(i, Messages.SWEDISH);
    }

    static ParticipantRow row(int i, Locale locale) {
        return new ParticipantRow(LAST[i % LAST.length] + (i < LAST.length ? "" : "-" + LAST[(i / LAST.length) % 11]),
                FIRST[i % FIRST.length], "Degerfors kommun, enhet " + (100 + i), i % 2 == 0 ? "Samordnare" : null,
                SECTORS.get(i % SECTORS.size()),
                Messages.text(locale, "registration.status." + STATUSES[i % STATUSES.length]));
    }

    private static PDDocument pdf(List<ParticipantRow> rows, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(rows.size(), new ParticipantListDocument(EVENT, locale).write(rows.iterator(), out));
        return Loader.loadPDF(out.toByteArray());
    }

    /** The text with runs of spaces as one. */
    private static String text(PDDocument pdf) throws IOException {
        return PdfInspection.text(pdf).replaceAll(" +", " ");
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        return PdfInspection.text(pdf, page).replaceAll(" +", " ");
    }

    private static List<ParticipantRow> rows(int count) {
        return IntStream.range(0, count).mapToObj(ParticipantListTest::row).sorted(BY_SECTOR_THEN_NAME).toList();
    }

    @Test
    void groupsBySectorWithACountUnderEachHeading() throws IOException {
        try (PDDocument pdf = pdf(rows(10), Messages.SWEDISH)) {
            String text = text(pdf);

            assertTrue(text.contains("DELTAGARLISTA"), text);
            assertTrue(text.contains("Förskola 3 deltagare"), text);
            assertTrue(text.contains("Skola 3 deltagare"), text);
            assertTrue(text.contains("Socialtjänst 2 deltagare"), text);
            assertTrue(text.contains("Polis 2 deltagare"), text);
            assertTrue(text.contains("Totalt 10 deltagare"), text);
            assertTrue(text.indexOf("Förskola 3") < text.indexOf("Skola 3"), text);
            assertTrue(text.indexOf("Skola 3") < text.indexOf("Socialtjänst 2"), text);
        }
    }

    @Test
    void showsNameOrganisationTitleAndStatusInEachRow() throws IOException {
        try (PDDocument pdf = pdf(rows(10), Messages.SWEDISH)) {
            String text = text(pdf);

            assertTrue(text.contains("Andersson, Anna Degerfors kommun, enhet 100 Samordnare Bekräftad"), text);
            assertTrue(text.contains("Åkesson, Björn Degerfors kommun, enhet 102 Samordnare På väntelista"), text);
            assertTrue(text.contains("Bäckström, Märta Degerfors kommun, enhet 103 Väntar på godkännande"), text);
            String school = text.substring(text.indexOf("Skola 3"), text.indexOf("Socialtjänst 2"));
            assertTrue(school.indexOf("Nyström") < school.indexOf("Zetterlund"), school);
            assertTrue(school.indexOf("Zetterlund") < school.indexOf("Öberg"), school);
            for (String column : List.of("Efternamn, förnamn", "Organisation", "Titel", "Status")) {
                assertTrue(text.contains(column), column);
            }
        }
    }

    /** 398 rows once left a page without its headings, where a streamed part of a table began a page. */
    @Test
    void aLongListKeepsItsHeadingsAndCountsOnEveryPage() throws IOException {
        try (PDDocument pdf = pdf(rows(398), Messages.SWEDISH)) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 10, "pages: " + pages);
            for (int page = 1; page <= pages; page++) {
                String text = text(pdf, page);
                assertTrue(text.contains("Sida " + page + " av " + pages), "page " + page);
                if (page < pages || !text.startsWith("Totalt")) {
                    assertTrue(text.contains("Efternamn, förnamn Organisation Titel Status"), "heads page " + page);
                    assertTrue(text.matches("(?s).*(Förskola|Skola|Socialtjänst|Polis) (99|100) deltagare.*"),
                            "a sector heading with its count on page " + page + ":\n" + text);
                }
            }
            String all = text(pdf);
            IntStream.range(0, 398).forEach(i -> assertTrue(all.contains("enhet " + (100 + i) + " "), "row " + i));
            assertTrue(all.contains("Totalt 398 deltagare"));
        }
    }

    @Test
    void speaksEnglishWhenAsked() throws IOException {
        List<ParticipantRow> one = List.of(row(0, Locale.ENGLISH));
        try (PDDocument pdf = pdf(one, Locale.ENGLISH)) {
            String text = text(pdf);

            assertTrue(text.contains("Förskola 1 participant"), text);
            assertTrue(text.contains("Total: 1 participant"), text);
            assertTrue(text.contains("Confirmed"), text);
            assertTrue(text.contains("Page 1 of 1"), text);
        }
    }

    @Test
    void anEmptyListSaysSo() throws IOException {
        try (PDDocument pdf = pdf(List.of(), Messages.SWEDISH)) {
            assertEquals(1, pdf.getNumberOfPages());
            assertTrue(text(pdf).contains("Inga anmälda."), text(pdf));
        }
    }

    /** Title, author, subject and language for the viewer and screen reader; the heading read before the table. */
    @Test
    void carriesItsMetadataAndReadsHeadingThenTableRowByRow() throws IOException {
        try (PDDocument pdf = pdf(rows(10), Messages.SWEDISH)) {
            PdfInspection.assertMetadata(pdf, "Deltagarlista: " + EVENT, "Samverka", "sv");
            assertEquals("Deltagarlista för ett evenemang", PdfInspection.subject(pdf));
            // (The sector's count, filled in once its rows are read, is read just before the sector's name.)
            PdfInspection.assertReadInOrder(PdfInspection.textInReadingOrder(pdf), "DELTAGARLISTA", EVENT,
                    "Förskola", "Efternamn, förnamn", "Organisation", "Andersson, Anna", "Degerfors kommun, enhet 100",
                    "Samordnare", "Bekräftad", "Skola", "Nyström, Karin");
        }
        try (PDDocument pdf = pdf(rows(2), Locale.ENGLISH)) {
            PdfInspection.assertMetadata(pdf, "Participants: " + EVENT, "Samverka", "en");
        }
    }
}
