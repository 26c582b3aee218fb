package se.samverka.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Bounds what a request may carry before anything reads it: a body of at most {@value #MAX_BODY_BYTES}
 * bytes by its declared length (the largest legitimate one is a participant file of 2 MB in a form upload;
 * JSON bodies have their own, smaller bound in {@code StrictJsonReader}), and no NUL in the address, which
 * nothing needs and which PostgreSQL refuses in every lookup. Mapped in web.xml, first.
 */
public class RequestLimits extends HttpFilter {

    static final long MAX_BODY_BYTES = 12L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            response.setHeader("Connection", "close");
            Refusal.send(request, response, 413, "error.requestTooLarge");
            return;
        }
        if (hasNul(request.getQueryString()) || hasNul(request.getRequestURI())) {
            Refusal.send(request, response, HttpServletResponse.SC_BAD_REQUEST, "error.http.400");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasNul(String raw) {
        return raw != null && (raw.indexOf('\0') >= 0 || raw.toLowerCase(Locale.ROOT).contains("%00"));
    }
}
