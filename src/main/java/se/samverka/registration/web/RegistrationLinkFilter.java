package se.samverka.registration.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The personal link {@code /r/{token}}: forwards to the participant's own page with the token as
 * parameter. The token is a secret: it is never logged, and a malformed one is a plain 404.
 */
@WebFilter(urlPatterns = "/r/*")
public class RegistrationLinkFilter extends HttpFilter {

    private static final Pattern PATH = Pattern.compile("/r/([A-Za-z0-9_-]{22,64})/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher matcher = PATH.matcher(path);
        if (!matcher.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher("/registration/manage.xhtml?token=" + matcher.group(1)).forward(request, response);
    }
}
