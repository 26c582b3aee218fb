package se.samverka.certificate;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Verification codes: 12 characters of Crockford's base 32 (no I, L, O or U, so nothing looks like anything
 * else), 60 random bits, in three groups: {@code 7KQM-2XH9-TR4B}. Read back forgivingly, as Crockford says:
 * any case, without hyphens or spaces, O as 0, I and L as 1.
 */
public final class CertificateCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCodes() {
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i == 4 || i == 8) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as stored, from what someone typed; empty when it cannot be a code. */
    public static Optional<String> normalised(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        StringBuilder plain = new StringBuilder(12);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ') {
                continue;
            }
            char read = c == 'O' ? '0' : c == 'I' || c == 'L' ? '1' : c;
            if (ALPHABET.indexOf(read) < 0) {
                return Optional.empty();
            }
            plain.append(read);
        }
        if (plain.length() != 12) {
            return Optional.empty();
        }
        return Optional.of(plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8));
    }
}
