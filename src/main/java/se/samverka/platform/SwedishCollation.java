package se.samverka.platform;

import java.text.Collator;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Swedish alphabetical order (Å, Ä, Ö after Z; case and accents only break ties), in Java and in
 * the database. Databases compare strings by their own collation, so rows that must come back in
 * Swedish order carry a {@link #sortKey sort key}: the collation key as hex, which sorts the same
 * way byte by byte, on H2 and PostgreSQL alike, and can be indexed.
 */
public final class SwedishCollation {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");

    /** Longest key stored (column {@code name_sort_key}); longer keys are cut, which only merges far-out ties. */
    public static final int KEY_LENGTH = 400;

    private SwedishCollation() {
    }

    /** A fresh collator (collators are not thread-safe). */
    public static Collator collator() {
        Collator collator = Collator.getInstance(SWEDISH);
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }

    /** Strings in Swedish order; nulls first. */
    public static Comparator<String> strings() {
        Collator collator = collator();
        return Comparator.nullsFirst(collator::compare);
    }

    /**
     * A key whose plain (binary) order is the Swedish order of the parts, compared part by part:
     * each part's collation key ends in a zero separator that sorts before any letter, so
     * "Berg, Zoë" comes before "Bergström, Anna".
     */
    public static String sortKey(String... parts) {
        Collator collator = collator();
        StringBuilder key = new StringBuilder();
        for (String part : parts) {
            byte[] bytes = collator.getCollationKey(part == null ? "" : part).toByteArray();
            key.append(HexFormat.of().formatHex(bytes)).append("0000");
        }
        return key.length() <= KEY_LENGTH ? key.toString() : key.substring(0, KEY_LENGTH);
    }
}
