package se.samverka.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Friendly public addresses: {@code /e/{slug}} shows the event's programme, {@code /e/{slug}/{page}}
 * one of its other public pages. Forwards to the Facelets view with the slug as parameter.
 */
@WebFilter(urlPatterns = "/e/*")
public class EventPathFilter extends HttpFilter {

    private static final Pattern PATH = Pattern.compile("/e/([a-z0-9-]{1,80})(?:/([a-z-]+))?/?");
    private static final Map<String, String> VIEWS = Map.of(
            "", "/program/public.xhtml",
            "register", "/registration/register.xhtml",
            "participants", "/participants/public.xhtml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher matcher = PATH.matcher(path);
        String view = matcher.matches() ? VIEWS.get(matcher.group(2) == null ? "" : matcher.group(2)) : null;
        if (view == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(view + "?slug=" + matcher.group(1)).forward(request, response);
    }
}
