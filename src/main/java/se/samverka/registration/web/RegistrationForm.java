package se.samverka.registration.web;

import se.samverka.registration.Correction;
import se.samverka.registration.Participant;
import se.samverka.registration.Registration;
import se.samverka.registration.RegistrationRequest;

/** The registration form: who the participant is, their choices, and consent to the privacy notice. */
public class RegistrationForm extends ParticipationForm {

    private static final long serialVersionUID = 1L;

    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private String organisation;
    private String sector;
    private String title;
    private boolean consentPrivacy;

    /** The person as the registration names them, and their participation, for an organiser to edit. */
    void fillAll(Registration registration, ParticipationOptions options) {
        fill(registration, options);
        Participant who = registration.getParticipant();
        firstName = who.getFirstName();
        lastName = who.getLastName();
        email = who.getEmail();
        phone = who.getPhone();
        organisation = who.getOrganisation();
        sector = who.getSector().getCode();
        title = who.getTitle();
    }

    /**
     * Everything on the form as an organiser's correction: each answer given, blank ones clearing it. Without
     * {@code participation} (a cancelled or declined registration) only the person and needs are corrected.
     */
    Correction toCorrection(ParticipationOptions options, long version, boolean participation) {
        return new Correction(firstName, lastName, email, phone == null ? "" : phone, organisation, sector,
                title == null ? "" : title, getDietary() == null ? "" : getDietary(),
                getAccessibility() == null ? "" : getAccessibility(), participation ? chosenDays() : null,
                participation ? sessionIds(options) : null, participation ? allAnswers(options) : null, version);
    }

    RegistrationRequest toRequest(ParticipationOptions options, String language) {
        return new RegistrationRequest(firstName, lastName, email, phone, organisation, sector, title, chosenDays(),
                sessionIds(options), getDietary(), getAccessibility(), answers(options), consentPrivacy,
                isConsentListed(), language);
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public boolean isConsentPrivacy() {
        return consentPrivacy;
    }

    public void setConsentPrivacy(boolean consentPrivacy) {
        this.consentPrivacy = consentPrivacy;
    }
}
