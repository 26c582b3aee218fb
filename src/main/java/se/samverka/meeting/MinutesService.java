package se.samverka.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import se.samverka.platform.NotFoundException;
import se.samverka.platform.SecretTokens;

/**
 * What happens at a meeting: the agenda (added, reordered, moved on to the next meeting), attendance, minutes per
 * item, decisions, action items, and approval (justering). Once approved, the minutes are locked: every later
 * change to minutes, decisions or attendance is kept as an amendment with who and when.
 */
@ApplicationScoped
@Transactional
public class MinutesService {

    @PersistenceContext
    EntityManager em;

    private final ScheduleService schedule;
    private final MeetingAccess access;
    private final MeetingQueries queries;
    private final Clock clock;

    @Inject
    public MinutesService(ScheduleService schedule, MeetingAccess access, MeetingQueries queries, Clock clock) {
        this.schedule = schedule;
        this.access = access;
        this.queries = queries;
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected MinutesService() {
        this(null, null, null, null);
    }

    /** Everything about one meeting, for its convener. */
    public MeetingRecord record(Long meetingId) {
        Meeting meeting = schedule.meeting(meetingId);
        return new MeetingRecord(meeting, agenda(meeting), attendance(meeting), decisions(meeting), actions(meeting),
                amendments(meeting), LocalDate.now(clock));
    }

    public AgendaItem addItem(Long meetingId, String title, String presenter, Integer minutes) {
        Meeting meeting = schedule.meeting(meetingId);
        meeting.requirePlanned();
        lockAgainstApproval(meeting);
        AgendaItem item = new AgendaItem(meeting, agenda(meeting).size() + 1, title, presenter, minutes == null ? 0 : minutes);
        em.persist(item);
        amend(meeting, "+ " + item.getTitle(), null, item.getTitle());
        return item;
    }

    /** Moves an item one place up ({@code -1}) or down ({@code +1}) on its agenda. */
    public void moveItem(Long meetingId, Long itemId, int step) {
        AgendaItem item = item(meetingId, itemId);
        item.getMeeting().requirePlanned();
        lockAgainstApproval(item.getMeeting());
        List<AgendaItem> agenda = new java.util.ArrayList<>(agenda(item.getMeeting()));
        int from = agenda.indexOf(item);
        int to = Math.max(0, Math.min(agenda.size() - 1, from + Integer.signum(step)));
        agenda.remove(from);
        agenda.add(to, item);
        renumber(agenda);
        amend(item.getMeeting(), item.getTitle(), String.valueOf(from + 1), String.valueOf(to + 1));
    }

    /** Moves an item without minutes to the end of the series' next planned meeting; returns that meeting. */
    public Meeting moveToNext(Long meetingId, Long itemId) {
        AgendaItem item = item(meetingId, itemId);
        Meeting from = item.getMeeting();
        LocalDateTime after = from.getStart().isAfter(SeriesService.now(clock)) ? from.getStart() : SeriesService.now(clock);
        Meeting next = em.createQuery("select m from Meeting m where m.series = :series and m.status = :planned"
                        + " and m.approvedAt is null and m.start > :after order by m.start", Meeting.class)
                .setParameter("series", from.getSeries()).setParameter("planned", MeetingStatus.PLANNED)
                .setParameter("after", after).setMaxResults(1)
                .getResultStream().findFirst()
                .orElseThrow(() -> InvalidMeetingException.conflict("meeting.error.noNextMeeting"));
        item.moveTo(next, agenda(next).size() + 1);
        amend(from, "→ " + item.getTitle(), item.getTitle(), null);
        em.flush();
        renumber(agenda(from));
        return next;
    }

    public AgendaItem writeMinutes(Long meetingId, Long itemId, String text) {
        return writeMinutes(meetingId, itemId, text, null);
    }

    /**
     * Writes an item's minutes as the writer last saw them: when {@code seenVersion} is given and someone else
     * saved the item since, nothing is overwritten (409).
     */
    public AgendaItem writeMinutes(Long meetingId, Long itemId, String text, Long seenVersion) {
        AgendaItem item = item(meetingId, itemId);
        if (seenVersion != null && seenVersion != item.getVersion()) {
            throw new se.samverka.platform.Refusals.ConcurrentChange();
        }
        item.getMeeting().requirePlanned();
        lockAgainstApproval(item.getMeeting());
        String before = item.writeMinutes(text);
        amend(item.getMeeting(), item.getPosition() + ". " + item.getTitle(), before, item.getMinutesText());
        em.flush();
        return item;
    }

    public Decision decide(Long meetingId, Long itemId, String text) {
        Meeting meeting = schedule.meeting(meetingId);
        meeting.requirePlanned();
        lockAgainstApproval(meeting);
        AgendaItem item = itemId == null ? null : em.find(AgendaItem.class, itemId);
        if (itemId != null && (item == null || !item.getMeeting().equals(meeting))) {
            throw new InvalidMeetingException("itemId", "meeting.error.itemElsewhere");
        }
        Decision decision = new Decision(meeting, item, text, SeriesService.now(clock));
        em.persist(decision);
        amend(meeting, "Beslut / Decision", null, decision.getText());
        return decision;
    }

    /** The convener marks one member present, absent or excused (with an optional substitute). */
    public Attendance mark(Long meetingId, Long memberId, Presence status, String substitute) {
        Meeting meeting = schedule.meeting(meetingId);
        Attendance attendance = em.createQuery("select a from Attendance a where a.meeting = :meeting"
                        + " and a.member.id = :member", Attendance.class)
                .setParameter("meeting", meeting).setParameter("member", memberId)
                .getResultStream().findFirst().orElseGet(() -> newAttendance(meeting, memberId));
        lockAgainstApproval(meeting);
        String before = attendance.mark(status, substitute, access.username(), SeriesService.now(clock));
        amend(meeting, attendance.getMember().getName(), before, attendance.describe());
        return attendance;
    }

    private Attendance newAttendance(Meeting meeting, Long memberId) {
        Member member = memberId == null ? null : em.find(Member.class, memberId);
        if (member == null || !member.getSeries().equals(meeting.getSeries())) {
            throw new NotFoundException("member", memberId);
        }
        Attendance attendance = new Attendance(meeting, member, SecretTokens.next());
        em.persist(attendance);
        return attendance;
    }

    public ActionItem addAction(Long meetingId, String text, Long ownerId, LocalDate dueDate) {
        Meeting meeting = schedule.meeting(meetingId);
        Member owner = ownerId == null ? null : em.find(Member.class, ownerId);
        if (ownerId != null && owner == null) {
            throw new InvalidMeetingException("ownerId", "meeting.error.actionOwner");
        }
        ActionItem action = new ActionItem(meeting, text, owner, dueDate, SeriesService.now(clock));
        em.persist(action);
        amend(meeting, "Åtgärd / Action", null, action.getText());
        return action;
    }

    /** Marks an action done (or open again). */
    public ActionItem changeAction(Long actionId, ActionStatus status) {
        ActionItem action = actionId == null ? null : em.find(ActionItem.class, actionId);
        if (action == null) {
            throw new NotFoundException("action", actionId);
        }
        access.require(action.getSeries());
        if (status == null) {
            throw new InvalidMeetingException("status", "meeting.error.actionStatus");
        }
        if (status == ActionStatus.DONE) {
            action.done(access.username(), SeriesService.now(clock));
        } else {
            action.reopen();
        }
        return action;
    }

    /** Approves the minutes: locked from now on. */
    public Meeting approve(Long meetingId) {
        Meeting meeting = schedule.meeting(meetingId);
        meeting.approve(access.username(), SeriesService.now(clock));
        return meeting;
    }

    /** The series' actions, newest meeting first, filtered: open only, overdue only, one organisation. */
    public List<ActionItem> actions(Long seriesId, boolean openOnly, boolean overdueOnly, String organisation) {
        MeetingSeries series = schedule.series().series(seriesId);
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("select a from ActionItem a join fetch a.meeting where a.series = :series"
                        + " order by a.status desc, a.dueDate nulls last, a.id", ActionItem.class)
                .setParameter("series", series).getResultList().stream()
                .filter(a -> !openOnly || a.isOpen())
                .filter(a -> !overdueOnly || a.isOverdue(today))
                .filter(a -> organisation == null || organisation.isBlank() || a.getOrganisation().equals(organisation))
                .toList();
    }

    /** The series' active members, by name: who gets the minutes. */
    List<Member> activeMembers(Meeting meeting) {
        return em.createQuery("select m from Member m where m.series = :series and m.active = true order by m.name",
                Member.class).setParameter("series", meeting.getSeries()).getResultList();
    }

    /**
     * A change to the minutes commits only if the meeting was not approved meanwhile (approving raises the
     * meeting's version), so that no change slips past the lock without its amendment: the loser gets a 409.
     */
    private void lockAgainstApproval(Meeting meeting) {
        em.lock(meeting, jakarta.persistence.LockModeType.OPTIMISTIC);
    }

    private void amend(Meeting meeting, String what, String before, String after) {
        Amendment amendment = meeting.amendment(what, before, after, access.username(), SeriesService.now(clock));
        if (amendment != null) {
            em.persist(amendment);
        }
    }

    private AgendaItem item(Long meetingId, Long itemId) {
        AgendaItem item = itemId == null ? null : em.find(AgendaItem.class, itemId);
        if (item == null || !item.getMeeting().getId().equals(meetingId)) {
            throw new NotFoundException("agenda item", itemId);
        }
        access.require(item.getMeeting().getSeries());
        return item;
    }

    private static void renumber(List<AgendaItem> agenda) {
        for (int i = 0; i < agenda.size(); i++) {
            agenda.get(i).placeAt(i + 1);
        }
    }

    List<AgendaItem> agenda(Meeting meeting) {
        return queries.agenda(meeting);
    }

    List<Attendance> attendance(Meeting meeting) {
        return em.createQuery("select a from Attendance a join fetch a.member m where a.meeting = :meeting"
                + " order by m.organisation, m.name", Attendance.class).setParameter("meeting", meeting).getResultList();
    }

    private List<Decision> decisions(Meeting meeting) {
        return em.createQuery("select d from Decision d where d.meeting = :meeting order by d.madeAt, d.id", Decision.class)
                .setParameter("meeting", meeting).getResultList();
    }

    /** The meeting's own actions and those carried over from earlier meetings of the series. */
    private List<ActionItem> actions(Meeting meeting) {
        return em.createQuery("select a from ActionItem a join fetch a.meeting m where a.series = :series"
                        + " and m.start <= :start order by m.start, a.id", ActionItem.class)
                .setParameter("series", meeting.getSeries()).setParameter("start", meeting.getStart()).getResultList()
                .stream().filter(a -> a.getMeeting().equals(meeting) || a.carriesOverTo(meeting)).toList();
    }

    private List<Amendment> amendments(Meeting meeting) {
        return em.createQuery("select a from Amendment a where a.meeting = :meeting order by a.madeAt, a.id", Amendment.class)
                .setParameter("meeting", meeting).getResultList();
    }

    /** Carries what the minutes PDF and the pages need. */
    public record MeetingRecord(Meeting meeting, List<AgendaItem> agenda, List<Attendance> attendance,
            List<Decision> decisions, List<ActionItem> actions, List<Amendment> amendments, LocalDate today) {
    }
}
