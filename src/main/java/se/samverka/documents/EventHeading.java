package se.samverka.documents;

import java.time.LocalDate;

/**
 * What a document says about the event it belongs to, copied out by the feature that prints it.
 *
 * @param venue       where it takes place; may be null
 * @param contactName the organiser's contact, the PDF's author; may be null
 */
public record EventHeading(String title, LocalDate startDate, LocalDate endDate, String venue, String contactName) {
}
