package se.samverka.privacy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * What of an export's query string goes into the export log: the parameters that say which slice was exported
 * (format, day, status, sector, layout, language ...), never one that holds or may hold a person: parameters named
 * for an address, a name or a free-text search are left out whole, and so is any value with an {@code @}.
 */
final class ExportFilters {

    /** Parameters that hold, or may hold, an e-mail address, a name or free text about a person. */
    static final Set<String> PERSONAL = Set.of("email", "e-mail", "mail", "name", "firstname", "lastname", "q",
            "query", "search", "text", "person", "who", "token", "registration");

    private ExportFilters() {
    }

    /** The query string (raw, as sent) with everything personal left out; "" when nothing is left. */
    static String of(String rawQuery) {
        if (rawQuery == null || rawQuery.isBlank()) {
            return "";
        }
        StringJoiner kept = new StringJoiner("&");
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (PERSONAL.contains(name.toLowerCase(Locale.ROOT)) || value.contains("@") || name.contains("@")) {
                continue;
            }
            kept.add(equals < 0 ? name : name + "=" + value);
        }
        return kept.toString();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
