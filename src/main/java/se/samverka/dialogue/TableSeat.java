package se.samverka.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import se.samverka.platform.DomainEntity;
import se.samverka.registration.Registration;

/** A person's place at a table on one day; the day is kept here too, so that one person has one table a day. */
@Entity
@Table(name = "table_seat")
public class TableSeat extends DomainEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private TableGroup group;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "registration_id")
    private Registration registration;

    @Column(name = "day_date", nullable = false)
    private LocalDate day;

    protected TableSeat() {
    }

    public TableSeat(TableGroup group, Registration registration) {
        this.group = group;
        this.registration = registration;
        this.day = group.getDay();
    }

    /** Only through {@link TableGroup#take}, which keeps both tables' lists right. */
    void moveTo(TableGroup table) {
        this.group = table;
    }

    public TableGroup getGroup() {
        return group;
    }

    public Registration getRegistration() {
        return registration;
    }

    public LocalDate getDay() {
        return day;
    }
}
