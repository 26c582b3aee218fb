package se.samverka.certificate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a person qualifies for a certificate of attendance, and what it would say: the sessions they
 * attended and their hours. A session counts as attended when the person was admitted at its own door, or,
 * where its door was not scanned at all, when they were admitted at the entrance that day and the session was
 * theirs (every talk of a day they came, the workshops where they had a seat). Breaks never count. Hours are
 * the time the attended sessions cover (parallel sessions count once); the programme's hours likewise.
 */
public record Qualification(boolean qualifies, String reasonKey, List<Object> reasonArguments, List<Slot> attended,
        long minutes, long programmeMinutes) {

    /** A session of the programme as seen from one person. */
    public record Slot(Long sessionId, String title, LocalDateTime start, LocalDateTime end, boolean isBreak,
            boolean isTheirs, boolean doorScanned, boolean admittedAtDoor) {

        boolean attended(Set<LocalDate> daysCheckedIn) {
            if (isBreak) {
                return false;
            }
            return doorScanned ? admittedAtDoor : isTheirs && daysCheckedIn.contains(start.toLocalDate());
        }
    }

    public static Qualification of(Rule rule, int minPercent, List<LocalDate> eventDays, Set<LocalDate> daysCheckedIn,
            List<Slot> programme) {
        List<Slot> attended = programme.stream().filter(slot -> slot.attended(daysCheckedIn))
                .sorted(Comparator.comparing(Slot::start).thenComparing(Slot::end)).toList();
        long minutes = covered(attended);
        long programmeMinutes = covered(programme.stream().filter(slot -> !slot.isBreak()).toList());
        if (rule == Rule.ALL_DAYS) {
            TreeSet<LocalDate> missing = new TreeSet<>(eventDays);
            missing.removeAll(daysCheckedIn);
            return missing.isEmpty() ? yes(attended, minutes, programmeMinutes)
                    : new Qualification(false, "certificate.reason.missingDays", List.of(missing.size(),
                            String.join(", ", missing.stream().map(LocalDate::toString).toList())), attended, minutes,
                            programmeMinutes);
        }
        boolean enough = programmeMinutes > 0 && minutes * 100 >= (long) minPercent * programmeMinutes;
        return enough ? yes(attended, minutes, programmeMinutes)
                : new Qualification(false, "certificate.reason.tooFewHours", List.of(hours(minutes),
                        hours((long) Math.ceil(minPercent * programmeMinutes / 100.0)), minPercent), attended, minutes,
                        programmeMinutes);
    }

    private static Qualification yes(List<Slot> attended, long minutes, long programmeMinutes) {
        return new Qualification(true, "certificate.reason.qualifies", List.of(hours(minutes)), attended, minutes,
                programmeMinutes);
    }

    /** Minutes covered by the slots, each moment once however many slots overlap it. */
    static long covered(List<Slot> slots) {
        List<Slot> sorted = new ArrayList<>(slots);
        sorted.sort(Comparator.comparing(Slot::start));
        long total = 0;
        LocalDateTime coveredUntil = null;
        for (Slot slot : sorted) {
            LocalDateTime from = coveredUntil != null && coveredUntil.isAfter(slot.start()) ? coveredUntil : slot.start();
            if (slot.end().isAfter(from)) {
                total += Duration.between(from, slot.end()).toMinutes();
                coveredUntil = slot.end();
            }
        }
        return total;
    }

    /** Hours with one decimal, as a text in the certificate's language is built from it ("6,5"). */
    public static double hours(long minutes) {
        return Math.round(minutes / 6.0) / 10.0;
    }
}
