package se.samverka.meeting;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/** Attendance rates as spreadsheet rows (the rate as a percentage with one decimal, as a spreadsheet shows it). */
final class AttendanceTable {

    static final String[] HEADERS = {"Organisation", "Sektor", "Möten", "Närvarande", "Andel %", "Senast närvarande"};

    private AttendanceTable() {
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
