package se.samverka.event.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.platform.NotFoundException;
import se.samverka.web.Feedback;

/** The event form: {@code ?id=} edits that event, no id creates a new one. Also deletes. */
@Named
@ViewScoped
public class EventEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventService events;

    private Long id;
    private String slug;
    private boolean published;
    private EventForm form = new EventForm();

    public void load() throws IOException {
        if (id == null) {
            return;
        }
        try {
            Event event = events.get(id);
            form = EventForm.of(event);
            slug = event.getSlug();
            published = event.isPublished();
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** Saves and shows the saved event afresh (post-redirect-get), so days and rooms follow new dates. */
    public String save() {
        Event event = id == null ? events.create(form.toDetails(true)) : events.update(id, form.toDetails(false));
        Feedback.info(id == null ? "eventEdit.created" : "eventEdit.saved", event.getTitle());
        return "/admin/events/edit?faces-redirect=true&id=" + event.getId();
    }

    /** Lists the draft publicly and opens it for registration. */
    public String publish() {
        Feedback.info("eventEdit.published", events.publish(id).getTitle());
        return "/admin/events/edit?faces-redirect=true&id=" + id;
    }

    /** Takes the event back to a draft. */
    public String withdraw() {
        Feedback.info("eventEdit.withdrawn", events.withdraw(id).getTitle());
        return "/admin/events/edit?faces-redirect=true&id=" + id;
    }

    public String delete() {
        String title = events.get(id).getTitle();
        events.delete(id);
        Feedback.info("eventEdit.deleted", title);
        return "/admin/index?faces-redirect=true";
    }

    public boolean isExisting() {
        return id != null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The saved address of the event's public page (the form's slug may hold unsaved changes). */
    public String getSlug() {
        return slug;
    }

    /** Whether the saved event is published (false: a draft). */
    public boolean isPublished() {
        return published;
    }

    public EventForm getForm() {
        return form;
    }
}
