package se.samverka.api;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import se.samverka.platform.LocalSharedMap;
import se.samverka.platform.Messages;
import se.samverka.platform.SharedMap;
import se.samverka.platform.SharedMaps;

/**
 * Limits {@link RateLimited} endpoints per client address: {@code samverka.ratelimit.per-minute}
 * requests a minute (default 600: a whole municipality often shares one address). Over the limit:
 * 429 with Retry-After and a problem JSON. The budgets are shared by every instance of a cluster ({@link SharedMaps}):
 * two instances behind a balancer allow an address the same number of requests as one.
 */
@Provider
@RateLimited
@jakarta.annotation.Priority(Priorities.AUTHENTICATION - 100)
public class RateLimiter implements ContainerRequestFilter {

    /** A budget untouched this long is full again anyway (at any limit of one a minute or more): forgotten. */
    private static final Duration FORGET_AFTER = Duration.ofMinutes(10);
    private static volatile SharedMap budgets;

    private final int perMinute = ConfigProvider.getConfig(RateLimiter.class.getClassLoader())
            .getOptionalValue("samverka.ratelimit.per-minute", Integer.class).orElse(600);

    @Context
    HttpServletRequest servletRequest;

    /**
     * Takes one request from this address's budget (shared by every limited endpoint and page); answers 0 when
     * allowed, else the seconds to wait. For pages outside the API, such as the certificate check.
     */
    public static long take(String address) {
        return take(address, ConfigProvider.getConfig(RateLimiter.class.getClassLoader())
                .getOptionalValue("samverka.ratelimit.per-minute", Integer.class).orElse(600));
    }

    /**
     * For servlet filters in front of pages: takes one request from the caller's budget, and when it is spent
     * answers 429 with Retry-After (the error page says it) and returns true: the filter stops there.
     */
    public static boolean refused(jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        long wait = take(request.getRemoteAddr());
        if (wait > 0) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait));
            response.sendError(429);
            return true;
        }
        return false;
    }

    /**
     * Takes one request from the budget under {@code key} (e.g. a feature's prefix and the client address) that
     * allows {@code perMinute} a minute, for an action with a tighter limit of its own, such as sending a mail from
     * a public form; answers 0 when allowed, else the seconds to wait.
     */
    public static long take(String key, int perMinute) {
        long now = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
        // behind a balancer with auth-pass-through, a request that reached the instance directly without the
        // balancer's Proxy-ip header has no address at all: such requests share one budget instead of failing
        return budgets().update(key == null ? "unknown" : key, old -> {
            RequestBudget budget = RequestBudget.decode(old, perMinute, now);
            long wait = budget.take(now);
            return new SharedMap.Change<>(budget.encoded(), wait);
        });
    }

    private static SharedMap budgets() {
        SharedMap map = budgets;
        if (map == null) {
            synchronized (RateLimiter.class) {
                if (budgets == null) {
                    budgets = shared();
                }
                map = budgets;
            }
        }
        return map;
    }

    private static SharedMap shared() {
        try {
            return CDI.current().select(SharedMaps.class).get().named("request-budgets", FORGET_AFTER);
        } catch (IllegalStateException noContainer) {
            return new LocalSharedMap(FORGET_AFTER, Clock.systemUTC());
        }
    }

    @Override
    public void filter(ContainerRequestContext request) {
        long wait = take(servletRequest.getRemoteAddr(), perMinute);
        if (wait > 0) {
            var locale = RequestLanguage.of(request);
            request.abortWith(Response.fromResponse(Problem.of(Response.Status.TOO_MANY_REQUESTS,
                            Messages.text(locale, "error.http.429"), null).toResponse())
                    .header(HttpHeaders.RETRY_AFTER, wait).build());
        }
    }
}
