package se.samverka.documents;

/**
 * One line of a participant list. The list groups consecutive rows by {@code sectorName}, so
 * callers give the rows ordered by sector, then by name ({@link SwedishOrder}).
 *
 * @param title  the participant's job title; may be null
 * @param status the registration's status as shown ("Bekräftad"), in the list's language; may be null
 */
public record ParticipantRow(String lastName, String firstName, String organisation, String title,
        String sectorName, String status) {
}
