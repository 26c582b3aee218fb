package se.samverka.attendance;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import se.samverka.documents.AttendanceReport;
import se.samverka.platform.Messages;

/** The attendance overview as the sections of the printed report: days, sessions, sectors. */
final class AttendanceSections {

    private AttendanceSections() {
    }

    static List<AttendanceReport.Section> of(AttendanceOverview overview, Locale locale) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM", Messages.supported(locale));
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Messages.supported(locale));
        return List.of(
                new AttendanceReport.Section(Messages.text(locale, "attendanceReport.days"), overview.days().stream()
                        .map(d -> new AttendanceReport.Line(day.format(d.date()), d.expected(), d.checkedIn())).toList()),
                new AttendanceReport.Section(Messages.text(locale, "attendanceReport.sessions"), overview.sessions().stream()
                        .map(s -> new AttendanceReport.Line(day.format(s.start()) + " " + time.format(s.start()) + " "
                                + s.title(), s.expected(), s.checkedIn())).toList()),
                new AttendanceReport.Section(Messages.text(locale, "attendanceReport.sectors"), overview.sectors().stream()
                        .map(s -> new AttendanceReport.Line(s.name(), s.expected(), s.checkedIn())).toList()));
    }
}
