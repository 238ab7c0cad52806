package dev.passbook.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Run in a child JVM by {@link Bench} (e.g. with {@code -Xmx256m}): one cold pass of the pipeline over
 * a file, then one line {@code MEMORY ok=... } with the heap and RSS it needed. An
 * {@link OutOfMemoryError} (or a refusal) is reported as {@code ok=false}; the exit code says the same.
 *
 * <pre>java -Xmx256m -cp bench/target/benchmarks.jar dev.passbook.bench.MemoryProbe statement.pdf</pre>
 */
public final class MemoryProbe {

    private MemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of(args[0]));
        Pipeline pipeline = new Pipeline();
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong sampledPeak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                sampledPeak.accumulateAndGet(used, Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long started = System.nanoTime();
        String outcome;
        boolean ok;
        Pipeline.Result result = null;
        try {
            result = pipeline.run(pdf);
            ok = true;
            outcome = "pages=" + result.pages() + " transactions=" + result.transactions() + " signals="
                    + result.signals().map(s -> s.type()).distinct().mkString(",");
        } catch (OutOfMemoryError e) {
            ok = false;
            outcome = "error=OutOfMemoryError";
        } catch (RuntimeException e) {
            ok = false;
            outcome = "error=" + e.getClass().getSimpleName() + ":" + String.valueOf(e.getMessage()).replace(' ', '_');
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        sampler.interrupt();
        long poolPeaks = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.gc();
        long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long maxHeap = Runtime.getRuntime().maxMemory();
        System.out.printf("MEMORY ok=%s millis=%d maxHeapMB=%d sampledPeakHeapMB=%d poolPeaksHeapMB=%d "
                        + "retainedAfterGcMB=%d peakRssMB=%d %s%n", ok, millis, mb(maxHeap), mb(sampledPeak.get()),
                mb(poolPeaks), mb(retained), peakRssKb() / 1024, outcome);
        System.out.flush();
        if (result != null) {
            // keep the result reachable until after the retained-heap measurement
            System.out.println("MEMORY-RESULT " + result.layoutId());
        }
        System.exit(ok ? 0 : 3);
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }

    /** VmHWM from /proc (Linux): the resident set's high-water mark; -1 elsewhere. */
    private static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return -1;
    }
}
