package se.samverka.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import se.samverka.platform.DomainEntity;
import se.samverka.program.Session;

/** A workshop a participant chose: seated, or in that workshop's line (ordered by when it was chosen). */
@Entity
@Table(name = "workshop_choice")
public class WorkshopChoice extends DomainEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "registration_id")
    private Registration registration;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    private Session session;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChoiceStatus status;

    @Column(name = "chosen_at", nullable = false)
    private LocalDateTime chosenAt;

    /** Place in the workshop's line: the order in which the workshop's seat counter accepted the choice. */
    @Column(name = "line_number")
    private Long lineNumber;

    protected WorkshopChoice() {
    }

    WorkshopChoice(Registration registration, Session session, LocalDateTime chosenAt) {
        this.registration = registration;
        this.session = session;
        this.status = ChoiceStatus.WAITLISTED;
        this.chosenAt = chosenAt;
    }

    void seat() {
        this.status = ChoiceStatus.CONFIRMED;
    }

    void queue() {
        this.status = ChoiceStatus.WAITLISTED;
    }

    /** Takes the next place in the workshop's line, as handed out by its seat counter. */
    void enterLine(long number) {
        this.lineNumber = number;
    }

    public Long getLineNumber() {
        return lineNumber;
    }

    public boolean isSeated() {
        return status == ChoiceStatus.CONFIRMED;
    }

    public Registration getRegistration() {
        return registration;
    }

    public Session getSession() {
        return session;
    }

    public ChoiceStatus getStatus() {
        return status;
    }

    public LocalDateTime getChosenAt() {
        return chosenAt;
    }
}
