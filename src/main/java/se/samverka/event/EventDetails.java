package se.samverka.event;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What an organiser says about an event when creating or changing it (API body and form model).
 * {@code published} left out (null) keeps the event as it is, and a new event is then published, so that
 * API clients from before drafts keep working; the organiser's screens create drafts.
 */
public record EventDetails(
        @NotBlank(message = "{validation.required}") @Size(max = 255, message = "{validation.tooLong}") String title,
        @NotNull(message = "{validation.required}") EventType type,
        @NotNull(message = "{validation.required}") LocalDate startDate,
        @NotNull(message = "{validation.required}") LocalDate endDate,
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{validation.slug}") @Size(max = 80) String slug,
        @Size(max = 255, message = "{validation.tooLong}") String venue,
        @Size(max = 10000, message = "{validation.tooLong}") String description,
        @Min(value = 0, message = "{validation.notNegative}") Integer capacity,
        LocalDateTime registrationOpens,
        LocalDateTime registrationCloses,
        @Size(max = 200, message = "{validation.tooLong}") String contactName,
        @Size(max = 254, message = "{validation.tooLong}") String contactEmail,
        @Size(max = 40, message = "{validation.tooLong}") String contactPhone,
        @Min(value = 0, message = "{validation.notNegative}") @Max(value = Event.MAX_REMINDER_DAYS,
                message = "{event.error.reminderDays}") Integer reminderDays,
        Boolean published) {
    // Explicit so that the constraints stay on the fields: Payara's OpenAPI scanner fails on
    // constrained constructor parameters (it takes them for path parameters).
    public EventDetails(String title, EventType type, LocalDate startDate, LocalDate endDate, String slug,
            String venue, String description, Integer capacity, LocalDateTime registrationOpens,
            LocalDateTime registrationCloses, String contactName, String contactEmail, String contactPhone,
            Integer reminderDays, Boolean published) {
        this.title = title;
        this.type = type;
        this.startDate = startDate;
        this.endDate = endDate;
        this.slug = slug;
        this.venue = venue;
        this.description = description;
        this.capacity = capacity;
        this.registrationOpens = registrationOpens;
        this.registrationCloses = registrationCloses;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
        this.reminderDays = reminderDays;
        this.published = published;
    }

    /** Writes these details onto the event; the entity checks its own rules. */
    void applyTo(Event event) {
        event.changeType(type);
        event.rename(title, slug);
        event.reschedule(startDate, endDate);
        event.describe(description, venue);
        event.limitCapacity(capacity);
        event.openRegistration(registrationOpens, registrationCloses);
        event.contact(contactName, contactEmail, contactPhone);
        event.remindDaysBefore(reminderDays);
        if (Boolean.TRUE.equals(published)) {
            event.publish();
        } else if (Boolean.FALSE.equals(published)) {
            event.withdraw();
        }
    }

    /** The same details with another registration window. */
    public EventDetails withRegistrationWindow(LocalDateTime opens, LocalDateTime closes) {
        return new EventDetails(title, type, startDate, endDate, slug, venue, description, capacity, opens, closes,
                contactName, contactEmail, contactPhone, reminderDays, published);
    }

    public static EventDetails of(Event event) {
        return new EventDetails(event.getTitle(), event.getType(), event.getStartDate(), event.getEndDate(),
                event.getSlug(), event.getVenue(), event.getDescription(), event.getCapacity(),
                event.getRegistrationOpens(), event.getRegistrationCloses(), event.getContactName(),
                event.getContactEmail(), event.getContactPhone(), event.getReminderDays(), event.isPublished());
    }
}
