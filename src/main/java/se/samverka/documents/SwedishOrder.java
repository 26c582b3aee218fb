package se.samverka.documents;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import se.samverka.platform.SwedishCollation;

/**
 * Names in Swedish alphabetical order (Å, Ä, Ö after Z; case and accents only break ties), by
 * surname, then first name. Documents print rows in the order they are given; callers sort with
 * these, or query in the order of {@link SwedishCollation#sortKey}.
 */
public final class SwedishOrder {

    public static final Locale SWEDISH = SwedishCollation.SWEDISH;

    /** Attendance rows by surname, then first name. */
    public static final Comparator<AttendanceRow> ATTENDANCE = byName(AttendanceRow::lastName,
            AttendanceRow::firstName);

    /** Participant rows by surname, then first name (within a sector: sort by sector first). */
    public static final Comparator<ParticipantRow> PARTICIPANTS = byName(ParticipantRow::lastName,
            ParticipantRow::firstName);

    /** Badges by surname, then first name. */
    public static final Comparator<BadgeCard> BADGES = byName(BadgeCard::lastName, BadgeCard::firstName);

    private SwedishOrder() {
    }

    /** Strings in Swedish order; nulls first. */
    public static Comparator<String> strings() {
        return SwedishCollation.strings();
    }

    /** Anything with a surname and a first name, by surname, then first name, in Swedish order. */
    public static <T> Comparator<T> byName(Function<T, String> lastName, Function<T, String> firstName) {
        Comparator<String> strings = strings();
        return Comparator.comparing(lastName, strings).thenComparing(firstName, strings);
    }
}
