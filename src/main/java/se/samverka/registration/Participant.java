package se.samverka.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Locale;
import se.samverka.platform.EmailAddresses;
import se.samverka.platform.SwedishCollation;
import se.samverka.mail.Mail;
import se.samverka.platform.Text;

/** Who registers: name, contact, organisation and sector. */
@Embeddable
public class Participant {

    /** One plain address: no display name, brackets, quotes, lists or spaces, a dot in the domain. */
    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(nullable = false)
    private String email;

    private String phone;

    @Column(nullable = false)
    private String organisation;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sector_id")
    private Sector sector;

    private String title;

    /** Surname and first name as a key that sorts in Swedish order in the database. */
    @Column(name = "name_sort_key")
    private String nameSortKey;

    protected Participant() {
    }

    public Participant(String firstName, String lastName, String email, String phone, String organisation,
            Sector sector, String title) {
        this.firstName = required(firstName, "firstName", 100);
        this.lastName = required(lastName, "lastName", 100);
        this.email = normalisedEmail(email);
        this.phone = blankToNull(Text.oneLine(phone, "phone", 40));
        this.organisation = required(organisation, "organisation", 200);
        if (sector == null) {
            throw new InvalidRegistrationException("sector", "registration.error.sectorRequired");
        }
        this.sector = sector;
        this.title = blankToNull(Text.oneLine(title, "title", 200));
        this.nameSortKey = SwedishCollation.sortKey(this.lastName, this.firstName);
    }

    /** Rows saved before the key existed get it here; returns whether it changed. */
    boolean refreshSortKey() {
        String key = SwedishCollation.sortKey(lastName, firstName);
        boolean changed = !key.equals(nameSortKey);
        nameSortKey = key;
        return changed;
    }

    /**
     * E-mail addresses compare without case or surrounding space. An address is accepted only when the
     * outbox can send to it, so that a registration never fails later on its confirmation mail.
     */
    public static String normalisedEmail(String email) {
        String trimmed = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!EmailAddresses.isPlausible(trimmed) || !Mail.isValidAddress(trimmed)) {
            throw new InvalidRegistrationException("email", "registration.error.email");
        }
        return trimmed;
    }

    private static String required(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidRegistrationException(field, "registration.error.required");
        }
        return Text.oneLine(value, field, maxLength);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getOrganisation() {
        return organisation;
    }

    public Sector getSector() {
        return sector;
    }

    public String getTitle() {
        return title;
    }
}
