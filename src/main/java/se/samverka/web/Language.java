package se.samverka.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;
import se.samverka.platform.Messages;

/**
 * The language of this request: the one the visitor chose with the switch (kept in the session),
 * else the first of Accept-Language that we speak, else Swedish.
 */
@Named
@RequestScoped
public class Language {

    static final String SESSION_KEY = "samverka.locale";

    @Inject
    HttpServletRequest request;

    public Locale getLocale() {
        var session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        if (request.getHeader("Accept-Language") == null) {
            return Messages.DEFAULT_LOCALE;
        }
        return Messages.firstSupported(Collections.list(request.getLocales()));
    }

    public String getCode() {
        return getLocale().getLanguage();
    }

    public boolean isEnglish() {
        return Messages.ENGLISH.getLanguage().equals(getCode());
    }

    /** The address of this page in the other language (the page as the visitor asked for it). */
    public String switchUrl(String language) {
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwarded != null ? (String) forwarded : request.getRequestURI();
        String query = forwarded != null ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
                : request.getQueryString();
        StringBuilder url = new StringBuilder(uri).append("?lang=").append(language);
        if (query != null) {
            for (String part : query.split("&")) {
                if (!part.startsWith("lang=") && !part.isEmpty()) {
                    url.append('&').append(part);
                }
            }
        }
        return url.toString();
    }
}
