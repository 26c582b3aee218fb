package se.samverka.event.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import se.samverka.event.EventDay;

/** One row of the days table: a day's date and its editable programme hours. */
public class DayHoursRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LocalDate date;
    private LocalTime startsAt;
    private LocalTime endsAt;

    DayHoursRow(EventDay day) {
        this.date = day.getDate();
        this.startsAt = day.getStartsAt();
        this.endsAt = day.getEndsAt();
    }

    public LocalDate getDate() { return date; }
    public LocalTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalTime startsAt) { this.startsAt = startsAt; }
    public LocalTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalTime endsAt) { this.endsAt = endsAt; }
}
