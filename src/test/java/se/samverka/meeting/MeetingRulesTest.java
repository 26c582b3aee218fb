package se.samverka.meeting;

import se.samverka.platform.SecretTokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import se.samverka.platform.DomainException;
import se.samverka.registration.Sector;

/** The series' rules on plain objects: approval lock, calendar sequence, carry-over, replies. */
class MeetingRulesTest {

    static final Sector SCHOOL = new Sector("SKOLA", "Skola", "School", "#1F5F8B", 1);
    static final LocalDateTime MARCH = LocalDateTime.of(2027, 3, 9, 13, 0);

    final MeetingSeries series = new MeetingSeries("EST-gruppen", "Trygghet i skolan", MARCH.minusMonths(3));
    final Member anna = new Member(series, "Anna Berg", "Anna.Berg@Degerfors.se", "Degerfors kommun, skola", SCHOOL,
            MARCH.minusMonths(3));

    Meeting meeting(LocalDateTime start) {
        return new Meeting(series, start, start.plusHours(2), "Kommunhuset", SecretTokens.next());
    }

    @Test
    void aDraftChangesFreelyButApprovedMinutesKeepEveryChangeAsAnAmendment() {
        Meeting march = meeting(MARCH);
        assertNull(march.amendment("1. Läget", null, "Text", "karin", MARCH.plusHours(1)));
        assertEquals("meeting.error.approveBeforeStart", assertThrows(InvalidMeetingException.class,
                () -> march.approve("karin", MARCH.minusDays(1))).messageKey());

        march.approve("karin", MARCH.plusDays(2));
        assertTrue(march.isApproved());
        Amendment amendment = march.amendment("1. Läget", "Text", "Rättad text", "karin", MARCH.plusDays(3));
        assertNotNull(amendment);
        assertEquals("Text", amendment.getOldText());
        assertEquals("Rättad text", amendment.getNewText());
        assertNull(march.amendment("1. Läget", "Samma", "Samma", "karin", MARCH.plusDays(3)), "no change, no amendment");

        InvalidMeetingException twice = assertThrows(InvalidMeetingException.class, () -> march.approve("bo", MARCH.plusDays(4)));
        assertEquals(DomainException.Kind.CONFLICT, twice.kind());
        assertThrows(InvalidMeetingException.class, () -> march.reschedule(MARCH.plusDays(7), MARCH.plusDays(7).plusHours(1), null));
        assertThrows(InvalidMeetingException.class, march::cancel);
    }

    @Test
    void onlyAChangeMembersWereToldOfRaisesTheCalendarSequence() {
        Meeting march = meeting(MARCH);
        assertFalse(march.reschedule(MARCH.plusHours(1), MARCH.plusHours(3), "Kommunhuset"), "not invited yet");
        assertEquals(0, march.getCalendarSequence());

        march.invited(MARCH.minusDays(20));
        assertFalse(march.reschedule(MARCH.plusHours(1), MARCH.plusHours(3), " Kommunhuset "), "nothing changed");
        assertEquals(0, march.getCalendarSequence());
        assertTrue(march.reschedule(MARCH.plusHours(1), MARCH.plusHours(3), "Folkets hus"));
        assertEquals(1, march.getCalendarSequence());
        assertTrue(march.cancel());
        assertEquals(2, march.getCalendarSequence());
        assertTrue(march.isCancelled());
        assertThrows(InvalidMeetingException.class, march::cancel);
    }

    @Test
    void aMeetingEndsAfterItStartsAndLastsAtMostTwelveHours() {
        assertEquals("end", assertThrows(InvalidMeetingException.class,
                () -> new Meeting(series, MARCH, MARCH, null, "t")).field());
        assertEquals("end", assertThrows(InvalidMeetingException.class,
                () -> new Meeting(series, MARCH, MARCH.plusHours(13), null, "t")).field());
    }

