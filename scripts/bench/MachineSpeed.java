import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How fast this machine is at the moment ({@code java MachineSpeed}): SHA-256 over the same buffer on one
 * thread and then on as many threads as there are cores, after a second of warm-up, and memory latency. A
 * virtual machine's cores can be slower one hour than the next (their host is shared and reports no stolen
 * time); these figures, printed before and after a run, tell apart a slower machine from slower code.
 */
final class MachineSpeed {

    public static void main(String[] args) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        hashFor(1, 1.0);
        System.out.printf(Locale.ROOT, "machine speed: SHA-256 %.0f MB/s on one thread, %.0f MB/s on %d threads;"
                + " memory %.1f ns a read%n", hashFor(1, 3.0), hashFor(cores, 3.0), cores, memoryLatency());
    }

    /**
     * Nanoseconds per read when every read depends on the one before, at random over 128 MB: the memory's
     * latency, which a host's other tenants share (their caches and memory traffic), unlike the cores' arithmetic
     * that SHA-256 measures.
     */
    static double memoryLatency() {
        int[] next = new int[32 << 20];
        for (int i = 0; i < next.length; i++) {
            next[i] = i;
        }
        java.util.Random random = new java.util.Random(1);
        for (int i = next.length - 1; i > 0; i--) { // Sattolo: one cycle through every slot
            int j = random.nextInt(i);
            int swap = next[i];
            next[i] = next[j];
            next[j] = swap;
        }
        int at = 0;
        for (int i = 0; i < 2_000_000; i++) {
            at = next[at];
        }
        int reads = 20_000_000;
        long start = System.nanoTime();
        for (int i = 0; i < reads; i++) {
            at = next[at];
        }
        long nanos = System.nanoTime() - start;
        if (at == -1) {
            System.out.print("");
        }
        return (double) nanos / reads;
    }

    /** MB hashed per second by THREADS threads hashing for SECONDS. */
    static double hashFor(int threads, double seconds) throws Exception {
        byte[] buffer = new byte[1 << 20];
        new java.util.Random(1).nextBytes(buffer);
        long until = System.nanoTime() + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Long>> counts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            counts.add(pool.submit(() -> {
                java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
                long hashed = 0;
                while (System.nanoTime() < until) {
                    sha.update(buffer);
                    sha.digest();
                    hashed++;
                }
                return hashed;
            }));
        }
        long total = 0;
        for (Future<Long> count : counts) {
            total += count.get();
        }
        pool.shutdown();
        return total * buffer.length / 1e6 / seconds;
    }
}
