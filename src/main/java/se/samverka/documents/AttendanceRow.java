package se.samverka.documents;

import java.util.Locale;
import se.samverka.registration.Participant;
import se.samverka.registration.Registration;

/** One line of an attendance sheet: who is expected, from where; the signature box is left empty. */
public record AttendanceRow(String lastName, String firstName, String organisation, String sectorName) {

    /** The row of a registration, with the sector named in the given language. */
    public static AttendanceRow of(Registration registration, Locale locale) {
        Participant who = registration.getParticipant();
        return new AttendanceRow(who.getLastName(), who.getFirstName(), who.getOrganisation(),
                who.getSector().name(locale));
    }
}
