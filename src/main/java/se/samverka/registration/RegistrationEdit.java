package se.samverka.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import se.samverka.platform.DomainEntity;

/** One field of a registration changed by staff or an organiser: who, when, before and after. */
@Entity
@Table(name = "registration_edit")
public class RegistrationEdit extends DomainEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "registration_id")
    private Registration registration;

    @Column(nullable = false)
    private String field;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    @Column(name = "edited_by", nullable = false)
    private String editedBy;

    @Column(name = "edited_at", nullable = false)
    private LocalDateTime editedAt;

    protected RegistrationEdit() {
    }

    RegistrationEdit(Registration registration, String field, String oldValue, String newValue, String editedBy,
            LocalDateTime editedAt) {
        this.registration = registration;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.editedBy = editedBy;
        this.editedAt = editedAt;
    }

    public Registration getRegistration() {
        return registration;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getEditedBy() {
        return editedBy;
    }

    public LocalDateTime getEditedAt() {
        return editedAt;
    }
}
