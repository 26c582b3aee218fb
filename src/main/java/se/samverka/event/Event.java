package se.samverka.event;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import se.samverka.platform.EmailAddresses;
import se.samverka.platform.DomainEntity;
import se.samverka.platform.CalendarRange;
import se.samverka.platform.Text;

/**
 * A conference, workshop or network meeting: its dates, daily hours, rooms and registration
 * window. Dates and times are local to Europe/Stockholm.
 */
@Entity
@Table(name = "event")
public class Event extends DomainEntity {

    public static final LocalTime DEFAULT_DAY_START = LocalTime.of(8, 30);
    public static final LocalTime DEFAULT_DAY_END = LocalTime.of(16, 30);

    /** The most days before the event that the automatic reminder may go out. */
    public static final int MAX_REMINDER_DAYS = 60;

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()/\\-]*");

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventType type;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(length = 10000)
    private String description;

    private String venue;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    private Integer capacity;

    @Column(name = "registration_opens")
    private LocalDateTime registrationOpens;

    @Column(name = "registration_closes")
    private LocalDateTime registrationCloses;

    @Column(name = "approval_required", nullable = false)
    private boolean approvalRequired;

    @Column(name = "public_list", nullable = false)
    private boolean publicList;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    /** A draft (false) is not listed publicly and not open for registration. */
    @Column(nullable = false)
    private boolean published = true;

    /** Days before the first day that the automatic reminder goes out; null sends none. */
    @Column(name = "reminder_days")
    private Integer reminderDays;

    @Column(name = "reminder_sent_at")
    private LocalDateTime reminderSentAt;

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("date")
    private List<EventDay> days = new ArrayList<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    private List<Room> rooms = new ArrayList<>();

    protected Event() {
    }

    public Event(EventType type, String title, String slug, LocalDate startDate, LocalDate endDate) {
        this.type = type;
        rename(title, slug);
        reschedule(startDate, endDate);
    }

    public void rename(String newTitle, String newSlug) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new InvalidEventException("title", "event.error.titleRequired");
        }
        this.title = Text.oneLine(newTitle, "title", 255);
        this.slug = Slugs.isValid(newSlug) ? newSlug : Slugs.of(this.title);
    }

    public void describe(String newDescription, String newVenue) {
        this.description = blankToNull(Text.multiLine(newDescription, "description", 10_000));
        this.venue = blankToNull(Text.oneLine(newVenue, "venue", 255));
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /**
     * Who participants reach with questions: each part optional (blank clears it), the e-mail address
     * must look like one (mails carry it), the phone number holds digits and the usual separators only.
     */
    public void contact(String name, String email, String phone) {
        String newName = blankToNull(Text.oneLine(name, "contactName", 200));
        String newEmail = blankToNull(Text.oneLine(email, "contactEmail", 254));
        if (newEmail != null && !EmailAddresses.isPlausible(newEmail)) {
            throw new InvalidEventException("contactEmail", "event.error.contactEmail");
        }
        String newPhone = blankToNull(Text.oneLine(phone, "contactPhone", 40));
        if (newPhone != null && !PHONE.matcher(newPhone).matches()) {
            throw new InvalidEventException("contactPhone", "event.error.contactPhone");
        }
        this.contactName = newName;
        this.contactEmail = newEmail;
        this.contactPhone = newPhone;
    }

    /** Lists the event publicly and opens it for registration (within its window). */
    public void publish() {
        this.published = true;
    }

    /** Makes the event a draft again: no longer listed publicly nor open for registration. */
    public void withdraw() {
        this.published = false;
    }

    /** Whether a visitor may see the event: a draft is as if it did not exist, except to its organisers. */
    public boolean isVisibleTo(boolean organiser) {
        return published || organiser;
    }

    /** The automatic reminder goes out this many days (0..60) before the first day; null sends none. */
    public void remindDaysBefore(Integer days) {
        if (days != null && (days < 0 || days > MAX_REMINDER_DAYS)) {
            throw new InvalidEventException("reminderDays", "event.error.reminderDays", MAX_REMINDER_DAYS);
        }
        this.reminderDays = days;
    }

    public void changeType(EventType newType) {
        this.type = newType;
    }

    /** Moves the event to new dates; days inside the new range keep their hours. */
    public final void reschedule(LocalDate newStart, LocalDate newEnd) {
        if (newStart == null) {
            throw new InvalidEventException("startDate", "event.error.startRequired");
        }
        if (newEnd == null) {
            throw new InvalidEventException("endDate", "event.error.endRequired");
        }
        CalendarRange.check(newStart, "startDate");
        CalendarRange.check(newEnd, "endDate");
        if (newEnd.isBefore(newStart)) {
            throw new InvalidEventException("endDate", "event.error.endBeforeStart");
        }
        if (newStart.plusDays(31).isBefore(newEnd)) {
            throw new InvalidEventException("endDate", "event.error.tooLong");
        }
        this.startDate = newStart;
        this.endDate = newEnd;
        days.removeIf(day -> day.getDate().isBefore(newStart) || day.getDate().isAfter(newEnd));
        for (LocalDate date = newStart; !date.isAfter(newEnd); date = date.plusDays(1)) {
            if (day(date).isEmpty()) {
                days.add(new EventDay(this, date, DEFAULT_DAY_START, DEFAULT_DAY_END));
            }
        }
        days.sort((a, b) -> a.getDate().compareTo(b.getDate()));
    }

    public void limitCapacity(Integer seats) {
        if (seats != null && seats < 0) {
            throw new InvalidEventException("capacity", "event.error.capacityNegative");
        }
        this.capacity = seats;
    }

    public void openRegistration(LocalDateTime opens, LocalDateTime closes) {
        CalendarRange.check(opens, "registrationOpens");
        CalendarRange.check(closes, "registrationCloses");
        if (opens != null && closes != null && closes.isBefore(opens)) {
            throw new InvalidEventException("registrationCloses", "event.error.closesBeforeOpens");
        }
        this.registrationOpens = opens;
        this.registrationCloses = closes;
    }

    /** Registration is open from its opening (or always) until its closing, or else until the event starts. */
    public boolean isRegistrationOpen(LocalDateTime now) {
        if (registrationOpens != null && now.isBefore(registrationOpens)) {
            return false;
        }
        return now.isBefore(registrationClosesAt());
    }

    public LocalDateTime registrationClosesAt() {
        return registrationCloses != null ? registrationCloses : firstDay().start();
    }

    /** Whether an organiser must approve each online registration, and whether consenting participants are listed publicly. */
    public void changeRegistrationPolicy(boolean requireApproval, boolean listParticipantsPublicly) {
        this.approvalRequired = requireApproval;
        this.publicList = listParticipantsPublicly;
    }

    /** True when one more confirmed participant fits (no capacity means no limit). */
    public boolean hasSeatFor(long confirmed) {
        return seats(confirmed).hasFree();
    }

    /** The event's seats with this many confirmed participants. */
    public Seats seats(long confirmed) {
        return Seats.of(capacity, confirmed);
    }

    /**
     * Whether the automatic reminder is due: asked for, not sent yet, the event published, and now is at or after
     * 08:00 on the day {@code reminderDays} before the first day (midnight when that would be too late) and
     * before the first day starts.
     */
    public boolean isReminderDue(LocalDateTime now) {
        if (reminderDays == null || reminderSentAt != null || !published || days.isEmpty()) {
            return false;
        }
        LocalDateTime starts = firstDay().start();
        LocalDateTime from = startDate.minusDays(reminderDays).atTime(8, 0);
        if (!from.isBefore(starts)) {
            from = startDate.atStartOfDay();
        }
        return !now.isBefore(from) && now.isBefore(starts);
    }

    /** The automatic reminder went out: it is not sent again. */
    public void reminded(LocalDateTime now) {
        this.reminderSentAt = now;
    }

    public Room addRoom(String name, Integer seats) {
        Room room = new Room(this, name, seats);
        rooms.add(room);
        return room;
    }

    public void removeRoom(Room room) {
        rooms.remove(room);
    }

    public Optional<Room> room(Long roomId) {
        return rooms.stream().filter(room -> room.getId() != null && room.getId().equals(roomId)).findFirst();
    }

    public Optional<Room> roomNamed(String name) {
        return rooms.stream().filter(room -> room.getName().equalsIgnoreCase(name)).findFirst();
    }

    public Optional<EventDay> day(LocalDate date) {
        return days.stream().filter(day -> day.getDate().equals(date)).findFirst();
    }

    public EventDay firstDay() {
        return days.get(0);
    }

    public EventDay lastDay() {
        return days.get(days.size() - 1);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    public EventType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public String getDescription() {
        return description;
    }

    public String getVenue() {
        return venue;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    /** Whether the event's last day is over on {@code today} (Europe/Stockholm): after it, its data may be erased. */
    public boolean isOver(LocalDate today) {
        return today.isAfter(endDate);
    }

    public Integer getCapacity() {
        return capacity;
    }

    public LocalDateTime getRegistrationOpens() {
        return registrationOpens;
    }

    public LocalDateTime getRegistrationCloses() {
        return registrationCloses;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public boolean isPublicList() {
        return publicList;
    }

    public List<EventDay> getDays() {
        return Collections.unmodifiableList(days);
    }

    public List<Room> getRooms() {
        return Collections.unmodifiableList(rooms);
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    /** True when the event names at least one way to reach its organiser. */
    public boolean hasContact() {
        return contactName != null || contactEmail != null || contactPhone != null;
    }

    public boolean isPublished() {
        return published;
    }

    public Integer getReminderDays() {
        return reminderDays;
    }

    public LocalDateTime getReminderSentAt() {
        return reminderSentAt;
    }
}
