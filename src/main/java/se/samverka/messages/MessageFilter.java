package se.samverka.messages;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.Set;
import se.samverka.participants.ParticipantFilter;
import se.samverka.registration.RegistrationStatus;

/**
 * Who a message goes to: every part optional. Without a status, the active registrations (confirmed, in line,
 * awaiting approval), as on the participant list; {@code ids} is a selection of registrations.
 */
@JsonbPropertyOrder({"sector", "status", "workshop", "day", "ids"})
public record MessageFilter(String sector, RegistrationStatus status, Long workshop, LocalDate day, Set<Long> ids) {

    public static MessageFilter everyone() {
        return new MessageFilter(null, null, null, null, null);
    }

    ParticipantFilter toParticipantFilter() {
        return new ParticipantFilter(sector, null, status, workshop, day, null, ids, false);
    }
}
