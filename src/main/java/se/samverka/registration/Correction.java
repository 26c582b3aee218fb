package se.samverka.registration;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What staff or an organiser change on a registration. Each field that is present replaces the stored one;
 * absent (null) fields stay as they are; {@code sector} is a code.
 * <p>
 * Staff may correct who the person is and their needs (a misspelt name at the door). Only an organiser may
 * also change the days, the workshop choices ({@code sessionIds}, within the seat rules) and the answers
 * (question id to answer; questions not named keep their answer). {@code version}, when given, must be the
 * registration's version as the editor read it, so that an edit made on stale data is refused, not applied.
 */
@JsonbPropertyOrder({"firstName", "lastName", "email", "phone", "organisation", "sector", "title", "dietary",
        "accessibility", "days", "sessionIds", "answers", "version"})
public record Correction(String firstName, String lastName, String email, String phone, String organisation,
        String sector, String title, String dietary, String accessibility, Set<LocalDate> days, List<Long> sessionIds,
        Map<String, String> answers, Long version) {

    /** A correction of who the person is and their needs: what staff may change. */
    public Correction(String firstName, String lastName, String email, String phone, String organisation,
            String sector, String title, String dietary, String accessibility) {
        this(firstName, lastName, email, phone, organisation, sector, title, dietary, accessibility, null, null, null,
                null);
    }

    /** True when the correction touches what only an organiser may change. */
    public boolean changesParticipation() {
        return days != null || sessionIds != null || answers != null;
    }
}
