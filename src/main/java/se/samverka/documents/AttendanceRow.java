package se.samverka.documents;

/** One line of an attendance sheet: who is expected, from where; the signature box is left empty. */
public record AttendanceRow(String lastName, String firstName, String organisation, String sectorName) {
}
