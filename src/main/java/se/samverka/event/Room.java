package se.samverka.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.samverka.platform.DomainEntity;
import se.samverka.platform.Text;

/** A room at the event's venue and how many people it seats. */
@Entity
@Table(name = "room")
public class Room extends DomainEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id")
    private Event event;

    @Column(nullable = false)
    private String name;

    private Integer seats;

    protected Room() {
    }

    Room(Event event, String name, Integer seats) {
        this.event = event;
        change(name, seats);
    }

    public final void change(String newName, Integer newSeats) {
        if (newName == null || newName.isBlank()) {
            throw new InvalidEventException("room", "event.error.roomNameRequired");
        }
        if (newSeats != null && newSeats < 0) {
            throw new InvalidEventException("seats", "event.error.capacityNegative");
        }
        this.name = Text.oneLine(newName, "name", 255);
        this.seats = newSeats;
    }

    public Event getEvent() {
        return event;
    }

    public String getName() {
        return name;
    }

    public Integer getSeats() {
        return seats;
    }

    /** The room's seats with this many taken. */
    public Seats seating(long taken) {
        return Seats.of(seats, taken);
    }

    @Override
    public String toString() {
        return name;
    }
}
