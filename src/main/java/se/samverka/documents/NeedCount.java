package se.samverka.documents;

/** How many stated one kind of need on one day ("Vegetarisk" × 12). */
public record NeedCount(String need, int count) {
}
