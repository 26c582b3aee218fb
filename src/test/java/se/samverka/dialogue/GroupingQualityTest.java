package se.samverka.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.dialogue.Populations.people;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverka.dialogue.TableMixer.Person;

/** The quality figures say when tables mix worse than they could: they are not true of every grouping. */
class GroupingQualityTest {

    @Test
    void tablesBySectorAreFarBelowWhatThePeopleAllow() {
        List<Person> school = people(1, 4, "SCHOOL", "A", "B", "C", "D");
        List<Person> police = people(10, 4, "POLICE", "P", "Q", "R", "S");
        GroupingQuality bySector = GroupingQuality.of(List.of(school, police));

        assertEquals(2, bySector.sectorPairs());
        assertEquals(4, bySector.possibleSectorPairs(), "both sectors could be at both tables");
        assertEquals(2, bySector.fairShare());
        assertEquals(0.5, bySector.sectorMix());
        assertEquals(2, bySector.tablesBelowPossible());
        assertEquals(0.5, bySector.tables().get(0).sectorRatio());

        GroupingQuality mixed = GroupingQuality.of(List.of(
                List.of(school.get(0), school.get(1), police.get(0), police.get(1)),
                List.of(school.get(2), school.get(3), police.get(2), police.get(3))));
        assertEquals(4, mixed.sectorPairs());
        assertEquals(0, mixed.tablesBelowPossible());
        assertEquals(1.0, mixed.tables().get(1).sectorRatio());
    }

    @Test
    void colleaguesAtOneTableCountAsAvoidablePairs() {
        List<Person> together = people(1, 3, "SCHOOL", "Bruksskolan");
        List<Person> others = people(10, 3, "POLICE", "Polisen", "Kommunen", "Regionen");
        GroupingQuality quality = GroupingQuality.of(List.of(together, others));

        assertEquals(3, quality.sameOrganisationPairs(), "three colleagues make three pairs");
        assertEquals(1, quality.unavoidableSameOrganisationPairs(), "three at two tables: two must share");
        assertEquals(2, quality.avoidableSameOrganisationPairs());
        assertEquals(3, quality.tables().get(0).sameOrganisationPairs());
    }

    @Test
    void sizesAreMeasuredOverTablesThatHaveAnyone() {
        List<Person> people = new ArrayList<>(people(1, 5, "SCHOOL", "A", "B", "C", "D", "E"));
        GroupingQuality quality = GroupingQuality.of(List.of(people.subList(0, 4), people.subList(4, 5), List.of()));

        assertEquals(1, quality.smallest());
        assertEquals(4, quality.largest());
        assertEquals(3, quality.sizeSpread());
        assertEquals(2, quality.possibleSectorPairs(), "the empty table does not count");
        assertFalse(quality.tables().get(2).belowPossible());
        assertEquals(0, GroupingQuality.of(List.of()).largest());
    }

    @Test
    void colleaguesSpreadEvenlyMakeTheFewestPairs() {
        assertEquals(0, GroupingQuality.evenlySpreadPairs(5, 5));
        assertEquals(1, GroupingQuality.evenlySpreadPairs(6, 5));
        assertEquals(4, GroupingQuality.evenlySpreadPairs(10, 6));
        assertEquals(45, GroupingQuality.evenlySpreadPairs(10, 1));
        assertTrue(GroupingQuality.evenlySpreadPairs(7, 3) < 7 * 6 / 2);
    }
}
