package se.samverka.participants;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.samverka.documents.NeedCount;
import se.samverka.platform.SwedishCollation;

/**
 * Counts needs written as free text by kind: " vegetarisk.", "Vegetarisk" and "VEGETARISK" are one kind. Spaces
 * are trimmed and runs of them made one, a closing full stop or comma dropped, and case ignored; a kind is shown
 * as most of its people wrote it (the first such on a tie), with a capital first letter, so "ADHD" stays "ADHD".
 * A text naming several needs ("vegetarisk, glutenfri") stays one kind: splitting it could part what belongs
 * together ("laktosfri, ej mjölkprotein"), and the kitchen reads the names beside the counts.
 */
final class NeedsTally {

    private static final Locale SWEDISH = SwedishCollation.SWEDISH;

    private NeedsTally() {
    }

    /** The kinds and how many stated each, most frequent first, then in Swedish order; blank texts left out. */
    static List<NeedCount> count(Collection<String> needs) {
        Map<String, Map<String, Integer>> spellings = new LinkedHashMap<>();
        for (String need : needs) {
            String written = tidy(need);
            if (!written.isEmpty()) {
                spellings.computeIfAbsent(written.toLowerCase(SWEDISH), key -> new LinkedHashMap<>())
                        .merge(written, 1, Integer::sum);
            }
        }
        return spellings.values().stream()
                .map(ways -> new NeedCount(capitalised(commonest(ways)),
                        ways.values().stream().mapToInt(Integer::intValue).sum()))
                .sorted(Comparator.comparingInt(NeedCount::count).reversed()
                        .thenComparing(NeedCount::need, SwedishCollation.strings()))
                .toList();
    }

    /** Whether the text states a need at all. */
    static boolean stated(String need) {
        return !tidy(need).isEmpty();
    }

    /** Trimmed, single-spaced, without a closing full stop, comma or semicolon; "" when blank. */
    static String tidy(String need) {
        if (need == null) {
            return "";
        }
        String text = need.strip().replaceAll("\\s+", " ");
        while (!text.isEmpty() && ".,;".indexOf(text.charAt(text.length() - 1)) >= 0) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        return text;
    }

    private static String commonest(Map<String, Integer> ways) {
        String best = null;
        for (Map.Entry<String, Integer> way : ways.entrySet()) {
            if (best == null || way.getValue() > ways.get(best)) {
                best = way.getKey();
            }
        }
        return best;
    }

    private static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase(SWEDISH) + text.substring(1);
    }
}
