package se.samverka.cockpit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import se.samverka.cockpit.EventCopier;
import se.samverka.event.Event;
import se.samverka.web.Feedback;

/** "Make a copy" on the event page: the new first day and title, then the copy's own page. */
@Named
@ViewScoped
public class CopyEventBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventCopier copier;

    private LocalDate startDate;
    private String title;

    /** Copies the event and goes to the copy's edit page (a draft until published). */
    public String copy(Long eventId) {
        Event copy = copier.copy(eventId, startDate, title);
        Feedback.info("eventCopy.copied", copy.getTitle());
        return "/admin/events/edit?faces-redirect=true&id=" + copy.getId();
    }

    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
}
