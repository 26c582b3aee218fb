package se.samverka.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The session's token against cross-site requests, for admin pages whose scripts change data through the
 * API with the logged-in session (the check-in desk): the page carries it in
 * {@code <meta name="csrf-token" content="#{csrfToken.value}">}, the script sends it as {@value #HEADER}, and
 * {@link RolesAllowedCheck} accepts a change without HTTP Basic only when it matches. Another site can neither
 * read it nor set a custom header on a cross-site request.
 */
@Named
@RequestScoped
public class CsrfToken {

    public static final String HEADER = "X-CSRF-Token";
    static final String SESSION_KEY = "samverka.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HttpServletRequest request;

    /** This session's token, made on first use. */
    public String getValue() {
        return of(request.getSession(true));
    }

    static String of(HttpSession session) {
        synchronized (session) {
            Object token = session.getAttribute(SESSION_KEY);
            if (token instanceof String value) {
                return value;
            }
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(SESSION_KEY, value);
            return value;
        }
    }

    /** Whether the request carries its session's token (constant-time comparison). */
    static boolean matches(HttpSession session, String sent) {
        if (session == null || sent == null || !(session.getAttribute(SESSION_KEY) instanceof String expected)) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
