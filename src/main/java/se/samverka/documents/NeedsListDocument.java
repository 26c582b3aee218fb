package se.samverka.documents;

import com.lowagie.text.Chunk;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.samverka.platform.Messages;

/**
 * The kitchen and accessibility list (A4), for organisers only: for each day of the event, the needs counted by
 * kind ("Vegetarisk × 12"), then the people attending that day who stated a dietary or accessibility need (name,
 * organisation, the needs as written). A warning under the heading says that the list may hold health data.
 * The days are few and so are the people with needs, so the list is laid out from the records it is given.
 */
public final class NeedsListDocument {

    public static final String MEDIA_TYPE = "application/pdf";

    private static final float[] COLUMN_WIDTHS = {24f, 24f, 26f, 26f};
    private static final float DAY_SIZE = 13f;
    /** Room a day's heading and counts need below them, so that they do not end a page alone. */
    private static final float ROOM_FOR_DAY = 150f;

    private final String eventTitle;
    private final Locale locale;

    public NeedsListDocument(String eventTitle, Locale locale) {
        this.eventTitle = eventTitle;
        this.locale = Messages.supported(locale);
    }

    /** Writes the list and leaves the output open. Returns the number of person-days listed. */
    public int write(List<NeedsDay> days, OutputStream out) {
        ListDocument list = ListDocument.open(locale, "needsList.pageOf",
                Messages.format(locale, "needsList.documentTitle", eventTitle), eventTitle,
                "needsList", null, out);
        list.heading(Messages.text(locale, "needsList.label"), eventTitle, null,
                Messages.text(locale, "needsList.sensitive"));
        int listed = 0;
        for (NeedsDay day : days) {
            list.keepRoom(ROOM_FOR_DAY);
            list.gap();
            String date = day.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale));
            list.line(20, new Chunk(ListDocument.capitalized(date, locale), PdfFonts.bold(DAY_SIZE, PdfFonts.ACCENT)),
                    new Chunk("   " + Messages.format(locale, "needsList.people", day.people().size()),
                            PdfFonts.regular(10, PdfFonts.MUTED)));
            list.line(15, new Chunk(Messages.text(locale, "needsList.dietary") + ": ", PdfFonts.bold(10)),
                    new Chunk(counts(day.dietary()), PdfFonts.regular(10)));
            list.line(15, new Chunk(Messages.text(locale, "needsList.accessibility") + ": ", PdfFonts.bold(10)),
                    new Chunk(counts(day.accessibility()), PdfFonts.regular(10)));
            if (day.people().isEmpty()) {
                list.paragraph(20, Messages.text(locale, "needsList.none"), 10, false);
                continue;
            }
            list.gap();
            ListTables table = ListTables.streamInto(list.document(), list.writer(), COLUMN_WIDTHS, 1);
            for (String column : List.of("name", "organisation", "dietary", "accessibility")) {
                table.addHeader(ListTables.header(Messages.text(locale, "needsList.column." + column)));
            }
            day.people().forEach(person -> table.addRow(cells(person)));
            table.finish();
            listed += day.people().size();
        }
        list.close();
        return listed;
    }

    /** "Vegetarisk × 12, Glutenfri × 3", or "inga" when nobody stated any. */
    private String counts(List<NeedCount> counts) {
        if (counts.isEmpty()) {
            return Messages.text(locale, "needsList.noneOfKind");
        }
        return counts.stream().map(c -> c.need() + " × " + c.count()).collect(Collectors.joining(", "));
    }

    private static PdfPCell[] cells(NeedsRow row) {
        Phrase name = new Phrase();
        name.add(new Chunk(row.lastName() == null ? "" : row.lastName(), PdfFonts.bold(ListTables.TEXT_SIZE)));
        if (row.firstName() != null && !row.firstName().isBlank()) {
            name.add(new Chunk(", " + row.firstName(), PdfFonts.regular(ListTables.TEXT_SIZE)));
        }
        return new PdfPCell[] {ListTables.cell(name), ListTables.text(row.organisation()),
            ListTables.text(row.dietary()), ListTables.text(row.accessibility())};
    }
}
