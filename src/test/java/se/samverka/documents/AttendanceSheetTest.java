package se.samverka.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.documents.PdfInspection.text;
import static se.samverka.documents.PdfInspection.textIn;
import static se.samverka.documents.PdfInspection.withoutSpace;
import static se.samverka.testdata.ProgrammeBuilder.aConference;
import static se.samverka.testdata.ProgrammeBuilder.aWorkshop;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import se.samverka.event.Event;
import se.samverka.event.EventDay;
import se.samverka.platform.Messages;
import se.samverka.program.ProgramRows;
import se.samverka.testdata.ProgrammeBuilder.Programme;

class AttendanceSheetTest {

    private static final String[] FIRST = {"Anna", "Åsa", "Björn", "Märta", "Lars", "Karin", "Örjan", "Eva",
        "Johan", "Maria", "Per", "Ingrid", "Sven", "Elin", "Mikael", "Sofia", "Jöns", "Linnéa", "Håkan", "Ulla"};
    private static final String[] LAST = {"Andersson", "Öberg", "Åkesson", "Bäckström", "Sjöberg", "Nyström",
        "Lindqvist", "Ekström", "Hällström", "Ångström", "Karlsson", "Nilsson", "Björk", "Söderlund",
        "Wikström", "Holmgren", "Zetterlund", "Ödman", "Lundgren", "Persson", "Strömberg", "Dahl", "Forsberg",
        "Åberg"};
    private static final String[] SECTORS = {"Förskola", "Skola", "Socialtjänst", "Polis", "Vårdcentral"};
    /** The organisation column of the table, in PDFBox's coordinates (A4, 50 pt margins, 31/30/16/23 %). */
    private static final Rectangle2D ORGANISATION_COLUMN = new Rectangle2D.Float(206, 0, 142, 842);

    static Programme conference() {
        return aConference().titled("Samverkanskonferens Degerfors 2026").at("Folkets hus, Degerfors")
                .onDays(LocalDate.of(2026, 4, 14), LocalDate.of(2026, 4, 15))
                .withSession(aWorkshop("Lägesbilder i praktiken").onDay(2).from("09:00").to("10:30").in("Sal Ängen"))
                .build();
    }

    static AttendanceSheet sessionSheet() {
        Programme conference = conference();
        return AttendanceSheet.forSession(ProgramRows.heading(conference.event()),
                ProgramRows.row(conference.sessions().get(0), Messages.SWEDISH), Messages.SWEDISH);
    }

    /** The sheet of a day of the conference, with the day's hours, as the attendance sheet resource makes it. */
    static AttendanceSheet daySheet(LocalDate day, Locale locale) {
        Event event = conference().event();
        EventDay hours = event.day(day).orElseThrow();
        return AttendanceSheet.forDay(ProgramRows.heading(event), day, hours.getStartsAt(), hours.getEndsAt(), locale);
    }

