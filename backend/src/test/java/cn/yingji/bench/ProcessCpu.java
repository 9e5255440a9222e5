package cn.yingji.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of a process and everything below it (PostgreSQL's backends, Elasticsearch's server JVM under its
 * launcher), read from {@code /proc/<pid>/stat}: user + system time of every live process of the tree, plus the
 * time of its children that already exited and were waited for ({@code cutime}, {@code cstime}). Differences of two
 * readings over a wall-clock interval give the share of one core the tree used.
 */
final class ProcessCpu {

    /** One line of {@code /proc/<pid>/stat}: the fields after the command name, which may hold spaces. */
    record Stat(int pid, int ppid, long ownTicks, long childTicks) {

        static Stat parse(String line) {
            int close = line.lastIndexOf(')');
            String[] f = line.substring(close + 2).split(" ");
            // f[0] is field 3 (state): ppid is field 4, utime..cstime fields 14..17
            return new Stat(Integer.parseInt(line.substring(0, line.indexOf(' '))), Integer.parseInt(f[1]),
                    Long.parseLong(f[11]) + Long.parseLong(f[12]), Long.parseLong(f[13]) + Long.parseLong(f[14]));
        }
    }

    private ProcessCpu() {
    }

    /** Clock ticks of the tree rooted at {@code root} in these stats (0 when the root is gone). */
    static long treeTicks(List<Stat> stats, int root) {
        Map<Integer, List<Stat>> children = new HashMap<>();
        Stat top = null;
        for (Stat s : stats) {
            children.computeIfAbsent(s.ppid(), k -> new ArrayList<>()).add(s);
            if (s.pid() == root) {
                top = s;
            }
        }
        if (top == null) {
            return 0;
        }
        long ticks = 0;
        List<Stat> todo = new ArrayList<>(List.of(top));
        while (!todo.isEmpty()) {
            Stat s = todo.removeLast();
            ticks += s.ownTicks() + s.childTicks();
            todo.addAll(children.getOrDefault(s.pid(), List.of()));
        }
        return ticks;
    }

    /** Every process's stat line now. */
    static List<Stat> snapshot() throws IOException {
        List<Stat> stats = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Path.of("/proc"))) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    stats.add(Stat.parse(Files.readString(dir.resolve("stat")).strip()));
                } catch (NoSuchFileException e) {
                    // exited meanwhile
                } catch (IOException | RuntimeException e) {
                    // a process we may not read: not one of ours
                }
            }
        }
        return stats;
    }

    /** Busy and total clock ticks of the whole machine (first line of {@code /proc/stat}; idle and iowait are not busy). */
    static long[] machineTicks() throws IOException {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < f.length && i <= 8; i++) {
            total += Long.parseLong(f[i]);
        }
        long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
        return new long[] {total - idle, total};
    }
}
