package se.samverka.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.samverka.platform.Messages;
import se.samverka.registration.Sector;

class SectorMixTest {

    private static final Sector PRESCHOOL = new Sector("PRESCHOOL", "Förskola", "Preschool", "#F2C14E", 1);
    private static final Sector SCHOOL = new Sector("SCHOOL", "Skola", "School", "#3C78D8", 2);
    private static final Sector SOCIAL = new Sector("SOCIAL_SERVICES", "Socialtjänst", "Social services", "#8E7CC3", 3);
    private static final Sector POLICE = new Sector("POLICE", "Polis", "Police", "#1C4587", 4);

    @Test
    void countsPerSectorTheMostNumerousFirstAndEqualCountsInTheSectorsOrder() {
        SectorMix mix = SectorMix.of(List.of(POLICE, SCHOOL, SOCIAL, SCHOOL), Messages.SWEDISH);
        assertEquals("Skola 2, Socialtjänst 1, Polis 1", mix.text());
        assertEquals(List.of(new SectorMix.Share("Skola", 2), new SectorMix.Share("Socialtjänst", 1),
                new SectorMix.Share("Polis", 1)), mix.shares());
        assertEquals("Preschool 1, School 1", SectorMix.of(List.of(SCHOOL, PRESCHOOL), Locale.ENGLISH).text());
        assertEquals("", SectorMix.of(List.of(), Messages.SWEDISH).text(), "an empty table");
    }

    @Test
    void sectorsAreTheSameByTheirCodeNotByTheObject() {
        Sector schoolAgain = new Sector("SCHOOL", "Skola", "School", "#3C78D8", 2);
        assertEquals("Skola 2", SectorMix.of(List.of(SCHOOL, schoolAgain), Messages.SWEDISH).text());
    }
}
