package se.samverka.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import se.samverka.platform.LocalSharedMap;
import se.samverka.platform.SharedMap;
import se.samverka.platform.SharedMaps;

/**
 * Slows down password guessing, for the login form and HTTP Basic alike. Failed logins are counted per
 * account name (whether or not the account exists, so that the answer tells nothing) and per client
 * address, within a window of {@link #WINDOW}:
 * <ul>
 * <li>after {@value #ACCOUNT_FREE_FAILURES} failures for one name, the next attempt on it waits 30 s, and twice
 * as long after every further failure, at most 15 minutes;</li>
 * <li>after {@value #ADDRESS_FREE_FAILURES} failures from one address (generous: a municipality's staff often
 * share one), the same.</li>
 * </ul>
 * While a wait lasts, even the right password is refused, with the time left. A successful login clears its
 * name's count. Every failure is logged with the name and address (never the password). The counts are shared by
 * every instance of a cluster ({@link SharedMaps}): guessing through two instances is held up as through one.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int ACCOUNT_FREE_FAILURES = 5;
    static final int ADDRESS_FREE_FAILURES = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

    /** Counts untouched this long have no window or wait left: forgotten. */
    private static final Duration FORGET_AFTER = WINDOW.plus(LONGEST_WAIT);

    @Inject
    SharedMaps sharedMaps;

    private SharedMap byAccount;
    private SharedMap byAddress;
    private final Clock clock;

    public LoginThrottle() {
        this.clock = Clock.systemUTC();
    }

    /** For tests: counts in this JVM only, at {@code clock}'s time. */
    LoginThrottle(Clock clock) {
        this.clock = clock;
        this.byAccount = new LocalSharedMap(FORGET_AFTER, clock);
        this.byAddress = new LocalSharedMap(FORGET_AFTER, clock);
    }

    @PostConstruct
    void shareAcrossTheCluster() {
        byAccount = sharedMaps.named("login-failures-by-account", FORGET_AFTER);
        byAddress = sharedMaps.named("login-failures-by-address", FORGET_AFTER);
    }

    /** How long this name from this address must still wait before its next attempt; empty when it may try now. */
    public Optional<Duration> waitBefore(String username, String address) {
        Instant now = clock.instant();
        Duration account = waitOf(byAccount.get(key(username)), now);
        Duration client = waitOf(byAddress.get(String.valueOf(address)), now);
        Duration longer = account.compareTo(client) >= 0 ? account : client;
        return longer.isZero() ? Optional.empty() : Optional.of(longer);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        int forAccount = add(byAccount, key(username), now, ACCOUNT_FREE_FAILURES);
        add(byAddress, String.valueOf(address), now, ADDRESS_FREE_FAILURES);
        LOG.warning(() -> "Failed login for '" + printable(username) + "' from " + address + " (failure " + forAccount
                + " for this name within " + WINDOW.toMinutes() + " minutes)");
    }

    private static int add(SharedMap counts, String key, Instant now, int free) {
        return counts.update(key, old -> {
            Failures failures = Failures.decode(old);
            int count = failures.add(now, free);
            return new SharedMap.Change<>(failures.encoded(), count);
        });
    }

    public void refused(String username, String address, Duration wait) {
        LOG.warning(() -> "Login for '" + printable(username) + "' from " + address + " refused unchecked: "
                + wait.toSeconds() + " s left to wait after repeated failures");
    }

    public void succeeded(String username) {
        byAccount.remove(key(username));
    }

    private static Duration waitOf(String failures, Instant now) {
        return failures == null ? Duration.ZERO : Failures.decode(failures).waitAt(now);
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** The name as it may go into a log line: no line breaks or other control characters, at most 64 characters. */
    static String printable(String username) {
        String name = username == null ? "" : username.replaceAll("\\p{Cntrl}", "?");
        return name.length() > 64 ? name.substring(0, 64) + "…" : name;
    }

    /**
     * Failures of one name or address within the window, and the wait they impose; kept in the shared maps as
     * "count;windowStart;blockedUntil" (epoch milliseconds).
     */
    private static final class Failures {
        private Instant windowStart = Instant.EPOCH;
        private Instant blockedUntil = Instant.EPOCH;
        private int count;

        static Failures decode(String encoded) {
            Failures failures = new Failures();
            if (encoded != null) {
                String[] parts = encoded.split(";");
                try {
                    failures.count = Integer.parseInt(parts[0]);
                    failures.windowStart = Instant.ofEpochMilli(Long.parseLong(parts[1]));
                    failures.blockedUntil = Instant.ofEpochMilli(Long.parseLong(parts[2]));
                } catch (RuntimeException unreadable) {
                    return new Failures();
                }
            }
            return failures;
        }

        synchronized String encoded() {
            return count + ";" + windowStart.toEpochMilli() + ";" + blockedUntil.toEpochMilli();
        }

        synchronized int add(Instant now, int free) {
            if (now.isAfter(windowStart.plus(WINDOW)) && !now.isBefore(blockedUntil)) {
                windowStart = now;
                count = 0;
            }
            count++;
            if (count >= free) {
                int over = Math.min(count - free, 10);
                Duration wait = FIRST_WAIT.multipliedBy(1L << over);
                blockedUntil = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
                windowStart = now; // the window runs on while the failures go on
            }
            return count;
        }

        synchronized Duration waitAt(Instant now) {
            return now.isBefore(blockedUntil) ? Duration.between(now, blockedUntil) : Duration.ZERO;
        }
    }
}
