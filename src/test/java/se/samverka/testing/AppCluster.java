package se.samverka.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Several Payara Micro instances with the built WAR on one database, clustered as {@code scripts/cluster} and
 * docs/deployment.md run them: one Hazelcast cluster of its own (a fresh name), members found over TCP/IP on the
 * loopback interface. {@link #start} returns only once every instance is ready and sees all the others as
 * members: a test of cluster-wide state on two clusters of one would prove nothing.
 */
public final class AppCluster implements AutoCloseable {

    private static final Pattern MEMBERS = Pattern.compile("DG Size: (\\d+)");
    private static final Duration JOINING = Duration.ofSeconds(90);

    private final List<AppServer> instances;

    private AppCluster(List<AppServer> instances) {
        this.instances = instances;
    }

    /** {@code size} instances on this database with these settings (see {@link AppServer#on}), not started. */
    public static AppCluster of(int size, String dbUrl, Path workDir, Map<String, String> settings) {
        String name = "samverka-test-" + Long.toString(System.nanoTime(), 36);
        int[] gridPorts = IntStream.range(0, size).map(i -> FreePort.take()).toArray();
        String members = IntStream.of(gridPorts).mapToObj(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
        List<AppServer> instances = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            instances.add(AppServer.on(dbUrl, workDir.resolve("instance-" + (i + 1)), settings).withFewLogins()
                    .inCluster(name, "instance-" + (i + 1), gridPorts[i], members));
        }
        return new AppCluster(List.copyOf(instances));
    }

    /**
     * Starts every instance that is not running and waits until they form one cluster. On a database nobody has
     * started on yet the first instance starts alone (it migrates the schema and creates the first organiser
     * account, which two first starts at once would both try), the others after it, together.
     */
    public AppCluster start() {
        try {
            List<AppServer> stopped = instances.stream().filter(instance -> !instance.isRunning()).toList();
            if (stopped.size() == instances.size()) {
                stopped.get(0).start();
                stopped = stopped.subList(1, stopped.size());
            }
            CompletableFuture.allOf(stopped.stream().map(instance -> CompletableFuture.runAsync(instance::start))
                    .toArray(CompletableFuture[]::new)).join();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        awaitOneCluster();
        return this;
    }

    /** Every instance with the pool as a server resource of these sizes (see {@link AppServer#withServerPool}). */
    public AppCluster withServerPool(int min, int max) {
        instances.forEach(instance -> instance.withServerPool(min, max));
        return this;
    }

    /** The instance at this index (0-based). */
    public AppServer instance(int index) {
        return instances.get(index);
    }

    public int size() {
        return instances.size();
    }

    /** Until every instance's log says that the cluster has all of them. */
    private void awaitOneCluster() {
        Instant deadline = Instant.now().plus(JOINING);
        while (true) {
            List<String> sizes = instances.stream().map(AppCluster::clusterSize).toList();
            if (sizes.stream().allMatch(size -> size.equals(String.valueOf(instances.size())))) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The instances did not form one cluster within " + JOINING
                        + " (members seen by each: " + sizes + "); see " + instances.stream().map(AppServer::log).toList());
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The cluster's size as this instance last logged it ("?" before it logged one). */
    private static String clusterSize(AppServer instance) {
        try {
            Matcher matcher = MEMBERS.matcher(Files.readString(instance.log(), StandardCharsets.ISO_8859_1));
            String size = "?";
            while (matcher.find()) {
                size = matcher.group(1);
            }
            return size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        instances.forEach(AppServer::close);
    }
}
