package se.samverka.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DurableUrlTest {

    @Test
    void anH2FileGetsNoWriteDelay() {
        assertEquals("jdbc:h2:file:./data/samverka;WRITE_DELAY=0", DurableUrl.of("jdbc:h2:file:./data/samverka"));
        assertEquals("jdbc:h2:./x;AUTO_SERVER=TRUE;WRITE_DELAY=0", DurableUrl.of("jdbc:h2:./x;AUTO_SERVER=TRUE"));
        assertEquals("jdbc:h2:tcp://db/samverka;WRITE_DELAY=0", DurableUrl.of("jdbc:h2:tcp://db/samverka"));
    }

    @Test
    void aConfiguredWriteDelayIsReplaced() {
        assertEquals("jdbc:h2:file:./d;WRITE_DELAY=0;MODE=PostgreSQL",
                DurableUrl.of("jdbc:h2:file:./d;write_delay=500;MODE=PostgreSQL"));
        assertEquals("jdbc:h2:file:./d;WRITE_DELAY=0", DurableUrl.of("jdbc:h2:file:./d;WRITE_DELAY=0"));
    }

    @Test
    void inMemoryAndPostgresUrlsStayAsTheyAre() {
        assertEquals("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1", DurableUrl.of("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1"));
        assertEquals("jdbc:postgresql://db/samverka", DurableUrl.of("jdbc:postgresql://db/samverka"));
    }

    @Test
    void aPostgresSessionAsksForSynchronousCommit() {
        assertEquals(Map.of("options", "-c synchronous_commit=on"),
                DurableUrl.connectionProperties("jdbc:postgresql://db/samverka"));
        assertEquals(Map.of(), DurableUrl.connectionProperties("jdbc:postgresql://db/x?options=-c%20search_path=s"));
        assertEquals(Map.of("LOCK_TIMEOUT", "10000"), DurableUrl.connectionProperties("jdbc:h2:file:./d;WRITE_DELAY=0"));
        assertEquals(Map.of(), DurableUrl.connectionProperties("jdbc:h2:file:./d;LOCK_TIMEOUT=500"));
    }
}
