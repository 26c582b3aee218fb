package se.samverka.program.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import se.samverka.program.Session;
import se.samverka.program.SessionDetails;
import se.samverka.program.SessionKind;
import se.samverka.program.Speaker;

/** What the session form edits: a day and two times instead of two date-times; room and theme by name. */
public class SessionForm implements Serializable {

    private String title;
    private SessionKind kind = SessionKind.TALK;
    private String theme;
    private String room;
    private LocalDate day;
    private LocalTime startTime;
    private LocalTime endTime;
    private Integer capacity;
    private List<Long> speakerIds = new ArrayList<>();
    private String summary;

    public static SessionForm blank(LocalDate day) {
        SessionForm form = new SessionForm();
        form.day = day;
        form.startTime = LocalTime.of(9, 0);
        form.endTime = LocalTime.of(10, 0);
        return form;
    }

    public static SessionForm of(Session session) {
        SessionForm form = new SessionForm();
        form.title = session.getTitle();
        form.kind = session.getKind();
        form.theme = session.getTheme() == null ? null : session.getTheme().getNameSv();
        form.room = session.getRoom() == null ? null : session.getRoom().getName();
        form.day = session.getStart().toLocalDate();
        form.startTime = session.getStart().toLocalTime();
        form.endTime = session.getEnd().toLocalTime();
        form.capacity = session.getCapacity();
        form.speakerIds = new ArrayList<>(session.getSpeakers().stream().map(Speaker::getId).toList());
        form.summary = session.getSummary();
        return form;
    }

    public SessionDetails toDetails() {
        return new SessionDetails(title, kind, day.atTime(startTime), day.atTime(endTime), room, capacity,
                speakerIds == null ? List.of() : List.copyOf(speakerIds), theme, summary);
    }

    // Plain getters and setters for the form fields.

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public SessionKind getKind() { return kind; }
    public void setKind(SessionKind kind) { this.kind = kind; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public String getRoom() { return room; }
    public void setRoom(String room) { this.room = room; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public LocalTime getStartTime() { return startTime; }
    public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
    public LocalTime getEndTime() { return endTime; }
    public void setEndTime(LocalTime endTime) { this.endTime = endTime; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public List<Long> getSpeakerIds() { return speakerIds; }
    public void setSpeakerIds(List<Long> speakerIds) { this.speakerIds = speakerIds; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
}
