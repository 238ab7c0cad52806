package dev.passbook.adapters.pdf;

/**
 * Counts the decoded content bytes one page makes PDFBox parse — its own content streams and those of
 * every form XObject it draws, however often — and checks the deadline every 64 KB. Content that
 * inflates to gigabytes without a single operator in it is otherwise invisible to the per-operator
 * checks. One meter per page; not thread-safe (a page is read by one thread).
 */
final class ContentMeter {

    private static final int CHECK_EVERY_BYTES = 64 * 1024;

    private final Deadline deadline;
    private final long maxBytes;
    private long consumed;
    private long nextCheck = CHECK_EVERY_BYTES;

    ContentMeter(Deadline deadline, long maxBytes) {
        this.deadline = deadline;
        this.maxBytes = maxBytes;
    }

    void count(long bytes) {
        if (bytes <= 0) {
            return;
        }
        consumed += bytes;
        if (consumed >= nextCheck) {
            nextCheck = consumed + CHECK_EVERY_BYTES;
            if (consumed > maxBytes) {
                throw ReadFailure.tooComplex("content larger than " + maxBytes / (1024 * 1024) + " MB on one page");
            }
            deadline.check();
        }
    }
}
