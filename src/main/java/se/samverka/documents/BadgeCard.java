package se.samverka.documents;

import java.util.Locale;
import se.samverka.registration.Participant;
import se.samverka.registration.Registration;

/**
 * What one name badge shows, copied out of a registration so that badges can be streamed from a
 * query without holding entities.
 *
 * @param sectorColour the band's colour as {@code #RRGGBB}; grey when missing or malformed
 * @param checkInCode  held by the QR code and printed beneath it
 */
public record BadgeCard(String firstName, String lastName, String organisation, String sectorName,
        String sectorColour, String checkInCode) {

    /** The badge of a registration, with the sector named in the given language. */
    public static BadgeCard of(Registration registration, Locale locale) {
        Participant who = registration.getParticipant();
        return new BadgeCard(who.getFirstName(), who.getLastName(), who.getOrganisation(),
                who.getSector().name(locale), who.getSector().getColour(), registration.getCheckInCode());
    }
}
