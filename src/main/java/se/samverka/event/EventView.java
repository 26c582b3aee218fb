package se.samverka.event;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/** An event as the API shows it. */
public record EventView(Long id, String slug, String title, EventType type, LocalDate startDate, LocalDate endDate,
        String venue, String description, Integer capacity, LocalDateTime registrationOpens,
        LocalDateTime registrationCloses, String contactName, String contactEmail, String contactPhone,
        boolean published, Integer reminderDays, List<DayView> days, List<RoomView> rooms) {

    /** A day with its programme hours. */
    public record DayView(LocalDate date, LocalTime startsAt, LocalTime endsAt) {
    }

    /** A room and its seats. */
    public record RoomView(Long id, String name, Integer seats) {
    }

    public static EventView of(Event event) {
        return new EventView(event.getId(), event.getSlug(), event.getTitle(), event.getType(), event.getStartDate(),
                event.getEndDate(), event.getVenue(), event.getDescription(), event.getCapacity(),
                event.getRegistrationOpens(), event.getRegistrationCloses(), event.getContactName(),
                event.getContactEmail(), event.getContactPhone(), event.isPublished(), event.getReminderDays(),
                event.getDays().stream().map(d -> new DayView(d.getDate(), d.getStartsAt(), d.getEndsAt())).toList(),
                event.getRooms().stream().map(r -> new RoomView(r.getId(), r.getName(), r.getSeats())).toList());
    }
}
