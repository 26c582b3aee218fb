package se.samverka.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Payara Micro for the test servers, made quicker to start. Its runtime is unpacked once per build (with
 * Payara's own {@code --outputlauncher}) instead of once per start, and started through a launcher jar that
 * puts the runtime jars on the class path. That lets the JVM keep the classes Payara loads in a
 * class-data-sharing archive (AppCDS): the first Arquillian server of a run of several IT classes records it
 * when it stops ({@code -XX:ArchiveClassesAtExit}), every later server of the build maps it
 * ({@code -XX:SharedArchiveFile}) and starts on about a quarter less CPU. Everything lives in
 * {@code target/payara-micro-cds/}, made again when payara-micro.jar or the JDK changes.
 * <p>
 * {@code -Dsamverka.test.cds=off} starts every server from payara-micro.jar as before (to compare, or to rule
 * this out); {@code -Dsamverka.test.cds=record} lets a run of one IT class record the archive too.
 * Nothing here may fail a test: without payara-micro.jar, when unpacking fails or the archive never appears,
 * the servers start from payara-micro.jar as before; an archive the JVM finds stale it ignores by itself.
 */
public final class PayaraRuntime {

    private static final Logger LOG = Logger.getLogger(PayaraRuntime.class.getName());

    /** The first four bytes of a finished dynamic CDS archive (JDK 17, little-endian on disk). */
    private static final int DYNAMIC_ARCHIVE_MAGIC = 0xf00baba8;
    private static final String RECORD = "-XX:ArchiveClassesAtExit=";

    private static Path preparedFor;
    private static Path launcher;

    private PayaraRuntime() {
    }

    /** Whether this start may record the archive: only when it will be of use to later starts. */
    public enum Recording { ALLOWED, NOT_ALLOWED }

    /** The way to start Payara Micro: the jar for {@code java -jar} and the JVM options that go with it. */
    public record Start(Path jar, List<String> jvmOptions) {
    }

    /**
     * How to start the Payara Micro in this jar: through the unpacked runtime with the class-data-sharing
     * archive when it can, else from the jar itself with no extra options.
     */
    public static synchronized Start start(Path payaraMicroJar, Recording recording) {
        Path jar = payaraMicroJar.toAbsolutePath().normalize();
        if ("off".equals(System.getProperty("samverka.test.cds"))) {
            return new Start(jar, List.of());
        }
        try {
            if (!jar.equals(preparedFor)) {
                preparedFor = jar;
                launcher = prepare(jar);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Payara Micro starts from " + jar + " as usual (could not unpack it once: " + e + ")");
            launcher = null;
        }
        if (launcher == null) {
            return new Start(jar, List.of());
        }
        Path root = launcher.getParent();
        List<String> options = new ArrayList<>(List.of("-Dfish.payara.micro.BootJar=" + launcher.toUri(),
                "-Dfish.payara.micro.UnpackDir=" + root));
        options.addAll(classDataSharing(root.getParent(), recording));
        return new Start(launcher, List.copyOf(options));
    }

    /** Options to map the archive, or to record it in this start, or none while another start records it. */
    private static List<String> classDataSharing(Path dir, Recording recording) {
        Path archive = dir.resolve("payara.jsa");
        Path attempted = dir.resolve("payara.jsa.recorded-by");
        if (Files.exists(archive)) {
            if (isRecording(archive)) {
                return List.of();
            }
            if (isFinished(archive)) {
                return List.of("-XX:SharedArchiveFile=" + archive);
            }
            LOG.warning("The class-data sharing archive " + archive + " is unfinished; Payara starts without it");
            return List.of();
        }
        if (recording == Recording.NOT_ALLOWED || Files.exists(attempted)) {
            return List.of(); // at most one attempt per build: a failed one must not slow every start
        }
        try {
            Files.writeString(attempted, ProcessHandle.current().pid() + "\n");
        } catch (IOException e) {
            return List.of();
        }
        LOG.info("This Payara Micro records the class-data sharing archive " + archive + " when it stops");
        // the JVM warns once for each class it cannot keep (a thousand lines): not wanted in the server's log
        return List.of(RECORD + archive, "-Xlog:cds=off");
    }

    /** A JVM is still writing the archive (it does so on exit, after its server has stopped). */
    private static boolean isRecording(Path archive) {
        String option = RECORD + archive;
        try (Stream<ProcessHandle> processes = ProcessHandle.allProcesses()) {
            return processes.anyMatch(process -> process.info().arguments()
                    .map(arguments -> Arrays.asList(arguments).contains(option)).orElse(false));
        }
    }

    private static boolean isFinished(Path archive) {
        try (FileChannel file = FileChannel.open(archive, StandardOpenOption.READ)) {
            ByteBuffer magic = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
            return file.read(magic, 0) == 4 && magic.getInt(0) == DYNAMIC_ARCHIVE_MAGIC;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The launcher jar in {@code target/payara-micro-cds/runtime/}, made once per payara-micro.jar and JDK:
     * Payara's launcher (which would tie every start to one configuration directory) turned into one that
     * starts Payara Micro itself in a fresh temporary directory, as {@code java -jar payara-micro.jar} does.
     */
    private static Path prepare(Path payaraMicroJar) throws IOException {
        if (!Files.isRegularFile(payaraMicroJar)) {
            return null;
        }
        Path dir = payaraMicroJar.resolveSibling("payara-micro-cds");
        Files.createDirectories(dir);
        String stamp = payaraMicroJar + " " + Files.size(payaraMicroJar) + " "
                + Files.getLastModifiedTime(payaraMicroJar).toMillis() + " " + System.getProperty("java.home") + " "
                + System.getProperty("java.vm.version") + "\n";
        Path stampFile = dir.resolve("stamp");
        Path root = dir.resolve("runtime");
        Path launcher = root.resolve("samverka-launcher.jar");
        try (FileChannel lockFile = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
                FileLock lock = lockFile.lock()) {
            if (Files.isRegularFile(launcher) && Files.exists(stampFile) && Files.readString(stampFile).equals(stamp)) {
                return launcher;
            }
            for (String stale : List.of("stamp", "payara.jsa", "payara.jsa.recorded-by")) {
                Files.deleteIfExists(dir.resolve(stale));
            }
            deleteTree(root);
            unpack(payaraMicroJar, root);
            writeLauncher(payaraMicroJar, root, launcher);
            Files.writeString(stampFile, stamp);
            LOG.info("Unpacked Payara Micro once for the test servers into " + root);
            return launcher;
        }
    }

    /** {@code java -jar payara-micro.jar --rootdir root --outputlauncher}: the runtime jars and Payara's launcher. */
    private static void unpack(Path payaraMicroJar, Path root) throws IOException {
        Path tmp = Files.createDirectories(root.resolveSibling("tmp"));
        Path log = root.resolveSibling("unpack.log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-jar", payaraMicroJar.toString(), "--rootdir", root.toString(),
                "--outputlauncher")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("unpacking took longer than 3 minutes; see " + log);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while unpacking", e);
        }
        if (process.exitValue() != 0 || !Files.isRegularFile(root.resolve("launch-micro.jar"))) {
            throw new IOException("--outputlauncher exited with " + process.exitValue() + "; see " + log);
        }
    }

    /**
     * Payara's launch-micro.jar with three changes: its main class is Payara Micro itself rather than the
     * launcher that adds {@code --rootdir} (each server gets a fresh temporary directory, as from payara-micro.jar);
     * it carries payara-micro.jar's {@code MICRO-INF/} (the domain that directory is made from); and the JDBC
     * resource adapters (runtime/*.rar) at its root, where Payara looks for them to unpack into that directory.
     */
    private static void writeLauncher(Path payaraMicroJar, Path root, Path launcher) throws IOException {
        Path partial = launcher.resolveSibling(launcher.getFileName() + ".part");
        try (JarFile payaraLauncher = new JarFile(root.resolve("launch-micro.jar").toFile());
                JarFile micro = new JarFile(payaraMicroJar.toFile())) {
            Manifest manifest = new Manifest(payaraLauncher.getManifest());
            Attributes main = manifest.getMainAttributes();
            String startClass = main.getValue("Start-Class");
            main.put(Attributes.Name.MAIN_CLASS, startClass == null ? "fish.payara.micro.impl.PayaraMicroImpl" : startClass);
            main.remove(new Attributes.Name("Start-Class"));
            Set<String> written = new HashSet<>(Set.of(JarFile.MANIFEST_NAME, "META-INF/"));
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(partial), manifest)) {
                for (JarEntry entry : Collections.list(payaraLauncher.entries())) {
                    copy(payaraLauncher, entry, out, written);
                }
                for (JarEntry entry : Collections.list(micro.entries())) {
                    if (entry.getName().startsWith("MICRO-INF/") && !entry.getName().startsWith("MICRO-INF/runtime/")) {
                        copy(micro, entry, out, written);
                    }
                }
                try (DirectoryStream<Path> rars = Files.newDirectoryStream(root.resolve("runtime"), "*.rar")) {
                    for (Path rar : rars) {
                        out.putNextEntry(new JarEntry(rar.getFileName().toString()));
                        Files.copy(rar, out);
                        out.closeEntry();
                    }
                }
            }
        }
        Files.move(partial, launcher, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void copy(JarFile from, JarEntry entry, JarOutputStream out, Set<String> written) throws IOException {
        if (!written.add(entry.getName())) {
            return;
        }
        out.putNextEntry(new JarEntry(entry.getName()));
        if (!entry.isDirectory()) {
            try (InputStream in = from.getInputStream(entry)) {
                in.transferTo(out);
            }
        }
        out.closeEntry();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
