package se.samverka.certificate.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.api.RateLimiter;

/**
 * {@code /verify/{code}} (the address in a certificate's QR code) and {@code /verify}: forwards to the public
 * verification page, within the same per-address budget as the API, so that codes cannot be guessed in bulk.
 */
@WebFilter(urlPatterns = {"/verify", "/verify/*"})
public class VerifyPathFilter extends HttpFilter {

    private static final Pattern PATH = Pattern.compile("/verify(?:/([A-Za-z0-9 -]{1,40}))?/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher matcher = PATH.matcher(path);
        if (!matcher.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (RateLimiter.refused(request, response)) {
            return;
        }
        String code = matcher.group(1) != null ? matcher.group(1) : request.getParameter("code");
        String target = "/certificate/verify.xhtml" + (code == null ? ""
                : "?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
        request.getRequestDispatcher(target).forward(request, response);
    }
}
