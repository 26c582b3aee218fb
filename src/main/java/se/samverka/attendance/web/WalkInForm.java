package se.samverka.attendance.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.samverka.registration.RegistrationRequest;

/** What the desk asks of someone who comes without a registration. */
public class WalkInForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private String organisation;
    private String sector;
    private String title;
    private List<String> days = new ArrayList<>();
    private String dietary;
    private String accessibility;

    /** The registration the desk makes: the privacy notice was shown to the person at the desk. */
    RegistrationRequest toRequest(String language) {
        Set<LocalDate> chosen = days.stream().map(LocalDate::parse).collect(Collectors.toSet());
        return new RegistrationRequest(firstName, lastName, email, phone, organisation, sector, title, chosen, List.of(),
                dietary, accessibility, Map.of(), true, false, language);
    }

    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getSector() { return sector; }
    public void setSector(String sector) { this.sector = sector; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public List<String> getDays() { return days; }
    public void setDays(List<String> days) { this.days = days; }
    public String getDietary() { return dietary; }
    public void setDietary(String dietary) { this.dietary = dietary; }
    public String getAccessibility() { return accessibility; }
    public void setAccessibility(String accessibility) { this.accessibility = accessibility; }
}
