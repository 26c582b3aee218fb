package se.samverka.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import se.samverka.platform.Messages;

/**
 * Remembers the language a visitor picks with {@code ?lang=sv|en} for the rest of the visit. Also on
 * forwards: the filters behind friendly addresses ({@code /e/...}, {@code /r/...}) may run first and
 * forward, and the order of annotated filters is not defined.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class LanguageFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding("UTF-8");
        }
        String lang = request.getParameter("lang");
        if (lang != null && (lang.equals("sv") || lang.equals("en"))) {
            request.getSession().setAttribute(Language.SESSION_KEY, Messages.supported(Locale.forLanguageTag(lang)));
        }
        chain.doFilter(request, response);
    }
}
