package dev.passbook.app.robustness;

import dev.passbook.adapters.pdf.PdfDocumentReader;
import dev.passbook.adapters.pdf.ReaderLimits;
import dev.passbook.core.document.Document;
import dev.passbook.core.error.UploadError;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Reads one file with the in-process reader and prints the answer, the time and the peak memory,
 * for measuring probes by hand in a fresh JVM: {@code java -Xmx... ProbeRun FILE [BUDGET_SECONDS]}.
 * Prints {@code code millis peakHeapMB peakRssMB}.
 */
public final class ProbeRun {

    private ProbeRun() {
    }

    public static void main(String[] args) throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of(args[0]));
        Duration budget = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 60);
        PdfDocumentReader reader = new PdfDocumentReader(new ReaderLimits(ReaderLimits.DEFAULT_MAX_BYTES,
                ReaderLimits.DEFAULT_MAX_PAGES, budget));
        long t0 = System.nanoTime();
        Either<UploadError, Document> result = reader.read(bytes, Option.none());
        long millis = (System.nanoTime() - t0) / 1_000_000;
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                .map(l -> String.valueOf(Long.parseLong(l.replaceAll("\\D", "")) / 1024)).findFirst().orElse("?");
        String answer = result.isLeft() ? result.getLeft().code() + " (" + result.getLeft().message() + ")"
                : "OK " + result.get().pageCount() + " pages";
        System.out.println(answer + "\t" + millis + "\t" + peakHeap / (1024 * 1024) + "\t" + rss);
    }
}
