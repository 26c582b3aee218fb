package se.samverka.registration.web;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import se.samverka.registration.ChoiceStatus;
import se.samverka.registration.Participant;
import se.samverka.registration.Registration;
import se.samverka.registration.RegistrationStatus;

/** One registration as the organiser's list shows it. */
public class RegistrationRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A chosen workshop and whether the participant has a seat in it. */
    public record Choice(Long sessionId, String title, ChoiceStatus status) implements Serializable {
        public String getTitle() {
            return title;
        }

        public ChoiceStatus getStatus() {
            return status;
        }
    }

    private final Long id;
    private final String firstName;
    private final String lastName;
    private final String email;
    private final String organisation;
    private final String sectorCode;
    private final String sectorName;
    private final RegistrationStatus status;
    private final int position;
    private final List<Choice> choices;
    private final String dietary;
    private final String accessibility;

    RegistrationRow(Registration registration, int position, Locale locale) {
        Participant who = registration.getParticipant();
        this.id = registration.getId();
        this.firstName = who.getFirstName();
        this.lastName = who.getLastName();
        this.email = who.getEmail();
        this.organisation = who.getOrganisation();
        this.sectorCode = who.getSector().getCode();
        this.sectorName = who.getSector().name(locale);
        this.status = registration.getStatus();
        this.position = position;
        this.choices = registration.getChoices().stream()
                .map(c -> new Choice(c.getSession().getId(), c.getSession().getTitle(), c.getStatus()))
                .sorted((a, b) -> a.title().compareTo(b.title())).toList();
        this.dietary = registration.getDietary();
        this.accessibility = registration.getAccessibility();
    }

    /** Whether the search text occurs in the name, organisation or e-mail (ignoring case). */
    boolean matches(String query) {
        String wanted = query.strip().toLowerCase(Locale.ROOT);
        return (firstName + " " + lastName + " " + lastName + " " + firstName + " " + organisation + " " + email)
                .toLowerCase(Locale.ROOT).contains(wanted);
    }

    public boolean isPending() {
        return status == RegistrationStatus.PENDING;
    }

    public boolean isActive() {
        return status.isActive();
    }

    public Long getId() { return id; }
    public String getFirstName() { return firstName; }
    public String getLastName() { return lastName; }
    public String getEmail() { return email; }
    public String getOrganisation() { return organisation; }
    public String getSectorCode() { return sectorCode; }
    public String getSectorName() { return sectorName; }
    public RegistrationStatus getStatus() { return status; }
    public int getPosition() { return position; }
    public List<Choice> getChoices() { return choices; }
    public String getDietary() { return dietary; }
    public String getAccessibility() { return accessibility; }
}
