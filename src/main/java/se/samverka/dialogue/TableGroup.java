package se.samverka.dialogue;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import se.samverka.event.Event;
import se.samverka.platform.DomainEntity;
import se.samverka.registration.Registration;

/**
 * One table of a dialogue day: its number, whether the organiser locked it (the mixing leaves a locked table as
 * it is), and the unguessable token in the QR code on its table card, which opens the scribe's page.
 */
@Entity
@Table(name = "table_group")
public class TableGroup extends DomainEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    private Event event;

    @Column(name = "day_date", nullable = false)
    private LocalDate day;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private boolean locked;

    @Column(nullable = false, unique = true)
    private String token;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** Who sits here. Seats move between tables (see {@link #take}), so a seat leaving is not deleted here. */
    @OneToMany(mappedBy = "group", cascade = {CascadeType.PERSIST, CascadeType.REMOVE})
    private List<TableSeat> seats = new ArrayList<>();

    protected TableGroup() {
    }

    public TableGroup(Event event, LocalDate day, int number, String token, LocalDateTime createdAt) {
        this.event = event;
        this.day = day;
        this.number = number;
        this.token = token;
        this.createdAt = createdAt;
    }

    /** Seats the person at this table; a locked table takes no one. */
    public TableSeat seat(Registration registration) {
        requireUnlocked();
        if (!registration.getEvent().getId().equals(event.getId())) {
            throw new IllegalArgumentException("Registration " + registration.getId() + " is for another event");
        }
        TableSeat seat = new TableSeat(this, registration);
        loaded().add(seat);
        return seat;
    }

    /** Moves a seat of the same day from its table to this one; neither table may be locked. */
    public void take(TableSeat seat) {
        TableGroup from = seat.getGroup();
        if (from == this) {
            return;
        }
        requireUnlocked();
        from.requireUnlocked();
        if (!seat.getDay().equals(day)) {
            throw new IllegalArgumentException("A seat on " + seat.getDay() + " cannot move to a table on " + day);
        }
        from.loaded().remove(seat);
        seat.moveTo(this);
        loaded().add(seat);
    }

    /**
     * The seats, read before they are changed: EclipseLink would otherwise keep an addition to a list it has not
     * read apart, and a list read by a batch query before the change would come back without it.
     */
    private List<TableSeat> loaded() {
        seats.size();
        return seats;
    }

    /** The mixing leaves a locked table and its people as they are, and no one is moved to or from it by hand. */
    public void lock() {
        locked = true;
    }

    public void unlock() {
        locked = false;
    }

    private void requireUnlocked() {
        if (locked) {
            throw new GroupLockedException(number);
        }
    }

    /** This person's seat here, if they sit here. */
    public Optional<TableSeat> seatOf(Long registrationId) {
        return seats.stream().filter(seat -> seat.getRegistration().getId().equals(registrationId)).findFirst();
    }

    public boolean isEmpty() {
        return seats.isEmpty();
    }

    public List<TableSeat> getSeats() {
        return Collections.unmodifiableList(seats);
    }

    public Event getEvent() {
        return event;
    }

    public LocalDate getDay() {
        return day;
    }

    public int getNumber() {
        return number;
    }

    public boolean isLocked() {
        return locked;
    }

    public String getToken() {
        return token;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
