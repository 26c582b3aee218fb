package se.samverka.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import se.samverka.platform.PublicAddress;

/**
 * Refuses requests that change something (POST, PUT, PATCH, DELETE) when a browser says they come from
 * another site: {@code Sec-Fetch-Site: cross-site}, or an {@code Origin} other than Samverka's own (its
 * configured {@code samverka.base-url}, or the address the request was sent to). A foreign page can
 * therefore not make a logged-in organiser's browser import, register or change anything, whatever content
 * type it uses. Clients that are not browsers send neither header and are not affected. Together with the
 * session cookie's {@code SameSite=Lax} (glassfish-web.xml), the view state of every form, and the API's
 * rule that a change needs HTTP Basic or the session's {@link CsrfToken} ({@link RolesAllowedCheck}), this is
 * the CSRF defence.
 * Mapped in web.xml so that it runs before everything else.
 */
public class CrossSiteGuard extends HttpFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Logger LOG = Logger.getLogger(CrossSiteGuard.class.getName());

    @Inject
    PublicAddress address;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod()) || isSameSite(request)) {
            chain.doFilter(request, response);
            return;
        }
        LOG.warning(() -> "Refused a cross-site " + request.getMethod() + " " + request.getRequestURI() + " from origin "
                + request.getHeader("Origin") + " (" + request.getRemoteAddr() + ")");
        Refusal.send(request, response, HttpServletResponse.SC_FORBIDDEN, "error.crossSite");
    }

    boolean isSameSite(HttpServletRequest request) {
        if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true; // not a browser, or a browser that sends Sec-Fetch-Site (checked above)
        }
        String normalised = origin.strip().toLowerCase(Locale.ROOT);
        return normalised.equals(address.origin()) || normalised.equals(ownOrigin(request));
    }

    /** The origin this request was sent to, as a browser on the same page would name it. */
    static String ownOrigin(HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (host == null) {
            return "";
        }
        try {
            URI uri = URI.create(request.getScheme() + "://" + host.strip().toLowerCase(Locale.ROOT));
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (uri.getScheme().equals("http") && port == 80)
                    || (uri.getScheme().equals("https") && port == 443);
            return uri.getScheme() + "://" + uri.getHost() + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }
}
