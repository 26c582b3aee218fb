package se.samverka.participants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    private static ExportRow row(String lastName, String organisation) {
        return new ExportRow(lastName, "Åsa", organisation, null, "Förskola", "Bekräftad", "asa@degerfors.example",
                null, "2031-03-11", "", "ABC123");
    }

    private static String export(List<ExportRow> rows, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(rows.size(), CsvExport.write(rows.iterator(), locale, out));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void startsWithAByteOrderMarkAndSeparatesWithSemicolonsAndCrLf() throws IOException {
        String csv = export(List.of(row("Öberg", "Förskolan Solrosen")), Locale.forLanguageTag("sv"));

        assertTrue(csv.startsWith("\uFEFFEfternamn;Förnamn;Organisation;Titel;Sektor;Status;"), csv);
        assertEquals("Öberg;Åsa;Förskolan Solrosen;;Förskola;Bekräftad;asa@degerfors.example;;2031-03-11;;ABC123\r\n",
                csv.split("\r\n", 2)[1]);
    }

    @Test
    void headersFollowTheLanguage() throws IOException {
        assertTrue(export(List.of(), Locale.ENGLISH).startsWith("\uFEFFSurname;First name;Organisation;"));
    }

    @Test
    void quotesSeparatorsQuotesAndLineBreaks() {
        assertEquals("\"Skola; Degerfors\"", CsvExport.cell("Skola; Degerfors"));
        assertEquals("\"Förskolan \"\"Solrosen\"\"\"", CsvExport.cell("Förskolan \"Solrosen\""));
        assertEquals("\"rad 1\nrad 2\"", CsvExport.cell("rad 1\nrad 2"));
        assertEquals("Polisen, Region Bergslagen", CsvExport.cell("Polisen, Region Bergslagen"));
    }

    @Test
    void cellsExcelWouldRunAsFormulasAreDefused() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CsvExport.cell("=HYPERLINK(\"http://x\")"));
        assertEquals("'+46 70 123", CsvExport.cell("+46 70 123"));
        assertEquals("'-1", CsvExport.cell("-1"));
        assertEquals("'@SUM(A1)", CsvExport.cell("@SUM(A1)"));
        assertEquals("Anna-Karin", CsvExport.cell("Anna-Karin"));
    }
}
