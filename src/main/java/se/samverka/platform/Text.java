package se.samverka.platform;

/**
 * The rules every text a user gives must meet before the database sees it, for entities to apply to
 * their own fields: a one-line text (a name, an organisation, a title) has no line breaks or other control
 * characters, so it cannot forge lines in a mail or a header; a multi-line text (a description, a note)
 * may have line breaks and tabs but no other control characters (PostgreSQL refuses NUL); and neither is
 * longer than its column. Lengths count characters as Java does (UTF-16 units), which is never fewer
 * than the database counts.
 */
public final class Text {

    private Text() {
    }

    /** A one-line text, stripped; null stays null. */
    public static String oneLine(String value, String field, int maxLength) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        for (int i = 0; i < stripped.length(); i++) {
            if (isControl(stripped.charAt(i))) {
                throw new ControlCharacters(field);
            }
        }
        return limited(stripped, field, maxLength);
    }

    /** A multi-line text, stripped at its ends; line breaks and tabs are kept. Null stays null. */
    public static String multiLine(String value, String field, int maxLength) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (isControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new ControlCharacters(field);
            }
        }
        return limited(stripped, field, maxLength);
    }

    /** Whether a text has any control character (C0, DEL, C1, or a Unicode line or paragraph separator). */
    public static boolean hasControlCharacters(String value) {
        return value != null && value.chars().anyMatch(c -> isControl((char) c));
    }

    private static boolean isControl(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }

    private static String limited(String value, String field, int maxLength) {
        if (value.length() > maxLength) {
            throw new TooLong(field, maxLength);
        }
        return value;
    }

    /** A text has line breaks or other control characters where only one line belongs. */
    public static class ControlCharacters extends DomainException {
        public ControlCharacters(String field) {
            super(Kind.INVALID, field, "validation.controlCharacters");
        }
    }

    /** A text is longer than its column holds. */
    public static class TooLong extends DomainException {
        public TooLong(String field, int maxLength) {
            super(Kind.INVALID, field, "validation.tooLongMax", maxLength);
        }
    }
}
