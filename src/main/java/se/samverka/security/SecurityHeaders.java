package se.samverka.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import se.samverka.platform.PublicAddress;

/**
 * The headers every answer carries, set before anything is written:
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin} (a private link never leaves
 * in a Referer), {@code X-Frame-Options: DENY};</li>
 * <li>{@code Cache-Control: no-store} on everything but static resources: pages, personal links and API answers
 * may carry personal data, and none of them should stay in a shared cache or a browser's history cache;</li>
 * <li>for the API, which serves no scripts or styles, {@code Content-Security-Policy: default-src 'none'}. Pages
 * get theirs from PrimeFaces (web.xml {@code primefaces.CSP}), with a fresh nonce for their scripts;</li>
 * <li>{@code Strict-Transport-Security} when {@code samverka.base-url} is HTTPS.</li>
 * </ul>
 * Mapped in web.xml.
 */
public class SecurityHeaders extends HttpFilter {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Inject
    PublicAddress address;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (!isStatic(path)) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (path.startsWith("/api/")) {
            response.setHeader("Content-Security-Policy", API_POLICY);
        }
        if (address.isHttps()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, response);
    }

    private static boolean isStatic(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