    /** Rows with names unique up to 576, every seventh with an organisation long enough to wrap. */
    static List<AttendanceRow> rows(int count) {
        List<AttendanceRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String last = i < LAST.length ? LAST[i]
                    : LAST[i % LAST.length] + "-" + LAST[(i / LAST.length) % LAST.length];
            String organisation = (i % 7 == 3 ? "Barn- och utbildningsförvaltningen, Karlskoga och Degerfors, "
                    : "") + "Enhet " + (1000 + i);
            rows.add(new AttendanceRow(last, FIRST[i % FIRST.length], organisation, SECTORS[i % SECTORS.length]));
        }
        return rows;
    }

    private static PDDocument pdf(AttendanceSheet sheet, List<AttendanceRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(rows.size(), sheet.write(rows.iterator(), out));
        return Loader.loadPDF(out.toByteArray());
    }

    @Test
    void headsADaysSheetWithTheEventWeekdayDateHoursAndVenue() throws IOException {
        AttendanceSheet sheet = daySheet(LocalDate.of(2026, 4, 14), Messages.SWEDISH);
        try (PDDocument pdf = pdf(sheet, rows(5))) {
            String text = text(pdf);

            assertTrue(text.contains("NÄRVAROLISTA"), text);
            assertTrue(text.contains("Samverkanskonferens Degerfors 2026"), text);
            assertTrue(text.contains("Tisdag 14 april 2026"), text);
            assertTrue(text.contains("Tid: 08:30–16:30 · Plats: Folkets hus, Degerfors"), text);
            assertTrue(text.contains("Sida 1 av 1"), text);
        }
    }

    @Test
    void headsASessionsSheetWithItsTitleTimeAndRoom() throws IOException {
        try (PDDocument pdf = pdf(sessionSheet(), rows(5))) {
            String text = text(pdf);

            assertTrue(text.contains("Lägesbilder i praktiken"), text);
            assertTrue(text.contains("Onsdag 15 april 2026 · Tid: 09:00–10:30 · Rum: Sal Ängen"), text);
            for (String column : List.of("Efternamn, förnamn", "Organisation", "Sektor", "Namnteckning")) {
                assertTrue(text.contains(column), column);
            }
            assertTrue(text.contains("Antal anmälda: 5"), text);
        }
    }

    @Test
    void listsSurnamesInSwedishOrder() throws IOException {
        List<AttendanceRow> rows = new ArrayList<>(rows(LAST.length));
        Collections.shuffle(rows, new Random(7));
        rows.sort(SwedishOrder.ATTENDANCE);
        try (PDDocument pdf = pdf(sessionSheet(), rows)) {
            String text = text(pdf);

            List<String> expected = new ArrayList<>(List.of(LAST));
            expected.sort(SwedishOrder.strings());
            int previous = -1;
            for (String surname : expected) {
                int at = text.indexOf("\n" + surname + ", ");
                assertTrue(at > previous, surname + " after the one before it in\n" + text);
                previous = at;
            }
            assertEquals("Ödman", expected.get(expected.size() - 1));
            assertEquals(expected.indexOf("Zetterlund") + 1, expected.indexOf("Åberg"));
        }
    }

    @Test
    void swedishOrderPutsÅÄÖAfterZ() {
        List<String> names = new ArrayList<>(List.of("Ödman", "Zetterlund", "Ärlig", "Åberg", "Andersson",
                "Östlund"));
        names.sort(SwedishOrder.strings());
        assertEquals(List.of("Andersson", "Zetterlund", "Åberg", "Ärlig", "Ödman", "Östlund"), names);

        List<AttendanceRow> rows = new ArrayList<>(List.of(new AttendanceRow("Öberg", "Åsa", "", ""),
                new AttendanceRow("Öberg", "Anna", "", ""), new AttendanceRow("Zetterlund", "Ulla", "", "")));
        rows.sort(SwedishOrder.ATTENDANCE);
        assertEquals(List.of("Zetterlund Ulla", "Öberg Anna", "Öberg Åsa"),
                rows.stream().map(r -> r.lastName() + " " + r.firstName()).toList());
    }

    @Test
    void threeHundredRowsAreNeverSplitBetweenPages() throws IOException {
        List<AttendanceRow> rows = rows(300);
        try (PDDocument pdf = pdf(sessionSheet(), rows)) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 300 / 26 && pages <= 300 / 18 + 1, "pages: " + pages);
            List<String> pageTexts = new ArrayList<>();
            List<String> organisations = new ArrayList<>();
            for (int page = 1; page <= pages; page++) {
                String text = text(pdf, page);
                pageTexts.add(text);
                organisations.add(withoutSpace(textIn(pdf, page, ORGANISATION_COLUMN)));
                assertTrue(text.contains("Efternamn, förnamn") && text.contains("Namnteckning"), "heads page " + page);
                assertTrue(text.contains("Sida " + page + " av " + pages), "numbers page " + page);
            }
            for (AttendanceRow row : rows) {
                String name = row.lastName() + ", " + row.firstName();
                List<Integer> onPages = new ArrayList<>();
                for (int page = 0; page < pages; page++) {
                    int found = occurrences(pageTexts.get(page), "\n" + name + " ");
                    for (int n = 0; n < found; n++) {
                        onPages.add(page);
                    }
                }
                assertEquals(1, onPages.size(), name + " on pages " + onPages);
                String organisation = withoutSpace(row.organisation());
                assertTrue(organisations.get(onPages.get(0)).contains(organisation),
                        organisation + " whole on the page of " + name);
            }
        }
    }

    @Test
    void speaksEnglishWhenAsked() throws IOException {
        AttendanceSheet sheet = daySheet(LocalDate.of(2026, 4, 15), Locale.ENGLISH);
        try (PDDocument pdf = pdf(sheet, rows(3))) {
            String text = text(pdf);

            assertTrue(text.contains("Wednesday, April 15, 2026"), text);
            assertTrue(text.contains("Surname, first name") && text.contains("Signature"), text);
            assertTrue(text.contains("Page 1 of 1"), text);
            assertFalse(text.contains("Sida"), text);
        }
    }

    @Test
    void anEmptySheetSaysSo() throws IOException {
        try (PDDocument pdf = pdf(sessionSheet(), List.of())) {
            assertEquals(1, pdf.getNumberOfPages());
            assertTrue(text(pdf).contains("Inga anmälda."), text(pdf));
        }
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    /** Title, author (the event's contact when it has one), subject and language; the heading before the table. */
    @Test
    void carriesItsMetadataAndReadsTheHeadingBeforeTheRows() throws IOException {
        try (PDDocument pdf = pdf(sessionSheet(), rows(3))) {
            PdfInspection.assertMetadata(pdf,
                    "Närvarolista: Samverkanskonferens Degerfors 2026 – Lägesbilder i praktiken", "Samverka", "sv");
            PdfInspection.assertReadInOrder(PdfInspection.textInReadingOrder(pdf), "NÄRVAROLISTA",
                    "Samverkanskonferens Degerfors 2026", "Lägesbilder i praktiken", "Efternamn, förnamn",
                    "Namnteckning", "Andersson, Anna", "Enhet 1000", "Förskola");
        }
    }
}
