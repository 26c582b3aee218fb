package se.samverka.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Base64;
import se.samverka.event.Event;

/**
 * The secrets of a registration: the private manage link (128 random bits, URL-safe) and the short
 * check-in code printed on the badge (6 characters without look-alikes such as 0/O and 1/I).
 */
@ApplicationScoped
class RegistrationTokens {

    static final int MIN_TOKEN_LENGTH = 22;
    /** The column holds 43 characters (256 bits); anything longer is no token of ours. */
    static final int MAX_TOKEN_LENGTH = 43;
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 6;

    private final SecureRandom random = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    /** Only URL-safe Base64 characters: anything else is no token of ours (and a NUL would trouble PostgreSQL). */
    static boolean looksLikeToken(String token) {
        return token.chars().allMatch(c -> c == '-' || c == '_' || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z'));
    }

    String newManageToken() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * A code not used by the event's registrations so far. Two registrations that draw the same code at the same
     * moment (about one chance in a billion for each pair) meet at the database's unique key, and the later fails.
     */
    String newCheckInCode(Event event) {
        while (true) {
            StringBuilder code = new StringBuilder(CODE_LENGTH);
            for (int i = 0; i < CODE_LENGTH; i++) {
                code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
            }
            boolean taken = em.createQuery("select count(r) from Registration r where r.event = :event"
                            + " and r.checkInCode = :code", Long.class)
                    .setParameter("event", event).setParameter("code", code.toString())
                    .getSingleResult() > 0;
            if (!taken) {
                return code.toString();
            }
        }
    }
}
