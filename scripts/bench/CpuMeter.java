import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the machine's CPU goes while a rush runs, from Linux's /proc: the server process (option
 * server-pid), the database (option db-pid: a process with its children, such as PostgreSQL's postmaster
 * with its back ends; the CPU of children that have ended counts through the parent's), this load
 * generator, and the whole machine. Times in nanoseconds; -1 when not asked for or not readable.
 */
record CpuMeter(String serverPid, String databasePid, long ticksPerSecond) {

    record Reading(long server, long database, long generator, long machineBusy, long machineTotal) {
    }

    Reading read() {
        long[] machine = machine();
        return new Reading(process(serverPid, false), process(databasePid, true),
                ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L),
                machine[0], machine[1]);
    }

    private long process(String pid, boolean withChildren) {
        if (pid == null || pid.isBlank()) {
            return -1;
        }
        try {
            String[] own = fields(pid);
            long ticks = Long.parseLong(own[11]) + Long.parseLong(own[12]);
            if (withChildren) {
                ticks += Long.parseLong(own[13]) + Long.parseLong(own[14]);
                try (var entries = Files.list(Path.of("/proc"))) {
                    for (Path entry : (Iterable<Path>) entries::iterator) {
                        String name = entry.getFileName().toString();
                        if (!name.chars().allMatch(Character::isDigit) || name.equals(pid)) {
                            continue;
                        }
                        try {
                            String[] child = fields(name);
                            if (child[1].equals(pid)) {
                                ticks += Long.parseLong(child[11]) + Long.parseLong(child[12]);
                            }
                        } catch (IOException gone) {
                            // the process ended meanwhile; its CPU now counts in the parent's
                        }
                    }
                }
            }
            return ticks * 1_000_000_000L / ticksPerSecond;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The fields of /proc/PID/stat after the command name: [0] state, [1] parent, [11] utime, [12] stime... */
    private static String[] fields(String pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", pid, "stat"));
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }

    /** {busy, total} of all cores since boot, from the first line of /proc/stat (idle and iowait are not busy). */
    private long[] machine() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(cpu.length, 9); i++) {
                total += Long.parseLong(cpu[i]);
            }
            long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
            return new long[] {(total - idle) * 1_000_000_000L / ticksPerSecond, total * 1_000_000_000L / ticksPerSecond};
        } catch (IOException | RuntimeException e) {
            return new long[] {-1, -1};
        }
    }
}
