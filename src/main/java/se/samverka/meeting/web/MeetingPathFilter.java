package se.samverka.meeting.web;

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
 * The members' addresses, within the same per-address budget as the API so that links cannot be guessed in bulk:
 * {@code /m/{token}} (the reply link in an invitation, {@code ?svar=kommer|kan-inte}) and {@code /m/in/{token}}
 * (the QR code on the wall).
 */
@WebFilter(urlPatterns = "/m/*")
public class MeetingPathFilter extends HttpFilter {

    private static final Pattern PATH = Pattern.compile("/m/(in/)?([A-Za-z0-9_-]{22,43})/?");

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
        String view = matcher.group(1) == null ? "/meeting/reply.xhtml" : "/meeting/checkin.xhtml";
        String answer = request.getParameter("svar");
        String query = "?token=" + matcher.group(2)
                + ("kommer".equals(answer) || "kan-inte".equals(answer) ? "&svar=" + answer : "");
        request.getRequestDispatcher(view + query).forward(request, response);
    }
}
