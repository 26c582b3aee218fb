package se.samverka.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.samverka.platform.SecretTokens;
import se.samverka.registration.SectorService;

/**
 * Takes in a whole series with its history at once (the demo data; a municipality's records from before
 * Samverka): roster, meetings with agenda, minutes, attendance and actions. For code only, never exposed: it
 * runs without a caller, so it checks no convener.
 */
@ApplicationScoped
@Transactional
public class SeriesImport {

    @PersistenceContext
    EntityManager em;

    private final SectorService sectors;

    @Inject
    public SeriesImport(SectorService sectors) {
        this.sectors = sectors;
    }

    /** For CDI's proxy only. */
    protected SeriesImport() {
        this(null);
    }

    public MeetingSeries load(SeriesData data, LocalDateTime now) {
        MeetingSeries series = new MeetingSeries(data.name(), data.purpose(), now);
        series.convenedBy(data.conveners());
        em.persist(series);
        List<Member> members = new ArrayList<>();
        for (MemberData member : data.members()) {
            Member created = new Member(series, member.name(), member.email(), member.organisation(),
                    sectors.byCode(member.sector()), now);
            em.persist(created);
            members.add(created);
        }
        for (MeetingData meetingData : data.meetings()) {
            Meeting meeting = new Meeting(series, meetingData.start(), meetingData.end(), meetingData.place(), SecretTokens.next());
            em.persist(meeting);
            int position = 0;
            for (Map.Entry<String, String> item : meetingData.agenda().entrySet()) {
                AgendaItem agendaItem = new AgendaItem(meeting, ++position, item.getKey(), null, 20);
                agendaItem.writeMinutes(item.getValue());
                em.persist(agendaItem);
            }
            for (int i = 0; i < members.size(); i++) {
                Attendance attendance = new Attendance(meeting, members.get(i), SecretTokens.next());
                Presence presence = meetingData.presence().get(i);
                if (presence != null) {
                    attendance.mark(presence, meetingData.substitutes().get(i), "demo", meetingData.start());
                }
                em.persist(attendance);
            }
            for (ActionData action : meetingData.actions()) {
                ActionItem item = new ActionItem(meeting, action.text(), members.get(action.owner()), action.due(),
                        meetingData.start());
                if (action.doneAt() != null) {
                    item.done("demo", action.doneAt());
                }
                em.persist(item);
            }
            if (meetingData.approved()) {
                meeting.approve("demo", meetingData.end().plusDays(7).isBefore(now) ? meetingData.end().plusDays(7) : now);
            }
        }
        return series;
    }

    public boolean isEmpty() {
        return em.createQuery("select count(s) from MeetingSeries s", Long.class).getSingleResult() == 0;
    }

    public record SeriesData(String name, String purpose, List<String> conveners, List<MemberData> members,
            List<MeetingData> meetings) {
    }

    public record MemberData(String name, String email, String organisation, String sector) {
    }

    /** {@code presence} and {@code substitutes} by the member's index in the roster; {@code agenda} title to minutes. */
    public record MeetingData(LocalDateTime start, LocalDateTime end, String place, Map<String, String> agenda,
            Map<Integer, Presence> presence, Map<Integer, String> substitutes, List<ActionData> actions, boolean approved) {
    }

    /** {@code owner} is the member's index in the roster; {@code doneAt} null while open. */
    public record ActionData(String text, int owner, LocalDate due, LocalDateTime doneAt) {
    }
}
