package se.samverka.documents;

import java.util.Locale;
import se.samverka.registration.Participant;
import se.samverka.registration.Registration;
import se.samverka.registration.RegistrationStatus;

/**
 * One line of a participant list. The list groups consecutive rows by {@code sectorName}, so
 * callers give the rows ordered by sector, then by name ({@link SwedishOrder}).
 *
 * @param title the participant's job title; may be null
 */
public record ParticipantRow(String lastName, String firstName, String organisation, String title,
        String sectorName, RegistrationStatus status) {

    /** The row of a registration, with the sector named in the given language. */
    public static ParticipantRow of(Registration registration, Locale locale) {
        Participant who = registration.getParticipant();
        return new ParticipantRow(who.getLastName(), who.getFirstName(), who.getOrganisation(), who.getTitle(),
                who.getSector().name(locale), registration.getStatus());
    }
}
