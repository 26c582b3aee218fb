package se.samverka.platform;

import java.util.regex.Pattern;

/**
 * The one rule for an e-mail address a person types (a participant, a network member, an event's contact): one
 * {@code @}, a domain with a dot, no spaces, brackets or list separators, at most 254 characters. Stricter than
 * RFC 5322 on purpose: {@code a@b} or {@code "Anna" <a@b.se>} are typing mistakes here, not addresses.
 */
public final class EmailAddresses {

    private static final String PART = "[^@\\s<>(),;:\"\\[\\]\\\\]+";
    private static final Pattern ADDRESS = Pattern.compile(PART + "@" + PART + "\\." + PART);

    private EmailAddresses() {
    }

    /** True when the (already trimmed) text has the shape of a single address. */
    public static boolean isPlausible(String address) {
        return address != null && address.length() <= 254 && ADDRESS.matcher(address).matches();
    }
}
