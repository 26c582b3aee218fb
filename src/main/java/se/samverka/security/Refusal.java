package se.samverka.security;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import se.samverka.platform.Messages;

/**
 * How the servlet filters say no before any resource runs: a problem JSON (RFC 9457) in the caller's
 * language for the API, the error page of that status for pages.
 */
final class Refusal {

    private Refusal() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, int status, String messageKey)
            throws IOException {
        String detail = Messages.text(language(request), messageKey);
        if (!isApi(request)) {
            response.sendError(status, detail);
            return;
        }
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("type", "about:blank")
                .add("title", reason(status)).add("status", status).add("detail", detail).build().toString());
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    static Locale language(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? Messages.DEFAULT_LOCALE
                : Messages.firstSupported(Collections.list(request.getLocales()));
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 413 -> "Content Too Large";
            default -> "Error";
        };
    }
}
