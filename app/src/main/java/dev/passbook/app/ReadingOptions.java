package dev.passbook.app;

import dev.passbook.adapters.pdf.ReaderLimits;
import dev.passbook.app.reading.ReaderSettings;
import picocli.CommandLine.Option;

import java.time.Duration;

/** How {@code serve} reads PDFs: reader processes, their memory, the time budget, the queue. */
final class ReadingOptions {

    enum Isolation { process, none }

    @Option(names = "--reader-isolation", paramLabel = "process|none", defaultValue = "${env:PASSBOOK_READER_ISOLATION:-process}",
            description = "process (default): every PDF is read in a child JVM with its own small heap, killed at the time "
                    + "budget and replaced when it dies; none: in the service's own JVM, only for environments that cannot "
                    + "start processes — a hostile PDF can then exhaust the service's heap (env PASSBOOK_READER_ISOLATION).")
    Isolation isolation;

    @Option(names = "--reader-memory", paramLabel = "SIZE", converter = ByteSize.class,
            defaultValue = "${env:PASSBOOK_READER_MEMORY:-1536MB}",
            description = "Memory for reader processes; their number is this divided by (heap + 96 MB) unless --readers "
                    + "is given (env PASSBOOK_READER_MEMORY, default 1536MB: 3 readers).")
    long memory;

    @Option(names = "--reader-heap", paramLabel = "SIZE", converter = ByteSize.class,
            defaultValue = "${env:PASSBOOK_READER_HEAP:-384MB}",
            description = "Heap (-Xmx) of each reader process; a PDF that needs more is answered PDF_TOO_COMPLEX "
                    + "(env PASSBOOK_READER_HEAP, default 384MB).")
    long heap;

    @Option(names = "--readers", paramLabel = "N", defaultValue = "${env:PASSBOOK_READERS:-0}",
            description = "Reader processes, i.e. uploads read at once (env PASSBOOK_READERS; default 0: from --reader-memory).")
    int readers;

    @Option(names = "--reader-time-budget", paramLabel = "DURATION", converter = DurationConverter.class,
            defaultValue = "${env:PASSBOOK_READER_TIME_BUDGET:-60s}",
            description = "Longest a PDF may take to read; then PDF_TOO_COMPLEX (env PASSBOOK_READER_TIME_BUDGET, default 60s).")
    Duration timeBudget;

    @Option(names = "--upload-queue-wait", paramLabel = "DURATION", converter = DurationConverter.class,
            defaultValue = "${env:PASSBOOK_UPLOAD_QUEUE_WAIT:-5s}",
            description = "How long an upload waits for admission and for a free reader before 503 SERVICE_BUSY "
                    + "(env PASSBOOK_UPLOAD_QUEUE_WAIT, default 5s).")
    Duration queueWait;

    @Option(names = "--max-uploads", paramLabel = "N", defaultValue = "${env:PASSBOOK_MAX_UPLOADS:-0}",
            description = "Uploads in flight at once, bodies included (env PASSBOOK_MAX_UPLOADS; default 0: twice the readers).")
    int maxUploads;

    @Option(names = "--max-uploads-per-key", paramLabel = "N", defaultValue = "${env:PASSBOOK_MAX_UPLOADS_PER_KEY:-0}",
            description = "Uploads in flight for one API key (env PASSBOOK_MAX_UPLOADS_PER_KEY; default 0: the readers less "
                    + "one, at least 1, so that one organisation cannot occupy every reader).")
    int maxUploadsPerKey;

    int processes() {
        return readers > 0 ? readers : ReaderSettings.processesFor(memory, heap);
    }

    int uploads() {
        return maxUploads > 0 ? maxUploads : 2 * processes();
    }

    int uploadsPerKey() {
        return maxUploadsPerKey > 0 ? maxUploadsPerKey : Math.max(1, processes() - 1);
    }

    ReaderSettings readerSettings() {
        return new ReaderSettings(processes(), heap, timeBudget, queueWait, ReaderLimits.DEFAULT_MAX_BYTES,
                ReaderLimits.DEFAULT_MAX_PAGES, ReaderSettings.DEFAULT_START_TIMEOUT, ReaderSettings.DEFAULT_RECYCLE_AFTER);
    }
}
