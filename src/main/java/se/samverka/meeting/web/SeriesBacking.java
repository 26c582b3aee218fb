package se.samverka.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import se.samverka.meeting.Meeting;
import se.samverka.meeting.MeetingSeries;
import se.samverka.meeting.ScheduleService;
import se.samverka.meeting.SeriesService;
import se.samverka.web.Feedback;

/** One series' page ({@code admin/meetings/series.xhtml?id=}): its description and schedule; {@link RosterBacking} the roster. */
@Named
@ViewScoped
public class SeriesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SeriesService series;

    @Inject
    ScheduleService schedule;

    private Long seriesId;
    private MeetingSeries current;
    private List<Meeting> meetings;
    private LocalDateTime start;
    private LocalDateTime end;
    private String place;
    private String rrule = "FREQ=MONTHLY;BYDAY=2TU;COUNT=6";
    private LocalDateTime firstStart;
    private Integer durationMinutes = 120;

    public void load() {
        current = MeetingPages.load(() -> series.series(seriesId));
        if (current != null) {
            meetings = series.meetings(seriesId);
        }
    }

    public void addOne() {
        schedule.add(seriesId, start, end, place);
        Feedback.info("meetings.added", 1);
        start = null;
        end = null;
        load();
    }

    public void addRecurring() {
        int created = schedule.addRecurring(seriesId, rrule, firstStart, durationMinutes, place).size();
        Feedback.info("meetings.added", created);
        load();
    }

    public MeetingSeries getCurrent() {
        return current;
    }

    public List<Meeting> getMeetings() {
        return meetings;
    }

    public Long getSeriesId() {
        return seriesId;
    }

    /** The page's {@code ?id=} as given: anything but a number finds nothing (404). */
    public String getId() {
        return seriesId == null ? null : seriesId.toString();
    }

    public void setId(String id) {
        this.seriesId = MeetingPages.id(id);
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

    public String getRrule() {
        return rrule;
    }

    public void setRrule(String rrule) {
        this.rrule = rrule;
    }

    public LocalDateTime getFirstStart() {
        return firstStart;
    }

    public void setFirstStart(LocalDateTime firstStart) {
        this.firstStart = firstStart;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }
}
