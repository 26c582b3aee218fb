package se.samverka.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class SmallGroupsTest {

    static final ResultGroup OTHERS = ResultGroup.others("övriga");
    static final ResultGroup PRESCHOOL = ResultGroup.of("Förskola", 1);
    static final ResultGroup SCHOOL = ResultGroup.of("Skola", 2);
    static final ResultGroup SOCIAL = ResultGroup.of("Socialtjänst", 3);
    static final ResultGroup POLICE = ResultGroup.of("Polis", 4);

    @Test
    void groupsOfThreeOrMoreAreShownAsThemselves() {
        Map<ResultGroup, ResultGroup> shownAs = SmallGroups.fold(sizes(PRESCHOOL, 3, SCHOOL, 12), OTHERS);
        assertEquals(Map.of(PRESCHOOL, PRESCHOOL, SCHOOL, SCHOOL), shownAs);
    }

    @Test
    void smallGroupsGoTogetherIntoOthersWhenThatMakesThree() {
        Map<ResultGroup, ResultGroup> shownAs = SmallGroups.fold(sizes(PRESCHOOL, 5, SCHOOL, 4, SOCIAL, 2, POLICE, 1),
                OTHERS);
        assertEquals(Map.of(PRESCHOOL, PRESCHOOL, SCHOOL, SCHOOL, SOCIAL, OTHERS, POLICE, OTHERS), shownAs);
    }

    @Test
    void othersBelowThreeTakesInTheSmallestShownGroup() {
        Map<ResultGroup, ResultGroup> shownAs = SmallGroups.fold(sizes(PRESCHOOL, 5, SCHOOL, 4, POLICE, 1), OTHERS);
        assertEquals(Map.of(PRESCHOOL, PRESCHOOL, SCHOOL, OTHERS, POLICE, OTHERS), shownAs,
                "a lone police officer would otherwise be 'övriga' = 1, the rest subtracted");
    }

    @Test
    void ofTwoEquallySmallGroupsTheLaterInTheSectorListIsFolded() {
        Map<ResultGroup, ResultGroup> shownAs = SmallGroups.fold(sizes(PRESCHOOL, 3, SCHOOL, 3, POLICE, 2), OTHERS);
        assertEquals(Map.of(PRESCHOOL, PRESCHOOL, SCHOOL, OTHERS, POLICE, OTHERS), shownAs);
    }

    @Test
    void withOneLargeGroupAndOneSmallEverythingIsOthers() {
        // showing "Skola 10" beside a total of 12 would tell the two others' figures
        Map<ResultGroup, ResultGroup> shownAs = SmallGroups.fold(sizes(SCHOOL, 10, POLICE, 2), OTHERS);
        assertEquals(Map.of(SCHOOL, OTHERS, POLICE, OTHERS), shownAs);
    }

    @Test
    void respondentsWithoutAKnownSectorStartInOthers() {
        assertEquals(Map.of(SCHOOL, SCHOOL, OTHERS, OTHERS), SmallGroups.fold(sizes(SCHOOL, 4, OTHERS, 3), OTHERS));
        assertEquals(Map.of(SCHOOL, OTHERS, OTHERS, OTHERS), SmallGroups.fold(sizes(SCHOOL, 4, OTHERS, 1), OTHERS));
    }

    @Test
    void emptyGroupsAreLeftOut() {
        assertEquals(Map.of(SCHOOL, SCHOOL), SmallGroups.fold(sizes(SCHOOL, 4, POLICE, 0), OTHERS));
    }

    // --- properties, over many random sets of sectors and sizes ---

    @Test
    void noShownGroupIsEverSmallerThanThreeAndTheShownAddUpToEveryone() {
        qt().withExamples(3000).forAll(groupSizes()).checkAssert(sizes -> {
            int total = sizes.values().stream().mapToInt(Integer::intValue).sum();
            Map<ResultGroup, Integer> shown = shownSizes(sizes, SmallGroups.fold(sizes, OTHERS));
            assertEquals(total, shown.values().stream().mapToInt(Integer::intValue).sum(), sizes.toString());
            if (total >= SmallGroups.MINIMUM) {
                shown.forEach((group, n) -> assertTrue(n >= SmallGroups.MINIMUM, group + " = " + n + " in " + sizes));
            }
        });
    }

    @Test
    void aLargeGroupIsFoldedOnlyWhenOthersNeedsItAndThenTheSmallestFirst() {
        qt().withExamples(3000).forAll(groupSizes()).checkAssert(sizes -> {
            Map<ResultGroup, ResultGroup> shownAs = SmallGroups.fold(sizes, OTHERS);
            List<Integer> foldedLarge = new ArrayList<>();
            int others = 0;
            int smallestShown = Integer.MAX_VALUE;
            for (Map.Entry<ResultGroup, Integer> group : sizes.entrySet()) {
                if (group.getValue() == 0) {
                    continue;
                }
                if (shownAs.get(group.getKey()).equals(OTHERS)) {
                    others += group.getValue();
                    if (group.getValue() >= SmallGroups.MINIMUM && !group.getKey().others()) {
                        foldedLarge.add(group.getValue());
                    }
                } else {
                    smallestShown = Math.min(smallestShown, group.getValue());
                }
            }
            if (!foldedLarge.isEmpty()) {
                int largest = Collections.max(foldedLarge);
                assertTrue(others - largest < SmallGroups.MINIMUM, "folded one too many: " + sizes);
                assertTrue(largest <= smallestShown, "a larger group folded before a smaller: " + sizes);
            }
        });
    }

    @Test
    void foldingDependsOnTheGroupsNotOnTheOrderTheyComeIn() {
        qt().withExamples(2000).forAll(groupSizes(), SourceDSL.longs().all()).checkAssert((sizes, seed) -> {
            List<Map.Entry<ResultGroup, Integer>> shuffled = new ArrayList<>(sizes.entrySet());
            Collections.shuffle(shuffled, new Random(seed));
            Map<ResultGroup, Integer> reordered = new LinkedHashMap<>();
            shuffled.forEach(entry -> reordered.put(entry.getKey(), entry.getValue()));
            assertEquals(SmallGroups.fold(sizes, OTHERS), SmallGroups.fold(reordered, OTHERS));
        });
    }

    /** Up to nine sectors, some of them tied in size, sometimes with respondents of unknown sector. */
    static Gen<Map<ResultGroup, Integer>> groupSizes() {
        Gen<Integer> size = SourceDSL.integers().between(0, 4).mix(SourceDSL.integers().between(0, 40), 30);
        return SourceDSL.lists().of(size).ofSizeBetween(0, 9).zip(SourceDSL.integers().between(0, 3),
                (List<Integer> list, Integer unknown) -> {
                    Map<ResultGroup, Integer> sizes = new LinkedHashMap<>();
                    for (int i = 0; i < list.size(); i++) {
                        sizes.put(ResultGroup.of("Sektor " + (char) ('A' + i), 10 - i), list.get(i));
                    }
                    if (unknown > 0) {
                        sizes.put(OTHERS, unknown);
                    }
                    return sizes;
                });
    }

    static Map<ResultGroup, Integer> shownSizes(Map<ResultGroup, Integer> sizes, Map<ResultGroup, ResultGroup> shownAs) {
        Map<ResultGroup, Integer> shown = new TreeMap<>();
        sizes.forEach((group, n) -> {
            if (n > 0) {
                shown.merge(shownAs.get(group), n, Integer::sum);
            }
        });
        return shown;
    }

    private static Map<ResultGroup, Integer> sizes(Object... groupsAndSizes) {
        Map<ResultGroup, Integer> sizes = new LinkedHashMap<>();
        for (int i = 0; i < groupsAndSizes.length; i += 2) {
            sizes.put((ResultGroup) groupsAndSizes[i], (Integer) groupsAndSizes[i + 1]);
        }
        return sizes;
    }
}
