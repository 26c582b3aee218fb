package se.samverka.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import se.samverka.platform.Messages;

/**
 * The language an API caller wants: an explicit {@code ?lang=sv|en} where a resource offers it,
 * else the first of Accept-Language that Samverka speaks, else Swedish.
 */
public final class RequestLanguage {

    private RequestLanguage() {
    }

    public static Locale of(HttpHeaders headers) {
        return headers == null ? Messages.DEFAULT_LOCALE
                : of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE), headers::getAcceptableLanguages);
    }

    public static Locale of(ContainerRequestContext request) {
        return of(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE), request::getAcceptableLanguages);
    }

    public static Locale of(String lang, HttpHeaders headers) {
        if ("sv".equals(lang) || "en".equals(lang)) {
            return Messages.supported(Locale.forLanguageTag(lang));
        }
        return of(headers);
    }

    private static Locale of(String acceptLanguage, Supplier<List<Locale>> acceptable) {
        if (acceptLanguage == null) {
            return Messages.DEFAULT_LOCALE;
        }
        try {
            return Messages.firstSupported(acceptable.get());
        } catch (RuntimeException malformed) {
            // a header such as "en;q=abc": answer in the default language rather than fail the answer itself
            return Messages.DEFAULT_LOCALE;
        }
    }
}
