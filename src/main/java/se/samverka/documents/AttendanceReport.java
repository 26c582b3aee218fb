package se.samverka.documents;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import se.samverka.platform.Messages;

/**
 * Who came (A4): for each part of the event (its days, its sessions, its sectors) a table of how many were
 * expected and how many were admitted, with the share. The figures come from the caller as sections of lines.
 */
public final class AttendanceReport {

    public static final String MEDIA_TYPE = "application/pdf";
    private static final float[] COLUMN_WIDTHS = {52f, 16f, 16f, 16f};

    /** A table of the report: its heading and its lines. */
    public record Section(String heading, List<Line> lines) {
    }

    /** One line: what it counts, how many were expected and how many came. */
    public record Line(String label, long expected, long checkedIn) {
    }

    private final String eventTitle;
    private final Locale locale;

    public AttendanceReport(String eventTitle, Locale locale) {
        this.eventTitle = eventTitle;
        this.locale = Messages.supported(locale);
    }

    /** Writes the report and leaves the output open. */
    public void write(String subject, List<Section> sections, OutputStream out) {
        ListDocument report = ListDocument.open(locale, "attendanceReport.pageOf",
                Messages.format(locale, "attendanceReport.documentTitle", eventTitle), eventTitle,
                "attendanceReport", null, out);
        report.heading(Messages.text(locale, "attendanceReport.label"), eventTitle, subject, null);
        for (Section section : sections) {
            report.gap();
            report.keepRoom(90);
            report.paragraph(18, section.heading(), 12, true);
            ListTables table = ListTables.streamInto(report.document(), report.writer(), COLUMN_WIDTHS, 1);
            table.addHeader(ListTables.header(""));
            table.addHeader(ListTables.header(Messages.text(locale, "attendanceReport.expected")));
            table.addHeader(ListTables.header(Messages.text(locale, "attendanceReport.checkedIn")));
            table.addHeader(ListTables.header(Messages.text(locale, "attendanceReport.share")));
            for (Line line : section.lines()) {
                table.addRow(ListTables.text(line.label()), ListTables.text(String.valueOf(line.expected())),
                        ListTables.text(String.valueOf(line.checkedIn())), ListTables.text(share(line)));
            }
            table.finish();
        }
        report.close();
    }

    private String share(Line line) {
        return line.expected() == 0 ? "–" : Math.round(100.0 * line.checkedIn() / line.expected()) + " %";
    }
}
