package se.samverka.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import se.samverka.event.Event;
import se.samverka.platform.DomainEntity;

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

    protected TableGroup() {
    }

    public TableGroup(Event event, LocalDate day, int number, String token, LocalDateTime createdAt) {
        this.event = event;
        this.day = day;
        this.number = number;
        this.token = token;
        this.createdAt = createdAt;
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
