package se.samverka.participants;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;

/**
 * Participants as CSV the way Swedish Excel opens it with a double-click: UTF-8 with a byte order
 * mark (else Excel guesses Windows-1252 and breaks å, ä, ö), semicolons (the Swedish list separator;
 * commas end up in one column), CRLF line ends, RFC 4180 quoting. Cells that Excel would run as a
 * formula (starting with =, +, -, @, tab or CR) are prefixed with an apostrophe (OWASP CSV injection).
 */
public final class CsvExport {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    private static final char SEPARATOR = ';';

    private CsvExport() {
    }

    /** Writes the rows as they come; returns how many. Leaves the output open. */
    public static int write(Iterator<ExportRow> rows, Locale locale, OutputStream out) throws IOException {
        return table(ExportRow.headers(locale), new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public String[] next() {
                return rows.next().cells();
            }
        }, out);
    }

    /**
     * Any table the same way (UTF-8 with a byte order mark, {@code ;}, CRLF, cells that a spreadsheet could run
     * as a formula defused); returns how many rows. Leaves the output open.
     */
    public static int table(String[] headers, Iterator<String[]> rows, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        line(writer, headers);
        int count = 0;
        while (rows.hasNext()) {
            line(writer, rows.next());
            count++;
        }
        writer.flush();
        return count;
    }

    private static void line(Writer writer, String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                writer.write(SEPARATOR);
            }
            writer.write(cell(cells[i]));
        }
        writer.write("\r\n");
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.indexOf(SEPARATOR) >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
