package se.samverka.registration;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a participant may change on their own registration; absent (null) parts stay as they are. */
public record RegistrationChange(
        List<Long> sessionIds,
        Map<String, String> answers,
        Set<LocalDate> days,
        @Size(max = 1000, message = "{validation.tooLong}") String dietary,
        @Size(max = 1000, message = "{validation.tooLong}") String accessibility,
        Boolean consentListed) {

    // Explicit so that the constraints stay on the fields (see RegistrationRequest).
    public RegistrationChange(List<Long> sessionIds, Map<String, String> answers, Set<LocalDate> days,
            String dietary, String accessibility, Boolean consentListed) {
        this.sessionIds = sessionIds;
        this.answers = answers;
        this.days = days;
        this.dietary = dietary;
        this.accessibility = accessibility;
        this.consentListed = consentListed;
    }
}
