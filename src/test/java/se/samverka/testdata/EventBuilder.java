package se.samverka.testdata;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.atomic.AtomicInteger;
import se.samverka.event.EventDetails;
import se.samverka.event.EventType;

/**
 * An event as an organiser describes it, for tests: by default a two-day conference with a unique title,
 * on the Tuesday about eight weeks ahead (so registration is open whenever the test runs), in Folkets hus.
 *
 * <pre>
 * anEvent().withCapacity(5).lastingDays(1).toJson()
 * </pre>
 */
public final class EventBuilder {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final Jsonb JSON = JsonbBuilder.create();

    private EventType type = EventType.CONFERENCE;
    private String title;
    private String slug;
    private LocalDate firstDay = LocalDate.now().plusWeeks(8).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    private int days = 2;
    private String venue = "Folkets hus, Degerfors";
    private String description;
    private Integer capacity;
    private LocalDateTime registrationOpens;
    private LocalDateTime registrationCloses;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private Integer reminderDays;
    private Boolean published;

    private EventBuilder() {
        this.title = "Testkonferens " + NEXT.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 1_000_000, 36);
    }

    public static EventBuilder anEvent() {
        return new EventBuilder();
    }

    public static EventBuilder aNetworkMeeting() {
        EventBuilder builder = new EventBuilder().lastingDays(1);
        builder.type = EventType.NETWORK_MEETING;
        return builder;
    }

    public EventBuilder titled(String eventTitle) {
        this.title = eventTitle;
        return this;
    }

    public EventBuilder withSlug(String eventSlug) {
        this.slug = eventSlug;
        return this;
    }

    public EventBuilder startingOn(LocalDate day) {
        this.firstDay = day;
        return this;
    }

    public EventBuilder lastingDays(int count) {
        this.days = count;
        return this;
    }

    public EventBuilder withCapacity(int seats) {
        this.capacity = seats;
        return this;
    }

    public EventBuilder at(String place) {
        this.venue = place;
        return this;
    }

    public EventBuilder described(String text) {
        this.description = text;
        return this;
    }

    /** Who participants reach with questions. */
    public EventBuilder withContact(String name, String email, String phone) {
        this.contactName = name;
        this.contactEmail = email;
        this.contactPhone = phone;
        return this;
    }

    /** The automatic reminder goes out this many days before the first day. */
    public EventBuilder remindingDaysBefore(int days) {
        this.reminderDays = days;
        return this;
    }

    /** A draft: not listed publicly, not open for registration (without this the API publishes). */
    public EventBuilder asDraft() {
        this.published = false;
        return this;
    }

    /** Published: listed publicly and open for registration (what the API does when this is left out). */
    public EventBuilder published() {
        this.published = true;
        return this;
    }

    /** Registration closed a year ago. */
    public EventBuilder registrationClosed() {
        this.registrationOpens = LocalDateTime.now().minusYears(1).minusDays(30).withNano(0);
        this.registrationCloses = LocalDateTime.now().minusYears(1).withNano(0);
        return this;
    }

    public EventBuilder registrationBetween(LocalDateTime opens, LocalDateTime closes) {
        this.registrationOpens = opens;
        this.registrationCloses = closes;
        return this;
    }

    /**
     * A one-day event held yesterday (so certificates may be issued), whose registration stays open until
     * tomorrow so that the test can still register people through the public API.
     */
    public EventBuilder heldYesterday() {
        this.firstDay = LocalDate.now().minusDays(1);
        this.days = 1;
        this.registrationOpens = null;
        this.registrationCloses = LocalDateTime.now().plusDays(1).withNano(0);
        return this;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public String title() {
        return title;
    }

    public EventDetails build() {
        return new EventDetails(title, type, firstDay, firstDay.plusDays(days - 1L), slug, venue, description, capacity,
                registrationOpens, registrationCloses, contactName, contactEmail, contactPhone, reminderDays, published);
    }

    /** The event as JSON for {@code POST /api/events}. */
    public String toJson() {
        return JSON.toJson(build());
    }
}
