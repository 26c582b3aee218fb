package se.samverka.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Locale;
import se.samverka.mail.Mail;
import se.samverka.platform.EmailAddresses;
import se.samverka.platform.DomainEntity;
import se.samverka.platform.Text;
import se.samverka.registration.Sector;

/**
 * One representative on a series' roster, with the organisation and sector they speak for. A member who leaves
 * stays inactive, so that past attendance still counts for their organisation.
 */
@Entity
@Table(name = "series_member")
public class Member extends DomainEntity {

    public static final String ERASED = "Borttagen person";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "series_id")
    private MeetingSeries series;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String organisation;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sector_id")
    private Sector sector;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "added_at", nullable = false)
    private LocalDateTime addedAt;

    protected Member() {
    }

    public Member(MeetingSeries series, String name, String email, String organisation, Sector sector, LocalDateTime addedAt) {
        this.series = series;
        this.addedAt = addedAt;
        change(name, email, organisation, sector);
    }

    public final void change(String newName, String newEmail, String newOrganisation, Sector newSector) {
        if (newName == null || newName.isBlank()) {
            throw new InvalidMeetingException("name", "meeting.error.memberName");
        }
        if (newEmail == null || !EmailAddresses.isPlausible(newEmail.strip()) || !Mail.isValidAddress(newEmail)) {
            throw new InvalidMeetingException("email", "meeting.error.email");
        }
        if (newOrganisation == null || newOrganisation.isBlank()) {
            throw new InvalidMeetingException("organisation", "meeting.error.organisation");
        }
        if (newSector == null) {
            throw new InvalidMeetingException("sector", "meeting.error.sector");
        }
        this.name = Text.oneLine(newName, "name", 200);
        this.email = newEmail.strip().toLowerCase(Locale.ROOT);
        this.organisation = Text.oneLine(newOrganisation, "organisation", 200);
        this.sector = newSector;
    }

    public void leave() {
        this.active = false;
    }

    /**
     * Erases the person (GDPR erasure): the name and address go, the organisation and sector stay, so that the
     * series' attendance statistics still count their organisation.
     */
    public void erase() {
        this.name = ERASED;
        this.email = "borttagen-" + getId() + "@example.invalid";
        this.active = false;
    }

    public boolean isErased() {
        return ERASED.equals(name);
    }

    public void rejoin() {
        this.active = true;
    }

    public MeetingSeries getSeries() {
        return series;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public Sector getSector() {
        return sector;
    }

    public boolean isActive() {
        return active;
    }

    public LocalDateTime getAddedAt() {
        return addedAt;
    }
}
