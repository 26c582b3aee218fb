package se.samverka.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverka.event.Event;
import se.samverka.event.EventType;
import se.samverka.registration.Sector;

/** A response replaces its answers as a whole and has nothing of the person but their sector. */
class SurveyResponseTest {

    private final Survey survey = Survey.of(new Event(EventType.CONFERENCE, "Samverkanskonferens", null,
            LocalDate.of(2027, 3, 16), LocalDate.of(2027, 3, 17)), LocalDateTime.of(2027, 3, 17, 16, 30),
            LocalDateTime.of(2027, 3, 31, 16, 30), LocalDateTime.of(2027, 1, 1, 0, 0));

    @Test
    void answeringAgainReplacesEveryAnswerAndTheSector() {
        Sector school = new Sector("SCHOOL", "Skola", "School", "#22aa66", 2);
        Sector social = new Sector("SOCIAL_SERVICES", "Socialtjänst", "Social services", "#aa2266", 3);
        SurveyResponse response = new SurveyResponse(survey, school, "k".repeat(64));
        response.replace(Map.of(1L, "4", 2L, "Ja"), school);
        response.replace(Map.of(1L, "5"), social);
        assertEquals(Map.of(1L, "5"), response.getAnswers(), "the question left out is no longer answered");
        assertEquals(social, response.getSector());
        assertThrows(UnsupportedOperationException.class, () -> response.getAnswers().put(3L, "x"));
        assertEquals("survey.error.noAnswers", assertThrows(InvalidSurveyException.class,
                () -> response.replace(Map.of(), school)).messageKey());
    }

    @Test
    void itsIdIsRandomNotFromTheSequence() {
        String first = new SurveyResponse(survey, null, "a".repeat(64)).getId();
        String second = new SurveyResponse(survey, null, "b".repeat(64)).getId();
        assertEquals(36, first.length());
        assertNotEquals(first, second);
        assertEquals(4, java.util.UUID.fromString(first).version(), "a random UUID");
    }
}
