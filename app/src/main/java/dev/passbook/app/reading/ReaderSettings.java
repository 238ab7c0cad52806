package dev.passbook.app.reading;

import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How {@code passbook serve} reads uploaded PDFs: in {@code processes} reader processes (child JVMs)
 * of {@code heapBytes} heap each — one read at a time per process, so also the number of reads in
 * flight — each read bounded by {@code timeBudget}; an upload waits at most {@code queueWait} for a
 * free reader before it is answered {@code SERVICE_BUSY}. A process is replaced after
 * {@code recycleAfter} reads (PDFBox caches grow) and whenever it dies.
 */
public record ReaderSettings(int processes, long heapBytes, Duration timeBudget, Duration queueWait, long maxFileBytes,
                             int maxPages, Duration startTimeout, int recycleAfter) {

    /** Heap of one reader process: the 1,000-page synthetic statement peaks near 190 MB. */
    public static final long DEFAULT_HEAP_BYTES = 384L * 1024 * 1024;
    /** What a reader process needs besides its heap (metaspace, code cache, thread stacks, GC), measured. */
    public static final long PROCESS_OVERHEAD_BYTES = 96L * 1024 * 1024;
    /** Memory given to reader processes when none is configured. */
    public static final long DEFAULT_MEMORY_BYTES = 1536L * 1024 * 1024;
    public static final Duration DEFAULT_QUEUE_WAIT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_RECYCLE_AFTER = 500;

    public ReaderSettings {
        Objects.requireNonNull(timeBudget, "timeBudget");
        Objects.requireNonNull(queueWait, "queueWait");
        Objects.requireNonNull(startTimeout, "startTimeout");
        if (processes < 1 || heapBytes < 32L * 1024 * 1024 || timeBudget.isNegative() || timeBudget.isZero()
                || queueWait.isNegative() || maxFileBytes <= 0 || maxPages <= 0 || startTimeout.isNegative()
                || startTimeout.isZero() || recycleAfter < 1) {
            throw new IllegalArgumentException("invalid reader settings: " + processes + " processes, heap "
                    + heapBytes + ", budget " + timeBudget + ", wait " + queueWait);
        }
    }

    /** As many processes of {@code heapBytes} as fit in {@code memoryBytes} with their overhead; at least one. */
    public static int processesFor(long memoryBytes, long heapBytes) {
        return (int) Math.max(1, Math.min(64, memoryBytes / (heapBytes + PROCESS_OVERHEAD_BYTES)));
    }

    /**
     * The reader's own cooperative budget: a little less than the service's, so that the reader
     * normally answers {@code PDF_TOO_COMPLEX} itself and is killed only when it cannot.
     */
    Duration readerBudget() {
        Duration margin = timeBudget.dividedBy(10);
        return timeBudget.minus(margin.compareTo(Duration.ofSeconds(3)) > 0 ? Duration.ofSeconds(3) : margin);
    }

    /** Each entry made absolute: the reader must find the classes whatever directory it is started from. */
    static String absoluteClassPath(String classPath) {
        StringBuilder out = new StringBuilder();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(java.io.File.pathSeparatorChar);
            }
            out.append(Path.of(entry).toAbsolutePath());
        }
        return out.toString();
    }

    /** The child JVM's command line: this JVM's java and class path, the reader's limits as arguments. */
    List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heapBytes / 1024 + "k");
        command.add("-Xms" + Math.min(heapBytes, 32L * 1024 * 1024) / 1024 + "k");
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:MaxMetaspaceSize=128m");
        command.add("-XX:ReservedCodeCacheSize=64m");
        command.add("-XX:-UsePerfData");
        command.add("-Xshare:auto");
        command.add("-Djava.awt.headless=true");
        // a reader's stderr reaches the service's log at DEBUG (ReaderProcess): PDFBox's warnings about the file
        // (recovered defects, fallback fonts) only when that is shown (serve --verbose), else errors only
        String level = LoggerFactory.getLogger(ReaderProcess.class).isDebugEnabled() ? "warn" : "error";
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=" + level);
        command.add("-Dorg.slf4j.simpleLogger.log.org.apache.pdfbox=" + level);
        command.add("-Dorg.slf4j.simpleLogger.log.org.apache.fontbox=" + level);
        command.add("-cp");
        command.add(absoluteClassPath(System.getProperty("java.class.path")));
        command.add(ReaderWorker.class.getName());
        command.add(String.valueOf(readerBudget().toMillis()));
        command.add(String.valueOf(maxFileBytes));
        command.add(String.valueOf(maxPages));
        return command;
    }
}
