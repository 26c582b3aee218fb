package se.samverka.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import se.samverka.meeting.ActionItem;
import se.samverka.meeting.ActionStatus;
import se.samverka.meeting.Attendance;
import se.samverka.meeting.MinutesService;

/** Action items on the meeting's page: this meeting's and those carried over; new ones; marking one done. */
@Named
@ViewScoped
public class MeetingActionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MinutesService minutes;

    @Inject
    MeetingBacking page;

    private String text;
    private Long ownerId;
    private LocalDate dueDate;

    public List<ActionItem> getActions() {
        return page.getRecord().actions();
    }

    /** Whom an action can be given to: the members invited to this meeting. */
    public List<Attendance> getOwners() {
        return page.getRecord().attendance();
    }

    public boolean carriedOver(ActionItem action) {
        return !action.getMeeting().equals(page.getMeeting());
    }

    public boolean overdue(ActionItem action) {
        return action.isOverdue(page.getRecord().today());
    }

    public void add() {
        minutes.addAction(page.getMeetingId(), text, ownerId, dueDate);
        text = null;
        dueDate = null;
        page.changed();
    }

    public void done(Long actionId) {
        minutes.changeAction(actionId, ActionStatus.DONE);
        page.changed();
    }

    public void reopen(Long actionId) {
        minutes.changeAction(actionId, ActionStatus.OPEN);
        page.changed();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }
}
