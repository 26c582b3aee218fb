package se.samverka.documents;

/**
 * One person on the kitchen and accessibility list: who, from where, and what they stated. Either need may be
 * empty (null or blank), not both. Possibly health data: only this list and the check-in desk show it.
 */
public record NeedsRow(String lastName, String firstName, String organisation, String dietary,
        String accessibility) {
}
