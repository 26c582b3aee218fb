package se.samverka.meeting;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/** Attendance rates as spreadsheet rows (the rate as a percentage with one decimal, as a spreadsheet shows it). */
final class AttendanceTable {

    private static final String[] HEADER_KEYS = {"meetings.organisation", "meetings.sector", "meetings.stats.meetings",
        "meetings.stats.present", "meetings.stats.ratePercent", "meetings.stats.lastPresent"};

    private AttendanceTable() {
    }

    static String[] headers(Locale locale) {
        String[] headers = new String[HEADER_KEYS.length];
        for (int i = 0; i < headers.length; i++) {
            headers[i] = se.samverka.platform.Messages.text(locale, HEADER_KEYS[i]);
        }
        return headers;
    }

    static Iterator<String[]> rows(List<AttendanceRate> rates) {
        return rates.stream().map(rate -> new String[] {
            rate.organisation() == null ? "" : rate.organisation(),
            rate.sector(),
            String.valueOf(rate.meetings()),
            String.valueOf(rate.present()),
            String.format(Locale.ROOT, "%.1f", rate.rate() * 100),
            rate.lastPresent() == null ? "" : rate.lastPresent().toString()
        }).iterator();
    }
}
