package se.samverka.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The built WAR on Payara Micro in a JVM of its own, started the way {@code scripts/run} starts it, for
 * tests that need what Arquillian cannot give: killing the server with {@code kill -9} and starting it
 * again on the same database (the crash drill), a server that no other test shares, or the one server that all
 * client-side test classes share ({@link SharedServer}). Its log goes to
 * {@code server-N.log} in the working directory given.
 */
public final class AppServer implements AutoCloseable {

    public static final String ADMIN_PASSWORD = Deployments.ADMIN_PASSWORD;

    private final Path workDir;
    private final Map<String, String> properties;
    private final int port;
    private boolean fewLogins;
    private String heap = "512m";
    private List<String> clustering = List.of("--nocluster");
    private List<String> serverPool = List.of();
    private Process process;
    private int starts;

    private AppServer(Path workDir, Map<String, String> properties) {
        this.workDir = workDir;
        this.properties = properties;
        this.port = FreePort.take();
    }

    /**
     * A server on this database, with no demo data, the test admin password, mail written as files under
     * the working directory and the public rate limit raised unless set otherwise.
     */
    public static AppServer on(String dbUrl, Path workDir, Map<String, String> settings) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("samverka.db.url", dbUrl);
        properties.put("samverka.demo", "false");
        properties.put("samverka.admin.initial-password", ADMIN_PASSWORD);
        properties.put("samverka.mail.transport", "file");
        properties.put("samverka.mail.dir", workDir.resolve("mail").toString());
        properties.put("samverka.ratelimit.per-minute", "1000000");
        properties.putAll(settings);
        return new AppServer(workDir, properties);
    }

    /**
     * For a test that logs in only a few times: the JVM compiles with C1 alone, as the Arquillian servers do,
     * and starts on about half the CPU, but each HTTP Basic login (PBKDF2) then costs about five times as much.
     */
    public AppServer withFewLogins() {
        this.fewLogins = true;
        return this;
    }

    /** The JVM's heap ({@code -Xmx}), 512m unless set: more for a server that many test classes share. */
    public AppServer withHeap(String size) {
        this.heap = size;
        return this;
    }

    /**
     * Joins a Payara Micro cluster (Hazelcast) instead of running alone, as {@code scripts/cluster} starts its
     * instances: TCP/IP discovery among the given members ({@code 127.0.0.1:port,...}), no multicast, the data
     * grid on this port of the loopback interface only, and backups kept on the other members although they run
     * on the same host ({@code --nohostaware}).
     */
    public AppServer inCluster(String name, String instance, int dataGridPort, String members) {
        this.clustering = List.of("--clustername", name, "--name", instance, "--clustermode", "tcpip:" + members,
                "--startport", String.valueOf(dataGridPort), "--interfaces", "127.0.0.1", "--nohostaware",
                "--hzinitialjoinwait", "1");
        return this;
    }

    /**
     * On PostgreSQL: the pool as a server resource sized by configuration, as {@code scripts/run} starts it
     * (scripts/lib/postgres-pool, config/postgres-pool.asadmin), instead of the application's own: the PostgreSQL
     * driver added to the server, the post-boot command file creating the pool from {@code samverka.db.pool.*},
     * and {@code samverka.db.jndi} naming it. Its connections show as {@code ApplicationName} samverka.
     */
    public AppServer withServerPool(int min, int max) {
        StringBuilder connection = new StringBuilder("URL=").append(asadminValue(properties.get("samverka.db.url")))
                .append(":ApplicationName=samverka");
        String user = properties.getOrDefault("samverka.db.user", "");
        String password = properties.getOrDefault("samverka.db.password", "");
        if (!user.isEmpty()) {
            connection.append(":user=").append(asadminValue(user));
        }
        if (!password.isEmpty()) {
            connection.append(":password=").append(asadminValue(password));
        }
        connection.append(":options=-csynchronous_commit\\=on");
        properties.put("samverka.db.pool.min", String.valueOf(min));
        properties.put("samverka.db.pool.max", String.valueOf(max));
        properties.put("samverka.db.pool.properties", connection.toString());
        properties.put("samverka.db.jndi", "jdbc/samverka");
        serverPool = List.of("--addlibs", postgresDriver(), "--postbootcommandfile",
                existing("config/postgres-pool.asadmin"));
        return this;
    }

    /** A value in asadmin's {@code --property name=value:name=value} syntax (scripts/lib/postgres-pool does the same). */
    static String asadminValue(String value) {
        return value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace("\"", "\\\"");
    }

    private static String postgresDriver() {
        File[] jars = new File("target/samverka/WEB-INF/lib").listFiles((dir, name) -> name.startsWith("postgresql-")
                && name.endsWith(".jar"));
        if (jars == null || jars.length == 0) {
            throw new IllegalStateException("No PostgreSQL driver in target/samverka/WEB-INF/lib: run mvn package first");
        }
        return jars[0].getAbsolutePath();
    }

    /** The log of the latest start. */
    public Path log() {
        return workDir.resolve("server-" + starts + ".log");
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public URI base() {
        return URI.create("http://localhost:" + port + "/");
    }

    /** Starts the server and waits until it reports ready. */
    public AppServer start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        try {
            Files.createDirectories(workDir.resolve("tmp"));
            // the runtime unpacked once, with the class-data sharing archive once an Arquillian start recorded it
            // (never recorded here: a server killed with kill -9 would leave no archive)
            // --addlibs (the server pool's driver) needs payara-micro.jar's own class loader: from the unpacked
            // runtime's launcher, Payara fails to cast the JDK's class loader to it
            PayaraRuntime.Start payara = serverPool.isEmpty()
                    ? PayaraRuntime.start(Path.of(microJar()), PayaraRuntime.Recording.NOT_ALLOWED)
                    : new PayaraRuntime.Start(Path.of(microJar()), List.of());
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx" + heap);
            if (fewLogins) {
                command.add("-XX:TieredStopAtLevel=1");
            } // else full JIT: PBKDF2 for every Basic login is 5x slower without
            command.add("-Djava.io.tmpdir=" + workDir.resolve("tmp"));
            command.addAll(payara.jvmOptions());
            properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.addAll(List.of("-jar", payara.jar().toString()));
            command.addAll(clustering);
            command.addAll(serverPool);
            command.addAll(List.of("--maxhttpthreads", "32"));
            command.addAll(List.of("--port", String.valueOf(port), "--contextroot", "/", "--deploy", war()));
            File log = workDir.resolve("server-" + (++starts) + ".log").toFile();
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log)).start();
            awaitReady(Duration.ofSeconds(240), log); // as arquillian.xml's startupTimeoutInSeconds
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code kill -9}: the JVM stops at once, as in a crash (no shutdown hooks, nothing flushed). */
    public void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** A clean stop (SIGTERM), as Ctrl-C on {@code scripts/run}. */
    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            awaitExit();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            awaitExit();
        }
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady(Duration timeout, File log) {
        // HTTP/1.1 (no h2c upgrade), and time for a first answer on a busy machine: a server that has just started
        // can take longer than a few seconds for its first request
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(base().resolve("health/ready")).timeout(Duration.ofSeconds(30)).build();
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> answer = http.send(ready, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return;
                }
                last = answer.statusCode() + " " + answer.body();
            } catch (IOException notYet) {
                last = notYet.toString(); // not listening yet, or no answer in time
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        close();
        throw new IllegalStateException("Samverka was not ready within " + timeout + " (last: " + last + "); see " + log);
    }

    private static String microJar() {
        return existing(System.getProperty("payara.microJar", "target/payara-micro.jar"));
    }

    private static String war() {
        return existing(System.getProperty("samverka.war", "target/samverka.war"));
    }

    private static String existing(String path) {
        File file = new File(path);
        if (!file.isFile()) {
            throw new IllegalStateException("Build first (mvn package): " + file.getAbsolutePath() + " is missing");
        }
        return file.getAbsolutePath();
    }
}
