package se.samverka.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import se.samverka.event.Event;
import se.samverka.event.EventDetails;
import se.samverka.event.EventService;
import se.samverka.web.Feedback;

/** An event's registration settings on the organiser's list: approval, public list, closing and re-opening. */
@Named
@ViewScoped
public class RegistrationPolicyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventService events;

    @Inject
    Clock clock;

    private Long eventId;
    private boolean approvalRequired;
    private boolean publicList;
    private LocalDateTime opens;
    private LocalDateTime closesAt;
    private boolean open;

    /** Called with the page's event id (after the list has answered 404 for an unknown one). */
    public void show(Long id) {
        this.eventId = id;
        if (id != null) {
            read(events.get(id));
        }
    }

    public void savePolicy() {
        AdminPage.requireOrganiser();
        read(events.changeRegistrationPolicy(eventId, approvalRequired, publicList));
        Feedback.info("registrationAdmin.policySaved");
    }

    /** Closes registration now; an opening still to come moves to now, so that the window stays in order. */
    public void closeNow() {
        AdminPage.requireOrganiser();
        LocalDateTime now = now();
        Event event = events.get(eventId);
        LocalDateTime from = event.getRegistrationOpens() != null && event.getRegistrationOpens().isAfter(now)
                ? now : event.getRegistrationOpens();
        read(events.update(eventId, window(event, from, now)));
        Feedback.info("registrationAdmin.closedNow");
    }

    /** Opens registration again until the event starts (no closing time of its own). */
    public void reopen() {
        AdminPage.requireOrganiser();
        Event event = events.get(eventId);
        read(events.update(eventId, window(event, event.getRegistrationOpens(), null)));
        Feedback.info(open ? "registrationAdmin.reopened" : "registrationAdmin.stillClosed");
    }

    private static EventDetails window(Event event, LocalDateTime newOpens, LocalDateTime newCloses) {
        return EventDetails.of(event).withRegistrationWindow(newOpens, newCloses);
    }

    private void read(Event event) {
        approvalRequired = event.isApprovalRequired();
        publicList = event.isPublicList();
        opens = event.getRegistrationOpens();
        closesAt = event.registrationClosesAt();
        open = event.isRegistrationOpen(LocalDateTime.now(clock));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withSecond(0).withNano(0);
    }

    /** The bundle key of the sentence that says whether registration is open, with {@link #getStateTime()}. */
    public String getStateKey() {
        return "registrationAdmin.state." + (open ? "open" : isClosed() ? "closed" : "notYetOpen");
    }

    /** When registration closes (or closed), or when it opens if it has not yet; in the viewer's language. */
    public String getStateTime() {
        LocalDateTime when = open || isClosed() ? closesAt : opens;
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(AdminPage.locale()).format(when);
    }

    public boolean isOpen() { return open; }
    /** Closed for good (until re-opened), rather than not open yet. */
    public boolean isClosed() { return !open && !LocalDateTime.now(clock).isBefore(closesAt); }
    public boolean isApprovalRequired() { return approvalRequired; }
    public void setApprovalRequired(boolean approvalRequired) { this.approvalRequired = approvalRequired; }
    public boolean isPublicList() { return publicList; }
    public void setPublicList(boolean publicList) { this.publicList = publicList; }
}
