package se.samverka.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    /** Behind a balancer a request without the balancer's address header has none: it is counted, not a 500. */
    @Test
    void requestsWithoutAnAddressShareOneBudget() {
        assertEquals(0, RateLimiter.take(null, 2));
        assertEquals(0, RateLimiter.take(null, 2));
        assertTrue(RateLimiter.take(null, 2) > 0, "the third request in the minute waits");
    }
}
