package se.samverka.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The per-address request budget behind HTTP 429. */
class RequestBudgetTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void aBurstUpToTheMinutesBudgetIsAllowedThenTheCallerWaits() {
        RequestBudget budget = new RequestBudget(300, 0);
        for (int i = 0; i < 300; i++) {
            assertEquals(0, budget.take(0), "request " + i);
        }
        long wait = budget.take(0);
        assertEquals(1, wait, "one request comes back every 0.2 s, so the caller waits one second (rounded up)");
    }

    @Test
    void theBudgetRefillsOverTime() {
        RequestBudget budget = new RequestBudget(60, 0);
        for (int i = 0; i < 60; i++) {
            budget.take(0);
        }
        assertTrue(budget.take(0) > 0);
        assertEquals(0, budget.take(SECOND), "one a second comes back");
        assertTrue(budget.take(SECOND) > 0);
        for (int i = 0; i < 60; i++) {
            assertEquals(0, budget.take(120 * SECOND + i), "after two idle minutes the full burst is there again");
        }
    }

    @Test
    void aSlowLimitTellsHowLongToWait() {
        RequestBudget budget = new RequestBudget(2, 0);
        budget.take(0);
        budget.take(0);
        assertEquals(30, budget.take(0));
    }

    @Test
    void sixThousandAMinuteFitsALargeDefault() {
        RequestBudget budget = new RequestBudget(6000, 0);
        long step = TimeUnit.MILLISECONDS.toNanos(10);
        for (int i = 0; i < 6000; i++) {
            assertEquals(0, budget.take(i * step));
        }
    }
}
