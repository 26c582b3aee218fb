package se.samverka.participants;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.samverka.documents.NeedCount;
import se.samverka.documents.NeedsDay;
import se.samverka.documents.NeedsRow;
import se.samverka.platform.Messages;

/**
 * The kitchen and accessibility list as one CSV table, written like every other export ({@link CsvExport#table}:
 * UTF-8 with a byte order mark, {@code ;}, formulas defused). Each day first lists its people (kind "Deltagare"),
 * then its counts (kind "Antal", the need in its column and the count in the last), so a filter on the second
 * column gives either.
 */
final class NeedsCsv {

    static final String[] COLUMNS = {"day", "kind", "lastName", "firstName", "organisation", "dietary",
        "accessibility", "count"};

    private NeedsCsv() {
    }

    /** Writes the table; returns how many rows. Leaves the output open. */
    static int write(List<NeedsDay> days, Locale locale, OutputStream out) throws IOException {
        String[] headers = new String[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            headers[i] = Messages.text(locale, "needsList.csv." + COLUMNS[i]);
        }
        String person = Messages.text(locale, "needsList.csv.kind.person");
        String count = Messages.text(locale, "needsList.csv.kind.count");
        List<String[]> rows = new ArrayList<>();
        for (NeedsDay day : days) {
            String date = day.date().toString();
            for (NeedsRow row : day.people()) {
                rows.add(new String[] {date, person, text(row.lastName()), text(row.firstName()),
                    text(row.organisation()), text(row.dietary()), text(row.accessibility()), ""});
            }
            for (NeedCount need : day.dietary()) {
                rows.add(new String[] {date, count, "", "", "", need.need(), "", String.valueOf(need.count())});
            }
            for (NeedCount need : day.accessibility()) {
                rows.add(new String[] {date, count, "", "", "", "", need.need(), String.valueOf(need.count())});
            }
        }
        return CsvExport.table(headers, rows.iterator(), out);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
