package se.samverka.documents;

/**
 * What one name badge shows, copied out of a registration so that badges can be streamed from a
 * query without holding entities.
 *
 * @param sectorColour the band's colour as {@code #RRGGBB}; grey when missing or malformed
 * @param checkInCode  held by the QR code and printed beneath it
 * @param table        where the person sits in the dialogue ("Dag 2: bord 4"), under the organisation; null
 *                     before tables are mixed
 */
public record BadgeCard(String firstName, String lastName, String organisation, String sectorName,
        String sectorColour, String checkInCode, String table) {

    /** A badge without a table. */
    public BadgeCard(String firstName, String lastName, String organisation, String sectorName, String sectorColour,
            String checkInCode) {
        this(firstName, lastName, organisation, sectorName, sectorColour, checkInCode, null);
    }

    /** The same badge with the person's table (none when null or blank). */
    public BadgeCard withTable(String text) {
        return new BadgeCard(firstName, lastName, organisation, sectorName, sectorColour, checkInCode,
                text == null || text.isBlank() ? null : text);
    }
}
