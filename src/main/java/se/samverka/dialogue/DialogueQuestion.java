package se.samverka.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import se.samverka.event.Event;
import se.samverka.platform.DomainEntity;

/** A question the table groups discuss on one day of the event, in the organiser's order. */
@Entity
@Table(name = "dialogue_question")
public class DialogueQuestion extends DomainEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    private Event event;

    @Column(name = "day_date", nullable = false)
    private LocalDate day;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 1000)
    private String text;

    protected DialogueQuestion() {
    }

    public DialogueQuestion(Event event, LocalDate day, int position, String text) {
        this.event = event;
        this.day = day;
        this.position = position;
        this.text = text;
    }

    public Event getEvent() {
        return event;
    }

    public LocalDate getDay() {
        return day;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }
}
