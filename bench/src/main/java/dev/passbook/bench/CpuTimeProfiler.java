package dev.passbook.bench;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * Process CPU time per operation, as a JMH secondary result {@value #LABEL} (ms/op).
 *
 * <p>Why: this machine is shared, and with a load average several times the core count the wall-clock
 * time of an operation mostly measures how long it waited for a core. CPU time counts only what the
 * benchmark JVM itself burnt (the benchmark thread plus its GC and JIT threads), so it stays comparable
 * across runs on a busy machine. The OS reports it in scheduler ticks (10 ms here), which is precise
 * enough over iterations of seconds. Child processes' CPU is added, so {@code pdftotext} is measured too.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    static final String LABEL = "cpu";

    private long startNanos;

    @Override
    public String getDescription() {
        return "process CPU time per operation (benchmark thread + GC + JIT)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        startNanos = cpuNanos();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        long ops = Math.max(1, result.getMetadata().getAllOps());
        double millisPerOp = (cpuNanos() - startNanos) / 1e6 / ops;
        return List.of(new ScalarResult(LABEL, millisPerOp, "ms/op", AggregationPolicy.AVG));
    }

    /** This JVM's CPU time plus that of its finished child processes (pdftotext runs as one). */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime()
                + childrenNanos();
    }

    /** cutime + cstime of /proc/self/stat (Linux, USER_HZ = 100); 0 elsewhere. */
    private static long childrenNanos() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // fields after the parenthesised command name; cutime and cstime are fields 16 and 17
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * 10_000_000L;
        } catch (Exception e) {
            return 0;
        }
    }
}
