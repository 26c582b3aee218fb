package se.samverka.registration.web;

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
