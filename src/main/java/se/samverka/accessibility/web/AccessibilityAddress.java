package se.samverka.accessibility.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The accessibility statement's addresses: {@code /tillganglighet} (the one the footer and the law's readers use)
 * and {@code /accessibility}, which opens it in English unless {@code ?lang=} says otherwise. Both show
 * {@code /accessibility/statement.xhtml} in place (a forward), so the address stays. Since {@code /accessibility} is
 * also the view folder, the container redirects it to {@code /accessibility/} and maps that to the welcome file
 * {@code /accessibility/index.xhtml} before filters run: that address is caught here too.
 */
@WebFilter(urlPatterns = {"/tillganglighet", "/tillganglighet/", "/accessibility", "/accessibility/",
    "/accessibility/index.xhtml"})
public class AccessibilityAddress extends HttpFilter {

    static final String STATEMENT = "/accessibility/statement.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean english = path.startsWith("/accessibility") && request.getParameter("lang") == null;
        request.getRequestDispatcher(STATEMENT + (english ? "?lang=en" : "")).forward(request, response);
    }
}
