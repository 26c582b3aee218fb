package se.samverka.documents;

import com.lowagie.text.Chunk;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import se.samverka.platform.Messages;

/**
 * A sheet to sign on arrival, for one day of an event or one session (A4): the event, the day or
 * the session with its time and room, then one row per participant (surname, first name;
 * organisation; sector; an empty box to sign in). Rows are printed in the order given (sort them
 * with {@link SwedishOrder#ATTENDANCE}), streamed page by page, never split between pages; the
 * column heads repeat on every page and every page is numbered "Sida X av Y".
 */
public final class AttendanceSheet {

    public static final String MEDIA_TYPE = "application/pdf";

    private static final float[] COLUMN_WIDTHS = {31f, 30f, 16f, 23f};
    /** Rows are at least this tall (11 mm), room to sign. */
    private static final float ROW_HEIGHT = 31f;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final Locale locale;
    private final String eventTitle;
    private final String subject;
    private final String details;
    private final String organiser;

    private AttendanceSheet(Locale locale, String eventTitle, String subject, String details, String organiser) {
        this.locale = locale;
        this.eventTitle = eventTitle;
        this.subject = subject;
        this.details = details;
        this.organiser = organiser;
    }

    /**
     * The sheet for one day of an event: its weekday and date, hours and venue.
     *
     * @param opens  when the day begins; with {@code closes} null when the day has no hours
     */
    public static AttendanceSheet forDay(EventHeading event, LocalDate day, LocalTime opens, LocalTime closes,
            Locale locale) {
        Locale language = Messages.supported(locale);
        List<String> details = new ArrayList<>();
        if (opens != null && closes != null) {
            details.add(time(language, opens, closes));
        }
        if (event.venue() != null && !event.venue().isBlank()) {
            details.add(Messages.format(language, "attendance.venue", event.venue().strip()));
        }
        return new AttendanceSheet(language, event.title(), longDate(day, language), String.join(" · ", details),
                event.contactName());
    }

    /** The sheet for one session of the event: its title, then its date, time and room. */
    public static AttendanceSheet forSession(EventHeading event, SessionRow session, Locale locale) {
        Locale language = Messages.supported(locale);
        List<String> details = new ArrayList<>();
        details.add(longDate(session.start().toLocalDate(), language));
        details.add(time(language, session.start().toLocalTime(), session.end().toLocalTime()));
        if (session.room() != null) {
            details.add(Messages.format(language, "attendance.room", session.room()));
        }
        return new AttendanceSheet(language, event.title(), session.title(), String.join(" · ", details),
                event.contactName());
    }

    /** Writes the sheet; closes the stream of rows but not the output. Returns the number of rows. */
    public int write(Stream<AttendanceRow> rows, OutputStream out) {
        try (rows) {
            return write(rows.iterator(), out);
        }
    }

    /** Writes the sheet and leaves the output open. Returns the number of rows. */
    public int write(Iterator<AttendanceRow> rows, OutputStream out) {
        String title = eventTitle + " – " + subject;
        ListDocument list = ListDocument.open(locale, "attendance.pageOf",
                Messages.format(locale, "attendance.documentTitle", title), title, "attendance", organiser, out);
        list.heading(Messages.text(locale, "attendance.label"), eventTitle, subject, details);
        if (!rows.hasNext()) {
            list.gap();
            list.paragraph(24, Messages.text(locale, "attendance.none"), 10, false);
            list.close();
            return 0;
        }
        PendingText registered = PendingText.room(list.writer(), Messages.format(locale, "attendance.count", 99_999),
                10.5f, PdfFonts.MUTED);
        list.line(16, registered.chunk());
        list.gap();
        int count = writeRows(list, rows);
        registered.fill(Messages.format(locale, "attendance.count", count));
        list.close();
        return count;
    }

    private int writeRows(ListDocument list, Iterator<AttendanceRow> rows) {
        int count = 0;
        ListTables table = ListTables.streamInto(list.document(), list.writer(), COLUMN_WIDTHS, 1);
        for (String column : List.of("name", "organisation", "sector", "signature")) {
            table.addHeader(ListTables.header(Messages.text(locale, "attendance.column." + column)));
        }
        while (rows.hasNext()) {
            table.addRow(cells(rows.next()));
            count++;
        }
        table.finish();
        return count;
    }

    private static PdfPCell[] cells(AttendanceRow row) {
        Phrase name = new Phrase();
        name.add(new Chunk(row.lastName() == null ? "" : row.lastName(), PdfFonts.bold(ListTables.TEXT_SIZE)));
        if (row.firstName() != null && !row.firstName().isBlank()) {
            name.add(new Chunk(", " + row.firstName(), PdfFonts.regular(ListTables.TEXT_SIZE)));
        }
        PdfPCell signature = ListTables.text("");
        signature.setBorder(PdfPCell.BOTTOM | PdfPCell.LEFT | PdfPCell.RIGHT);
        PdfPCell[] cells = {ListTables.cell(name), ListTables.text(row.organisation()),
            ListTables.text(row.sectorName()), signature};
        for (PdfPCell cell : cells) {
            cell.setMinimumHeight(ROW_HEIGHT);
        }
        return cells;
    }

    private static String longDate(LocalDate date, Locale locale) {
        String text = date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale));
        return ListDocument.capitalized(text, locale);
    }

    private static String time(Locale locale, LocalTime start, LocalTime end) {
        return Messages.format(locale, "attendance.time", start.format(CLOCK), end.format(CLOCK));
    }
}
