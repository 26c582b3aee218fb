package se.samverka.attendance;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import se.samverka.registration.Participant;
import se.samverka.registration.Registration;

/**
 * A check-in as the door screen shows it to staff: who, from where, when and by whom admitted, and the
 * dietary and accessibility needs staff should know of at once.
 */
@JsonbPropertyOrder({"id", "registrationId", "name", "sessionId", "alreadyCheckedIn", "day", "checkedInAt", "checkedInBy",
        "organisation", "sector", "dietary", "accessibility", "undone", "doubt"})
public record CheckInView(Long id, Long registrationId, String name, Long sessionId, boolean alreadyCheckedIn, LocalDate day,
        LocalDateTime checkedInAt, String checkedInBy, String organisation, String sector, String dietary,
        String accessibility, boolean undone, Doubt doubt) {

    public static CheckInView of(CheckIn checkIn, boolean already) {
        Registration registration = checkIn.getRegistration();
        Participant who = registration.getParticipant();
        return new CheckInView(checkIn.getId(), registration.getId(), who.fullName(),
                checkIn.getSession() == null ? null : checkIn.getSession().getId(), already, checkIn.getDay(),
                checkIn.getScannedAt(), checkIn.getCheckedInBy(), who.getOrganisation(), who.getSector().getCode(),
                registration.getDietary(), registration.getAccessibility(), checkIn.isUndone(), checkIn.getDoubt());
    }
}
