package se.samverka.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import se.samverka.api.RateLimiter;

/**
 * The pages opened by a secret in their address (a table's scribe page, a participant's survey, a member's reply and
 * check-in), when asked for directly rather than through their short paths ({@code /t/}, {@code /r/}, {@code /m/},
 * whose filters already count): the same per-address budget as the API, so that tokens cannot be guessed in bulk
 * by going round the short paths. Forwards from those paths are not counted twice.
 */
@WebFilter(urlPatterns = {"/dialogue/*", "/survey/*", "/meeting/*", "/registration/manage.xhtml"},
        dispatcherTypes = DispatcherType.REQUEST)
public class PrivatePageLimit extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (RateLimiter.refused(request, response)) {
            return;
        }
        chain.doFilter(request, response);
    }
}
