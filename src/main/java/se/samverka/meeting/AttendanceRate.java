package se.samverka.meeting;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How faithfully an organisation (or a sector) came to a series' meetings: of the held meetings it was invited to
 * ({@code meetings}), at how many at least one of its representatives was present or sent a substitute
 * ({@code present}), the rate, and when it was last there, so that an agency that has dropped away shows.
 *
 * @param organisation the organisation, or null in a row per sector
 * @param sector the sector's code
 */
@JsonbPropertyOrder({"organisation", "sector", "meetings", "present", "rate", "lastPresent"})
public record AttendanceRate(String organisation, String sector, int meetings, int present, double rate,
        LocalDate lastPresent) {

    /** Rows per organisation (with its sector), worst rate first. */
    public static List<AttendanceRate> byOrganisation(List<Attendance> held) {
        return compute(held, true);
    }

    /** Rows per sector, worst rate first. */
    public static List<AttendanceRate> bySector(List<Attendance> held) {
        return compute(held, false);
    }

    private static List<AttendanceRate> compute(List<Attendance> held, boolean perOrganisation) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (Attendance attendance : held) {
            Member member = attendance.getMember();
            String key = perOrganisation ? member.getOrganisation() + "\u0000" + member.getSector().getCode()
                    : member.getSector().getCode();
            Tally tally = tallies.computeIfAbsent(key, k -> new Tally(perOrganisation ? member.getOrganisation() : null,
                    member.getSector().getCode()));
            tally.invited.add(attendance.getMeeting().getId());
            if (attendance.represented()) {
                tally.present.add(attendance.getMeeting().getId());
                LocalDate day = attendance.getMeeting().getStart().toLocalDate();
                if (tally.last == null || day.isAfter(tally.last)) {
                    tally.last = day;
                }
            }
        }
        List<AttendanceRate> rows = new ArrayList<>();
        for (Tally tally : tallies.values()) {
            int meetings = tally.invited.size();
            int present = tally.present.size();
            double rate = meetings == 0 ? 0 : Math.round(1000.0 * present / meetings) / 1000.0;
            rows.add(new AttendanceRate(tally.organisation, tally.sector, meetings, present, rate, tally.last));
        }
        rows.sort(Comparator.comparingDouble(AttendanceRate::rate)
                .thenComparing(r -> r.organisation() == null ? r.sector() : r.organisation()));
        return rows;
    }

    private static final class Tally {
        final String organisation;
        final String sector;
        final Set<Long> invited = new HashSet<>();
        final Set<Long> present = new HashSet<>();
        LocalDate last;

        Tally(String organisation, String sector) {
            this.organisation = organisation;
            this.sector = sector;
        }
    }
}
