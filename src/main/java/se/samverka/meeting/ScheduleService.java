package se.samverka.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import se.samverka.platform.NotFoundException;
import se.samverka.platform.SecretTokens;

/**
 * A series' schedule: meetings added one by one or from a recurrence rule, moved or cancelled (members who were
 * invited get an update or a cancellation that their calendars apply), invitations and reminders.
 */
@ApplicationScoped
@Transactional
public class ScheduleService {

    @PersistenceContext
    EntityManager em;

    private final SeriesService series;
    private final MeetingAccess access;
    private final MeetingInvitations invitations;
    private final Clock clock;

    @Inject
    public ScheduleService(SeriesService series, MeetingAccess access, MeetingInvitations invitations, Clock clock) {
        this.series = series;
        this.access = access;
        this.invitations = invitations;
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected ScheduleService() {
        this(null, null, null, null);
    }

    public Meeting add(Long seriesId, LocalDateTime start, LocalDateTime end, String place) {
        MeetingSeries owner = series.series(seriesId);
        return persist(new Meeting(owner, start, end, place, SecretTokens.next()));
    }

    /** Meetings at every start the rule gives, each {@code durationMinutes} long. */
    public List<Meeting> addRecurring(Long seriesId, String rrule, LocalDateTime firstStart, Integer durationMinutes,
            String place) {
        MeetingSeries owner = series.series(seriesId);
        if (durationMinutes == null || durationMinutes < 1 || durationMinutes > Meeting.LONGEST.toMinutes()) {
            throw new InvalidMeetingException("durationMinutes", "meeting.error.duration");
        }
        List<Meeting> created = new ArrayList<>();
        for (LocalDateTime start : Recurrence.starts(rrule, firstStart)) {
            created.add(persist(new Meeting(owner, start, start.plus(Duration.ofMinutes(durationMinutes)), place,
                    SecretTokens.next())));
        }
        return created;
    }

    private Meeting persist(Meeting meeting) {
        em.persist(meeting);
        em.createQuery("select m from Member m where m.series = :series and m.active = true", Member.class)
                .setParameter("series", meeting.getSeries()).getResultList()
                .forEach(member -> em.persist(new Attendance(meeting, member, SecretTokens.next())));
        return meeting;
    }

    /** Moves a meeting or changes its place; invited members get the update. */
    public Meeting reschedule(Long meetingId, LocalDateTime start, LocalDateTime end, String place) {
        Meeting meeting = meeting(meetingId);
        if (meeting.reschedule(start == null ? meeting.getStart() : start, end == null ? meeting.getEnd() : end,
                place == null ? meeting.getPlace() : place)) {
            invitations.send(meeting, MeetingInvitations.Kind.UPDATE);
        }
        return meeting;
    }

    /** Calls a meeting off; invited members get a cancellation. */
    public Meeting cancel(Long meetingId) {
        Meeting meeting = meeting(meetingId);
        if (meeting.cancel()) {
            invitations.send(meeting, MeetingInvitations.Kind.CANCELLATION);
        }
        return meeting;
    }

    /** Sends the invitation to every member (again, to those who got it before); returns how many. */
    public int invite(Long meetingId) {
        Meeting meeting = meeting(meetingId);
        meeting.invited(SeriesService.now(clock));
        return invitations.send(meeting, MeetingInvitations.Kind.INVITATION);
    }

    /** Reminds the members of every invited meeting that is near and not reminded yet (scheduled, once a day). */
    public int remindDue() {
        LocalDateTime now = SeriesService.now(clock);
        int sent = 0;
        for (Meeting meeting : em.createQuery("select m from Meeting m where m.status = :planned and m.invitedAt is not null"
                        + " and m.remindedAt is null and m.start > :now", Meeting.class)
                .setParameter("planned", MeetingStatus.PLANNED).setParameter("now", now).getResultList()) {
            if (meeting.reminderDue(now)) {
                meeting.reminded(now);
                sent += invitations.send(meeting, MeetingInvitations.Kind.REMINDER);
            }
        }
        return sent;
    }

    /** The series as a calendar feed. */
    public byte[] calendar(Long seriesId) {
        MeetingSeries owner = series.series(seriesId);
        return invitations.calendar().feed(owner, series.meetings(seriesId));
    }

    /** A meeting whose check-in QR code the caller may show (its series loaded). */
    public Meeting forWall(Long meetingId) {
        Meeting meeting = meeting(meetingId);
        meeting.requirePlanned();
        meeting.getSeries().getName();
        return meeting;
    }

    SeriesService series() {
        return series;
    }

    Meeting meeting(Long meetingId) {
        Meeting meeting = meetingId == null ? null : em.find(Meeting.class, meetingId);
        if (meeting == null) {
            throw new NotFoundException("meeting", meetingId);
        }
        access.require(meeting.getSeries());
        return meeting;
    }
}
