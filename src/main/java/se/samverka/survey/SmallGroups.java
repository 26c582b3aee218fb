package se.samverka.survey;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Small-group suppression: no group of fewer than {@value #MINIMUM} respondents is ever shown on its own, so that
 * nobody from a small sector (or a small session) can be recognised in the results. Every such group goes into
 * "övriga"; while "övriga" then holds some but fewer than {@value #MINIMUM}, the smallest group still shown joins
 * it too (of two as small, the later in the sector list), until "övriga" has enough or nothing else is left. The
 * outcome depends only on the groups and their sizes, never on the order they come in.
 */
public final class SmallGroups {

    /** The smallest group shown on its own, and the fewest answers a question needs to show any figures. */
    public static final int MINIMUM = 3;

    private static final Comparator<Map.Entry<ResultGroup, Integer>> SMALLEST_LAST_IN_ORDER =
            Map.Entry.<ResultGroup, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()));

    private SmallGroups() {
    }

    /**
     * For each group, the group it is shown as: itself, or {@code others}. A group of no one is left out. A group
     * that is itself "övriga" (respondents whose sector is no longer known) starts out folded.
     */
    public static Map<ResultGroup, ResultGroup> fold(Map<ResultGroup, Integer> sizes, ResultGroup others) {
        Map<ResultGroup, Integer> shown = new TreeMap<>();
        Map<ResultGroup, ResultGroup> shownAs = new HashMap<>();
        int folded = 0;
        for (Map.Entry<ResultGroup, Integer> group : sizes.entrySet()) {
            int n = group.getValue();
            if (n <= 0) {
                continue;
            }
            if (n < MINIMUM || group.getKey().others()) {
                shownAs.put(group.getKey(), others);
                folded += n;
            } else {
                shown.put(group.getKey(), n);
            }
        }
        while (folded > 0 && folded < MINIMUM && !shown.isEmpty()) {
            // key and size read before the removal: a TreeMap may reuse a removed entry for its successor
            Map.Entry<ResultGroup, Integer> smallest = shown.entrySet().stream().min(SMALLEST_LAST_IN_ORDER)
                    .orElseThrow();
            ResultGroup group = smallest.getKey();
            folded += smallest.getValue();
            shown.remove(group);
            shownAs.put(group, others);
        }
        shown.keySet().forEach(group -> shownAs.put(group, group));
        return shownAs;
    }
}
