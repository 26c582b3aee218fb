package se.samverka.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertEquals(Map.of("LOCK_TIMEOUT", "10000", "QUERY_CACHE_SIZE", "128"),
                DurableUrl.connectionProperties("jdbc:h2:file:./d;WRITE_DELAY=0"));
        assertEquals(Map.of("QUERY_CACHE_SIZE", "128"), DurableUrl.connectionProperties("jdbc:h2:file:./d;LOCK_TIMEOUT=500"));
        assertEquals(Map.of("LOCK_TIMEOUT", "10000"),
                DurableUrl.connectionProperties("jdbc:h2:file:./d;query_cache_size=16"));
    }

    @Test
    void anH2SessionTakesTheProperties(@TempDir Path dir) throws Exception {
        String url = DurableUrl.of("jdbc:h2:file:" + dir.resolve("settings"));
        Properties properties = new Properties();
        properties.setProperty("user", "sa");
        properties.setProperty("password", "");
        DurableUrl.connectionProperties(url).forEach(properties::setProperty);
        try (Connection connection = new org.h2.Driver().connect(url, properties);
                Statement statement = connection.createStatement();
                ResultSet settings = statement.executeQuery("select setting_name, setting_value"
                        + " from information_schema.settings"
                        + " where setting_name in ('QUERY_CACHE_SIZE', 'WRITE_DELAY')"
                        + " union all select 'LOCK_TIMEOUT', cast(lock_timeout() as varchar)")) {
            Map<String, String> seen = new TreeMap<>();
            while (settings.next()) {
                seen.put(settings.getString(1), settings.getString(2));
            }
            assertEquals(Map.of("QUERY_CACHE_SIZE", "128", "LOCK_TIMEOUT", "10000", "WRITE_DELAY", "0"), seen);
        }
    }
}
