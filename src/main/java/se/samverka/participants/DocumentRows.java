package se.samverka.participants;

import java.util.Locale;
import se.samverka.documents.AttendanceRow;
import se.samverka.documents.BadgeCard;
import se.samverka.documents.ParticipantRow;
import se.samverka.platform.Messages;
import se.samverka.registration.Participant;
import se.samverka.registration.Registration;

/**
 * A registration copied into the rows the documents print (a badge, a line of an attendance sheet or of the
 * participant list) while its transaction is open, so that {@code documents} need not know registrations. Sectors
 * and statuses are named in the given language.
 */
final class DocumentRows {

    private DocumentRows() {
    }

    static BadgeCard badge(Registration registration, Locale locale) {
        Participant who = registration.getParticipant();
        return new BadgeCard(who.getFirstName(), who.getLastName(), who.getOrganisation(),
                who.getSector().name(locale), who.getSector().getColour(), registration.getCheckInCode());
    }

    static AttendanceRow attendance(Registration registration, Locale locale) {
        Participant who = registration.getParticipant();
        return new AttendanceRow(who.getLastName(), who.getFirstName(), who.getOrganisation(),
                who.getSector().name(locale));
    }

    static ParticipantRow participant(Registration registration, Locale locale) {
        Participant who = registration.getParticipant();
        String status = registration.getStatus() == null ? null
                : Messages.text(locale, "registration.status." + registration.getStatus().name());
        return new ParticipantRow(who.getLastName(), who.getFirstName(), who.getOrganisation(), who.getTitle(),
                who.getSector().name(locale), status);
    }
}
