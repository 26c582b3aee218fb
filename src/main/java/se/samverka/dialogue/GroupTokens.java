package se.samverka.dialogue;

import java.security.SecureRandom;
import java.util.Base64;

/** The secret in a table card's QR code, which opens the table's scribe page: 128 random bits, URL-safe. */
final class GroupTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private GroupTokens() {
    }

    static String next() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a text can be one of our tokens at all (checked before any query). */
    static boolean looksLikeToken(String token) {
        return token != null && token.length() >= 22 && token.length() <= 43
                && token.chars().allMatch(c -> c == '-' || c == '_' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z'
                        || c >= 'a' && c <= 'z');
    }
}
