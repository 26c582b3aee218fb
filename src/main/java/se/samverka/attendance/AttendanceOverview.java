package se.samverka.attendance;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * How many came, against how many were expected: per event day (with its sectors), per session, and per
 * sector over the whole event; and the doubtful scans staff still have to look at. Counts are of people, each
 * counted once however often they were scanned; undone and doubtful check-ins do not count.
 */
@JsonbPropertyOrder({"eventId", "days", "sessions", "sectors", "doubtful"})
public record AttendanceOverview(Long eventId, List<Day> days, List<SessionCount> sessions, List<SectorCount> sectors,
        List<DoubtfulScan> doubtful) {

    /** An event day: confirmed registrations for it, and how many of them were admitted at the entrance. */
    @JsonbPropertyOrder({"date", "expected", "checkedIn", "sectors"})
    public record Day(LocalDate date, long expected, long checkedIn, List<SectorCount> sectors) {
    }

    /** A session: people expected (seated, or registered for its day), and how many were admitted at its door. */
    @JsonbPropertyOrder({"sessionId", "title", "start", "end", "kind", "expected", "checkedIn"})
    public record SessionCount(Long sessionId, String title, LocalDateTime start, LocalDateTime end, String kind,
            long expected, long checkedIn) {
    }

    /** A sector's people: confirmed, and admitted (on the day, or on any day for the whole event). */
    @JsonbPropertyOrder({"code", "name", "colour", "expected", "checkedIn"})
    public record SectorCount(String code, String name, String colour, long expected, long checkedIn) {
    }

    /** A scan queued offline that needs a look (see {@link Doubt}). */
    @JsonbPropertyOrder({"checkInId", "registrationId", "name", "day", "sessionId", "doubt", "scannedAt", "by", "device",
            "resolved"})
    public record DoubtfulScan(Long checkInId, Long registrationId, String name, LocalDate day, Long sessionId,
            Doubt doubt, LocalDateTime scannedAt, String by, String device, boolean resolved) {

        static DoubtfulScan of(CheckIn scan) {
            return new DoubtfulScan(scan.getId(), scan.getRegistration().getId(),
                    scan.getRegistration().getParticipant().fullName(), scan.getDay(),
                    scan.getSession() == null ? null : scan.getSession().getId(), scan.getDoubt(), scan.getScannedAt(),
                    scan.getCheckedInBy(), scan.getDevice(), scan.getResolvedAt() != null);
        }
    }
}
