package se.samverka.privacy.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The privacy notice moved from {@code /registration/privacy.xhtml} (linked from confirmation pages and mails
 * already sent) to {@code /privacy/notice.xhtml}: the old address answers 301 to the new one, keeping the query
 * (the language).
 */
@WebFilter(urlPatterns = "/registration/privacy.xhtml")
public class OldPrivacyAddress extends HttpFilter {

    static final String NOTICE = "/privacy/notice.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + NOTICE + (query == null ? "" : "?" + query));
    }
}
