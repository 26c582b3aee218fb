package se.samverka.dialogue.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.api.RateLimiter;

/**
 * The address in a table card's QR code, {@code /t/{token}}: forwards to the scribe's page with the table's
 * token, within the same per-address budget as the API so that links cannot be guessed in bulk. A malformed
 * token is a plain 404; the token is never logged.
 */
@WebFilter(urlPatterns = "/t/*")
public class ScribeLinkFilter extends HttpFilter {

    private static final Pattern PATH = Pattern.compile("/t/([A-Za-z0-9_-]{22,43})/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher matcher = PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!matcher.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (RateLimiter.refused(request, response)) {
            return;
        }
        request.getRequestDispatcher("/dialogue/table.xhtml?t=" + matcher.group(1)).forward(request, response);
    }
}
