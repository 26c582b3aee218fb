package se.samverka.survey;

import java.util.Comparator;

/**
 * A group respondents are counted in: a sector (by its name in the reader's language, in the sector list's order),
 * everyone together, or "övriga", where the groups too small to be shown on their own go. Pure data: the results
 * are computed without the database.
 */
public record ResultGroup(String label, int position, boolean others) implements Comparable<ResultGroup> {

    private static final Comparator<ResultGroup> ORDER = Comparator.<ResultGroup, Boolean>comparing(
            ResultGroup::others).thenComparingInt(ResultGroup::position).thenComparing(ResultGroup::label);

    public ResultGroup {
        if (label == null) {
            throw new IllegalArgumentException("A group needs a label");
        }
    }

    /** A sector: shown on its own when it has enough respondents. */
    public static ResultGroup of(String label, int position) {
        return new ResultGroup(label, position, false);
    }

    /** Everyone together, for results that are not split by sector. */
    public static ResultGroup everyone(String label) {
        return new ResultGroup(label, 0, false);
    }

    /** "övriga": the small groups together (and respondents whose sector is no longer known). */
    public static ResultGroup others(String label) {
        return new ResultGroup(label, Integer.MAX_VALUE, true);
    }

    /** Sectors in their list's order, "övriga" last. */
    @Override
    public int compareTo(ResultGroup other) {
        return ORDER.compare(this, other);
    }
}
