package se.samverka.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.samverka.event.Event;
import se.samverka.event.EventType;

/** The survey's own rules: its times, when it is open, closing for good, and the key that finds a person's answers. */
class SurveyTest {

    private static final LocalDateTime OPENS = LocalDateTime.of(2027, 3, 17, 16, 30);
    private static final LocalDateTime CLOSES = OPENS.plusDays(14);

    private static Survey survey() {
        Event event = new Event(EventType.CONFERENCE, "Samverkanskonferens", null, LocalDate.of(2027, 3, 16),
                LocalDate.of(2027, 3, 17));
        return Survey.of(event, OPENS, CLOSES, OPENS.minusDays(30));
    }

    @Test
    void itIsOpenFromItsOpeningUntilJustBeforeItsClosing() {
        Survey survey = survey();
        assertEquals(SurveyStatus.NOT_YET_OPEN, survey.status(OPENS.minusSeconds(1)));
        assertFalse(survey.isOpen(OPENS.minusSeconds(1)));
        assertTrue(survey.isOpen(OPENS));
        assertTrue(survey.isOpen(CLOSES.minusSeconds(1)));
        assertFalse(survey.isOpen(CLOSES), "closed by its time, even before anything erased the salt");
        assertEquals(SurveyStatus.CLOSED, survey.status(CLOSES));
        assertFalse(survey.isClosed());
    }

    @Test
    void answeringOutsideTheTimeIsRefusedSayingWhy() {
        Survey survey = survey();
        SurveyNotOpenException early = assertThrows(SurveyNotOpenException.class,
                () -> survey.requireOpen(OPENS.minusHours(1)));
        assertEquals("Utvärderingen är inte öppen ännu. Den öppnar 2027-03-17 16:30.",
                early.localizedMessage(Locale.forLanguageTag("sv")));
        assertEquals(409, early.kind().status());
        assertThrows(SurveyClosedException.class, () -> survey.requireOpen(CLOSES.plusMinutes(1)));
        survey.requireOpen(OPENS.plusDays(1));
    }

    @Test
    void closingIsForGoodAndErasesTheSalt() {
        Survey survey = survey();
        assertEquals(64, survey.getRespondentSalt().length());
        LocalDateTime now = OPENS.plusDays(2);
        survey.close("anna", now);
        assertNull(survey.getRespondentSalt());
        assertEquals(now, survey.getClosedAt());
        assertEquals("anna", survey.getClosedBy());
        assertTrue(survey.isClosed());
        assertFalse(survey.isOpen(now), "closed by the organiser although its time has not run out");
        assertThrows(SurveyClosedException.class, () -> survey.respondentKey(42L), "no key without the salt");
        assertThrows(SurveyClosedException.class, () -> survey.close("anna", now.plusHours(1)));
        assertThrows(SurveyClosedException.class, () -> survey.reschedule(OPENS, CLOSES.plusDays(7), now),
                "a closed survey does not reopen");
    }

    @Test
    void theKeyIsAnHmacOfTheRegistrationWithTheSurveysOwnSalt() throws Exception {
        Survey survey = survey();
        String key = survey.respondentKey(4711L);
        assertTrue(key.matches("[0-9a-f]{64}"), key);
        assertEquals(key, survey.respondentKey(4711L), "the same person finds the same answers again");
        assertNotEquals(key, survey.respondentKey(4712L));
        assertNotEquals(key, survey().respondentKey(4711L), "another survey, another salt, another key");
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(survey.getRespondentSalt().getBytes(
                java.nio.charset.StandardCharsets.US_ASCII), "HmacSHA256"));
        assertEquals(java.util.HexFormat.of().formatHex(mac.doFinal("4711".getBytes(
                java.nio.charset.StandardCharsets.US_ASCII))), key);
    }

    @Test
    void itClosesAfterItOpensAndAfterNow() {
        Survey survey = survey();
        InvalidSurveyException backwards = assertThrows(InvalidSurveyException.class,
                () -> survey.reschedule(OPENS, OPENS, OPENS.minusDays(1)));
        assertEquals("closes", backwards.field());
        assertEquals("survey.error.closesBeforeOpens", backwards.messageKey());
        InvalidSurveyException past = assertThrows(InvalidSurveyException.class,
                () -> survey.reschedule(OPENS, CLOSES.minusSeconds(2), CLOSES.minusSeconds(1)));
        assertEquals("survey.error.closesInPast", past.messageKey());
        assertThrows(SurveyClosedException.class, () -> survey.reschedule(OPENS, CLOSES.plusDays(7), CLOSES),
                "past its time it is closed, even before the hourly job erased its salt: no reopening");
        assertEquals("opens", assertThrows(InvalidSurveyException.class,
                () -> survey.reschedule(null, CLOSES, OPENS)).field());
        survey.reschedule(OPENS.plusDays(1), CLOSES.plusDays(7), OPENS.plusDays(3));
        assertEquals(OPENS.plusDays(1), survey.getOpensAt());
        assertEquals(CLOSES.plusDays(7), survey.getClosesAt());
    }
}
