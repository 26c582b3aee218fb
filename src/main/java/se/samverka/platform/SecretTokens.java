package se.samverka.platform;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secrets in private links that are no one person's login (a member's reply link, a meeting's wall QR code, a
 * dialogue table's scribe link): 128 random bits, URL-safe.
 */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {
    }

    public static String next() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a text can be one of these tokens at all (checked before any query). */
    public static boolean looksLikeToken(String token) {
        return token != null && token.length() >= 22 && token.length() <= 43
                && token.chars().allMatch(c -> c == '-' || c == '_' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z'
                        || c >= 'a' && c <= 'z');
    }
}
