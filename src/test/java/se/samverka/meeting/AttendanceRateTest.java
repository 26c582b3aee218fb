package se.samverka.meeting;

import se.samverka.platform.SecretTokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverka.platform.DomainEntity;
import se.samverka.registration.Sector;

class AttendanceRateTest {

    static final Sector POLICE = new Sector("POLIS", "Polis", "Police", "#123456", 2);
    static final LocalDateTime JANUARY = LocalDateTime.of(2027, 1, 12, 13, 0);

    final MeetingSeries series = new MeetingSeries("Nätverk TSI", null, JANUARY);
    final Member school1 = new Member(series, "Anna", "anna@s.se", "Bruksskolan", MeetingRulesTest.SCHOOL, JANUARY);
    final Member school2 = new Member(series, "Bo", "bo@s.se", "Bruksskolan", MeetingRulesTest.SCHOOL, JANUARY);
    final Member police = new Member(series, "Cia", "cia@p.se", "Polisen Karlskoga", POLICE, JANUARY);

    @Test
    void anOrganisationCountsOncePerMeetingAndASubstituteCountsAsPresent() throws Exception {
        List<Attendance> rows = new ArrayList<>();
        for (int month = 0; month < 4; month++) {
            Meeting meeting = new Meeting(series, JANUARY.plusMonths(month), JANUARY.plusMonths(month).plusHours(2), null, "t");
            setId(meeting, 100L + month);
            rows.add(marked(meeting, school1, month < 3 ? Presence.PRESENT : Presence.ABSENT, null));
            rows.add(marked(meeting, school2, month < 2 ? Presence.PRESENT : Presence.ABSENT, null));
            rows.add(marked(meeting, police, month == 0 ? Presence.PRESENT : month == 1 ? Presence.EXCUSED : Presence.ABSENT,
                    month == 1 ? "Dan (vikarie)" : null));
        }
        List<AttendanceRate> organisations = AttendanceRate.byOrganisation(rows);
        assertEquals(2, organisations.size());
        AttendanceRate polisen = organisations.get(0);
        assertEquals("Polisen Karlskoga", polisen.organisation(), "lowest rate first");
        assertEquals(4, polisen.meetings());
        assertEquals(2, polisen.present());
        assertEquals(0.5, polisen.rate());
        assertEquals(LocalDate.of(2027, 2, 12), polisen.lastPresent());
        AttendanceRate skolan = organisations.get(1);
        assertEquals(4, skolan.meetings(), "two members, still one organisation per meeting");
        assertEquals(3, skolan.present());
        assertEquals(0.75, skolan.rate());

        List<AttendanceRate> sectors = AttendanceRate.bySector(rows);
        assertNull(sectors.get(0).organisation());
        assertEquals("POLIS", sectors.get(0).sector());
        assertEquals("SKOLA", sectors.get(1).sector());
    }

    private static Attendance marked(Meeting meeting, Member member, Presence presence, String substitute) {
        Attendance attendance = new Attendance(meeting, member, SecretTokens.next());
        attendance.mark(presence, substitute, "karin", meeting.getStart());
        return attendance;
    }

    private static void setId(DomainEntity entity, long id) throws Exception {
        Field field = DomainEntity.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
    }
}
