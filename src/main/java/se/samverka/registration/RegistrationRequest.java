package se.samverka.registration;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a participant (or an organiser on their behalf) submits to register. */
public record RegistrationRequest(
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String firstName,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String lastName,
        @NotBlank(message = "{validation.required}") @Email(message = "{registration.error.email}") @Size(max = 254) String email,
        @Size(max = 40, message = "{validation.tooLong}") String phone,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String organisation,
        @NotBlank(message = "{validation.required}") String sector,
        @Size(max = 200, message = "{validation.tooLong}") String title,
        Set<LocalDate> days,
        List<Long> sessionIds,
        @Size(max = 1000, message = "{validation.tooLong}") String dietary,
        @Size(max = 1000, message = "{validation.tooLong}") String accessibility,
        Map<String, String> answers,
        boolean consentPrivacy,
        boolean consentListed,
        String language) {

    // Explicit so that the constraints stay on the fields: Payara's OpenAPI scanner fails on
    // constrained constructor parameters (it takes them for path parameters).
    public RegistrationRequest(String firstName, String lastName, String email, String phone, String organisation,
            String sector, String title, Set<LocalDate> days, List<Long> sessionIds, String dietary,
            String accessibility, Map<String, String> answers, boolean consentPrivacy, boolean consentListed,
            String language) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.phone = phone;
        this.organisation = organisation;
        this.sector = sector;
        this.title = title;
        this.days = days;
        this.sessionIds = sessionIds;
        this.dietary = dietary;
        this.accessibility = accessibility;
        this.answers = answers;
        this.consentPrivacy = consentPrivacy;
        this.consentListed = consentListed;
        this.language = language;
    }

    public List<Long> sessionIdsOrEmpty() {
        return sessionIds == null ? List.of() : sessionIds;
    }

    public Map<String, String> answersOrEmpty() {
        return answers == null ? Map.of() : answers;
    }
}