    @Test
    void anOpenActionCarriesOverUntilItIsDone() {
        Meeting march = meeting(MARCH);
        Meeting april = meeting(MARCH.plusWeeks(5));
        Meeting may = meeting(MARCH.plusWeeks(9));
        ActionItem action = new ActionItem(march, "Bjud in polisen till nästa möte", anna, LocalDate.of(2027, 4, 1), MARCH);
        assertFalse(action.carriesOverTo(march), "its own meeting shows it as new");
        assertTrue(action.carriesOverTo(april));
        assertTrue(action.isOverdue(LocalDate.of(2027, 4, 2)));
        assertFalse(action.isOverdue(LocalDate.of(2027, 4, 1)));

        action.done("karin", april.getStart().plusMinutes(30));
        assertTrue(action.carriesOverTo(april), "closed at April's meeting: still shown there, as done");
        assertFalse(action.carriesOverTo(may), "gone from the agenda after that");
        assertFalse(action.isOverdue(LocalDate.of(2027, 6, 1)));
        assertEquals("Degerfors kommun, skola", action.getOrganisation());
    }

    @Test
    void cannotComeWithASubstituteCountsAsExcusedAndTheOrganisationAsRepresented() {
        Meeting march = meeting(MARCH);
        Attendance attendance = new Attendance(march, anna, SecretTokens.next());
        assertEquals("anna.berg@degerfors.se", anna.getEmail());

        attendance.answer(Reply.NOT_COMING, "Per Ek", MARCH.minusDays(2));
        assertEquals(Presence.EXCUSED, attendance.getStatus());
        assertEquals("Per Ek", attendance.getSubstitute());
        assertTrue(attendance.represented(), "the substitute came in her place");

        attendance.mark(Presence.ABSENT, "ignored", "karin", MARCH.plusHours(1));
        assertNull(attendance.getSubstitute(), "a substitute belongs to an excused member only");
        assertFalse(attendance.represented());
        attendance.answer(Reply.COMING, null, MARCH.minusHours(1));
        assertEquals(Presence.ABSENT, attendance.getStatus(), "the convener's mark stands over a later reply");
        assertEquals("meeting.error.replyTooLate", assertThrows(InvalidMeetingException.class,
                () -> attendance.answer(Reply.COMING, null, MARCH.plusHours(3))).messageKey());
    }

    @Test
    void aReminderIsDueOnceTheConfiguredDaysBefore() {
        Meeting march = meeting(MARCH);
        assertFalse(march.reminderDue(MARCH.minusDays(2)), "never invited");
        march.invited(MARCH.minusDays(20));
        assertFalse(march.reminderDue(MARCH.minusDays(4)));
        assertTrue(march.reminderDue(MARCH.minusDays(3)));
        march.reminded(MARCH.minusDays(3));
        assertFalse(march.reminderDue(MARCH.minusDays(1)));

        assertTrue(march.reschedule(MARCH.plusDays(7), MARCH.plusDays(7).plusHours(2), "Kommunhuset"));
        assertTrue(march.reminderDue(MARCH.plusDays(4)), "moved: reminded again before the new date");

        Meeting late = meeting(MARCH.plusMonths(1));
        late.invited(MARCH.plusMonths(1).minusDays(1));
        assertFalse(late.reminderDue(MARCH.plusMonths(1).minusDays(1)), "invited inside the window: no reminder on top");
    }

    @Test
    void approvedMinutesShowActionsAsTheyStoodAndRepliesStop() {
        Meeting march = meeting(MARCH);
        ActionItem action = new ActionItem(march, "Bjud in polisen", anna, null, MARCH);
        march.approve("karin", MARCH.plusDays(2));
        action.done("karin", MARCH.plusDays(10));
        assertFalse(action.wasDoneAt(march.getApprovedAt()), "still open when the minutes were approved");
        assertTrue(action.wasDoneAt(MARCH.plusDays(10)));
        Attendance attendance = new Attendance(march, anna, SecretTokens.next());
        assertEquals("meeting.error.alreadyApproved", assertThrows(InvalidMeetingException.class,
                () -> attendance.answer(Reply.COMING, null, MARCH.plusHours(1))).messageKey());
    }

    @Test
    void aMemberNeedsAnAddressWithADomainAsEveryOtherPersonInSamverka() {
        for (String typo : new String[] {"a@b", "anna@degerfors", "Anna <anna@degerfors.se>", "anna@@degerfors.se"}) {
            assertThrows(InvalidMeetingException.class, () -> anna.change("Anna Berg", typo, "Skolan", SCHOOL), typo);
        }
        anna.change("Anna Berg", "anna.berg@skola.degerfors.se", "Skolan", SCHOOL);
        assertEquals("anna.berg@skola.degerfors.se", anna.getEmail());
    }
}
