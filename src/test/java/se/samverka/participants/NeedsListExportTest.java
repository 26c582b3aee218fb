package se.samverka.participants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.samverka.documents.NeedCount;
import se.samverka.documents.NeedsDay;
import se.samverka.documents.NeedsRow;

/** The kitchen and accessibility list's CSV, and how free-text needs are counted by kind. */
class NeedsListExportTest {

    private static final LocalDate DAY = LocalDate.of(2031, 3, 12);

    @Test
    void needsAreCountedByKindWhateverTheirCaseAndSpacing() {
        List<NeedCount> counts = NeedsTally.count(Arrays.asList("Vegetarisk", " vegetarisk.", "VEGETARISK ",
                "Glutenfri", "glutenfri", "laktosfri  och  nötfri", "Laktosfri och nötfri", "", "   ", null, "ADHD",
                "Vegetarisk"));

        assertEquals(List.of(new NeedCount("Vegetarisk", 4), new NeedCount("Glutenfri", 2),
                new NeedCount("Laktosfri och nötfri", 2), new NeedCount("ADHD", 1)), counts);
    }

    @Test
    void aKindIsShownAsMostWroteItWithACapital() {
        assertEquals(List.of(new NeedCount("Hörslinga", 3)),
                NeedsTally.count(List.of("hörslinga", "hörslinga", "Hörslinga")));
        assertEquals(List.of(new NeedCount("Tolk", 1), new NeedCount("Ä-kost", 1)),
                NeedsTally.count(List.of("ä-kost", "tolk")), "equal counts in Swedish order");
    }

    @Test
    void csvListsEachDaysPeopleThenItsCountsTheWaySwedishExcelOpensIt() throws IOException {
        List<NeedsDay> days = List.of(new NeedsDay(DAY,
                List.of(new NeedsRow("Öberg", "Åsa", "Förskolan; Solrosen", "Vegetarisk", ""),
                        new NeedsRow("Ärlig", "Olle", "Polisen", "=1+1", "Rullstol")),
                List.of(new NeedCount("Vegetarisk", 1), new NeedCount("=1+1", 1)),
                List.of(new NeedCount("Rullstol", 1))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(5, NeedsCsv.write(days, Locale.forLanguageTag("sv"), out));
        String csv = out.toString(StandardCharsets.UTF_8);

        assertTrue(csv.startsWith("\uFEFF"), "byte order mark");
        assertEquals(List.of(
                "Dag;Rad;Efternamn;Förnamn;Organisation;Kost;Tillgänglighet;Antal",
                "2031-03-12;Deltagare;Öberg;Åsa;\"Förskolan; Solrosen\";Vegetarisk;;",
                "2031-03-12;Deltagare;Ärlig;Olle;Polisen;'=1+1;Rullstol;",
                "2031-03-12;Antal;;;;Vegetarisk;;1",
                "2031-03-12;Antal;;;;'=1+1;;1",
                "2031-03-12;Antal;;;;;Rullstol;1"), List.of(csv.substring(1).split("\r\n")));
        assertTrue(csv.endsWith("\r\n"));
    }

    @Test
    void csvHeadersFollowTheLanguage() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, NeedsCsv.write(List.of(), Locale.ENGLISH, out));
        assertEquals("\uFEFFDay;Row;Surname;First name;Organisation;Dietary;Accessibility;Count\r\n",
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theGeneralExportsLeaveTheNeedsOut() {
        List<String> columns = List.of(ExportRow.COLUMNS);
        assertTrue(columns.stream().noneMatch(c -> c.contains("dietary") || c.contains("accessibility")), columns::toString);
        assertTrue(Arrays.stream(ExportRow.class.getRecordComponents())
                .noneMatch(c -> c.getName().contains("dietary") || c.getName().contains("accessibility")));
    }
}
