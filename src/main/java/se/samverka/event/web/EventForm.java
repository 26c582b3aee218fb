package se.samverka.event.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import se.samverka.event.Event;
import se.samverka.event.EventDetails;
import se.samverka.event.EventType;

/** The event form's fields as the page edits them; becomes {@link EventDetails} on save. */
public class EventForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private EventType type = EventType.CONFERENCE;
    private String slug;
    private String venue;
    private String description;
    private LocalDate startDate;
    private LocalDate endDate;
    private Integer capacity;
    private LocalDateTime registrationOpens;
    private LocalDateTime registrationCloses;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private Integer reminderDays;

    static EventForm of(Event event) {
        EventForm form = new EventForm();
        form.title = event.getTitle();
        form.type = event.getType();
        form.slug = event.getSlug();
        form.venue = event.getVenue();
        form.description = event.getDescription();
        form.startDate = event.getStartDate();
        form.endDate = event.getEndDate();
        form.capacity = event.getCapacity();
        form.registrationOpens = event.getRegistrationOpens();
        form.registrationCloses = event.getRegistrationCloses();
        form.contactName = event.getContactName();
        form.contactEmail = event.getContactEmail();
        form.contactPhone = event.getContactPhone();
        form.reminderDays = event.getReminderDays();
        return form;
    }

    /** The details to save: a new event starts as a draft; saving an existing one keeps it as it is. */
    EventDetails toDetails(boolean isNew) {
        return new EventDetails(title, type, startDate, endDate, slug, venue, description, capacity,
                registrationOpens, registrationCloses, contactName, contactEmail, contactPhone, reminderDays,
                isNew ? Boolean.FALSE : null);
    }

    public EventType[] getTypes() {
        return EventType.values();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public EventType getType() { return type; }
    public void setType(EventType type) { this.type = type; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public LocalDateTime getRegistrationOpens() { return registrationOpens; }
    public void setRegistrationOpens(LocalDateTime opens) { this.registrationOpens = opens; }
    public LocalDateTime getRegistrationCloses() { return registrationCloses; }
    public void setRegistrationCloses(LocalDateTime closes) { this.registrationCloses = closes; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public Integer getReminderDays() { return reminderDays; }
    public void setReminderDays(Integer reminderDays) { this.reminderDays = reminderDays; }
}
