package se.samverka.platform;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a configured JDBC URL keep every commit it acknowledges.
 * <ul>
 * <li>An H2 file database holds recent commits in memory for {@code WRITE_DELAY} milliseconds (500 by
 * default), so a crashed JVM loses them. Any H2 URL that is not in memory gets {@code WRITE_DELAY=0}: a
 * configured other value is replaced, with a warning in the log.</li>
 * <li>A PostgreSQL session asks for {@code synchronous_commit=on} (the server may be configured with
 * {@code off}, which loses the last commits when the database server crashes); {@link Database} warns at
 * start when the server runs without {@code fsync}.</li>
 * </ul>
 */
public final class DurableUrl {

    private static final Logger LOG = Logger.getLogger(DurableUrl.class.getName());
    private static final Pattern WRITE_DELAY = Pattern.compile("(?i);WRITE_DELAY=([^;]*)");

    private DurableUrl() {
    }

    /** The URL as it should be used: durable where the database allows it. */
    public static String of(String url) {
        if (!isH2OnDisk(url)) {
            return url;
        }
        Matcher delay = WRITE_DELAY.matcher(url);
        if (!delay.find()) {
            return url + ";WRITE_DELAY=0";
        }
        if (!"0".equals(delay.group(1).strip())) {
            LOG.warning(() -> "samverka.db.url sets WRITE_DELAY=" + delay.group(1)
                    + ": replaced by WRITE_DELAY=0, so that no acknowledged commit is lost when the server crashes.");
        }
        return delay.replaceAll(";WRITE_DELAY=0");
    }

    /**
     * Connection properties added to user and password: a PostgreSQL session that is durable, and an H2 session
     * that waits up to {@value #H2_LOCK_TIMEOUT_MS} ms for a row lock (H2's own default is one second, which a
     * rush of registrations queueing for one event's seat counter can exceed on a loaded machine; PostgreSQL
     * waits as long as it takes) and keeps {@value #H2_QUERY_CACHE_SIZE} statements parsed.
     */
    public static Map<String, String> connectionProperties(String url) {
        if (url.startsWith("jdbc:postgresql:") && !url.toLowerCase(Locale.ROOT).contains("options=")) {
            return Map.of("options", "-c synchronous_commit=on");
        }
        if (url.startsWith("jdbc:h2:")) {
            String upper = url.toUpperCase(Locale.ROOT);
            Map<String, String> h2 = new TreeMap<>();
            if (!upper.contains("LOCK_TIMEOUT=")) {
                h2.put("LOCK_TIMEOUT", String.valueOf(H2_LOCK_TIMEOUT_MS));
            }
            if (!upper.contains("QUERY_CACHE_SIZE=")) {
                h2.put("QUERY_CACHE_SIZE", String.valueOf(H2_QUERY_CACHE_SIZE));
            }
            return Map.copyOf(h2);
        }
        return Map.of();
    }

    static final int H2_LOCK_TIMEOUT_MS = 10_000;

    /**
     * Statements each H2 session keeps parsed. H2's default of 8 is fewer than one registration uses (about 18,
     * and the mail delivery as many again), so nearly every statement was parsed anew: 6 % of the server's CPU in
     * the registration rush (docs/performance.md). EclipseLink prepares the same SQL text each time, and H2 hands
     * back the parsed statement for it.
     */
    static final int H2_QUERY_CACHE_SIZE = 128;

    static boolean isH2OnDisk(String url) {
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
    }
}
