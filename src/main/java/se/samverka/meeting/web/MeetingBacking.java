package se.samverka.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import se.samverka.meeting.Meeting;
import se.samverka.meeting.MinutesMailer;
import se.samverka.meeting.MinutesService;
import se.samverka.meeting.MinutesService.MeetingRecord;
import se.samverka.meeting.ScheduleService;
import se.samverka.web.Feedback;

/**
 * One meeting's page ({@code admin/meetings/meeting.xhtml?id=}): its time and place, invitations, cancelling and
 * approving. The page's sections ({@link AttendanceTakingBacking}, {@link MinutesBacking}, {@link MeetingActionsBacking})
 * read the record loaded here and ask for a fresh one after each change.
 */
@Named
@ViewScoped
public class MeetingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MinutesService minutes;

    @Inject
    ScheduleService schedule;

    @Inject
    MinutesMailer minutesMailer;

    private Long meetingId;
    private transient MeetingRecord record;
    private LocalDateTime start;
    private LocalDateTime end;
    private String place;

    public void load() {
        record = MeetingPages.load(() -> minutes.record(meetingId));
        if (record != null) {
            start = record.meeting().getStart();
            end = record.meeting().getEnd();
            place = record.meeting().getPlace();
        }
    }

    /** The record as it is now (read again after a change). */
    public MeetingRecord getRecord() {
        if (record == null) {
            record = minutes.record(meetingId);
        }
        return record;
    }

    void changed() {
        record = null;
    }

    public Meeting getMeeting() {
        return getRecord().meeting();
    }

    public void invite() {
        Feedback.info("meetings.invited", schedule.invite(meetingId));
        changed();
    }

    public void mailMinutes() {
        Feedback.info("meetings.minutesMailed", minutesMailer.mail(meetingId));
    }

    public void reschedule() {
        schedule.reschedule(meetingId, start, end, place);
        Feedback.info("meetings.rescheduled");
        changed();
    }

    public void cancel() {
        schedule.cancel(meetingId);
        Feedback.info("meetings.cancelledInfo");
        changed();
    }

    public void approve() {
        minutes.approve(meetingId);
        Feedback.info("meetings.approvedInfo");
        changed();
    }

    public Long getMeetingId() {
        return meetingId;
    }

    /** The page's {@code ?id=} as given: anything but a number finds nothing (404). */
    public String getId() {
        return meetingId == null ? null : meetingId.toString();
    }

    public void setId(String id) {
        this.meetingId = MeetingPages.id(id);
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public void setEnd(LocalDateTime end) {
        this.end = end;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }
}
