package se.samverka.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where users reach Samverka ({@code samverka.base-url}): every link that leaves a response (a
 * {@code Location} header, a link in a mail) is built from it, never from the request's {@code Host}
 * header, which a caller chooses. Its origin is also the one origin whose browser pages may change data.
 */
@ApplicationScoped
public class PublicAddress {

    private final URI base;

    @Inject
    public PublicAddress(@ConfigProperty(name = "samverka.base-url", defaultValue = "http://localhost:8080") String baseUrl) {
        this.base = URI.create(baseUrl.strip().replaceAll("/+$", "") + "/");
    }

    protected PublicAddress() {
        this("http://localhost:8080");
    }

    /** An address under the base, e.g. {@code at("r", token)}; each segment is encoded as a path segment. */
    public URI at(Object... segments) {
        UriBuilder builder = UriBuilder.fromUri(base);
        for (Object segment : segments) {
            builder.segment(String.valueOf(segment));
        }
        return builder.build();
    }

    /** An API resource, e.g. {@code api("events", 12)}. */
    public URI api(Object... segments) {
        Object[] all = new Object[segments.length + 1];
        all[0] = "api";
        System.arraycopy(segments, 0, all, 1, segments.length);
        return at(all);
    }

    /** {@code scheme://host[:port]} as a browser sends it in an {@code Origin} header. */
    public String origin() {
        String scheme = base.getScheme().toLowerCase(Locale.ROOT);
        int port = base.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + base.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    /** Whether users reach Samverka over HTTPS (then cookies are marked Secure). */
    public boolean isHttps() {
        return "https".equalsIgnoreCase(base.getScheme());
    }
}
