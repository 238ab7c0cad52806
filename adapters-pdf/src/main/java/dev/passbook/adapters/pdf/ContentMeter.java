package dev.passbook.adapters.pdf;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Counts what one page makes PDFBox parse — its own content streams and those of every form XObject
 * it draws, however often — and checks the read's budget every 64 KB. Content that inflates to
 * gigabytes without a single operator in it is otherwise invisible to the per-operator checks.
 * Besides the page total it bounds the bytes between two operators: PDFBox builds a string literal,
 * an inline image or the operands of the next operator in memory whole, so one 200 MB string in a
 * 200 KB file is otherwise 200 MB (and more while its buffer grows) of heap.
 *
 * <p>It also remembers every content stream it metered, so that the page can tell afterwards whether
 * PDFBox stopped reading one of them early: PDFBox's content parser gives up silently on a syntax
 * error (an array nested too deeply, say) and the rest of the page — rows of a statement — would be
 * missing without a trace. One meter per page; not thread-safe (a page is read by one thread).
 */
final class ContentMeter {

    private static final int CHECK_EVERY_BYTES = 64 * 1024;

    private final ReadBudget budget;
    private final long maxBytes;
    private final long maxBetweenOperators;
    /** Streams PDFBox has not closed yet; a stream read to its end is closed by PDFBox and dropped here. */
    private final Set<BoundedContent> open = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean abandoned;
    private long consumed;
    private long sinceOperator;
    private long nextCheck = CHECK_EVERY_BYTES;

    ContentMeter(ReadBudget budget) {
        this.budget = budget;
        this.maxBytes = budget.limits().contentBytesPerPage();
        this.maxBetweenOperators = budget.limits().bytesBetweenOperators();
    }

    void count(long bytes) {
        if (bytes <= 0) {
            return;
        }
        consumed += bytes;
        sinceOperator += bytes;
        if (sinceOperator > maxBetweenOperators) {
            throw budget.tooComplex("more than " + ReadBudget.megabytes(maxBetweenOperators)
                    + " of content between two operators");
        }
        if (consumed >= nextCheck) {
            nextCheck = consumed + CHECK_EVERY_BYTES;
            if (consumed > maxBytes) {
                throw budget.tooComplex("content larger than " + ReadBudget.megabytes(maxBytes) + " on one page");
            }
            budget.check();
        }
    }

    /** An operator was parsed: the bytes before it are no longer held. */
    void operator() {
        sinceOperator = 0;
    }

    BoundedContent track(BoundedContent content) {
        open.add(content);
        return content;
    }

    /** PDFBox closed {@code content}; {@code early} when it was not at its end. */
    void closed(BoundedContent content, boolean early) {
        open.remove(content);
        abandoned |= early;
    }

    /** True when PDFBox stopped reading one of this page's content streams before its end. */
    boolean anyAbandoned() {
        if (abandoned) {
            return true;
        }
        for (BoundedContent stream : open) {
            if (stream.notAtEnd()) {
                return true;
            }
        }
        return false;
    }
}
