package dev.passbook.adapters.pdf;

import dev.passbook.core.error.UploadError;
import io.vavr.control.Option;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

import java.io.OutputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * What one read may still spend: its deadline and {@link DecodeLimits}, plus the first limit it hit.
 * A hit is sticky: PDFBox catches and logs many failures (a font that does not load falls back to a
 * standard one, a broken form is skipped), so the reader asks {@link #failure()} at the end instead
 * of trusting that the exception reached it, and every later check throws the same failure again.
 *
 * <p>The budget of the read running on the current thread is reachable through {@link #current()}
 * so that PDFBox's filters ({@link MeteredFilters}) can meter every stream they decode, whichever
 * PDFBox code path asks for it. One budget per read; used by that read's thread only.
 */
final class ReadBudget implements AutoCloseable {

    private static final ThreadLocal<ReadBudget> CURRENT = new ThreadLocal<>();
    private static final long MB = 1024L * 1024;

    private final Deadline deadline;
    private final DecodeLimits limits;
    private final ReadBudget outer;
    private final Set<Object> checkedCharacterMaps = Collections.newSetFromMap(new IdentityHashMap<>());
    private ReadFailure failure;
    private long glyphs;

    private ReadBudget(Deadline deadline, DecodeLimits limits) {
        this.deadline = deadline;
        this.limits = limits;
        this.outer = CURRENT.get();
        CURRENT.set(this);
    }

    /** Starts a budget on this thread; {@link #close()} ends it. */
    static ReadBudget open(Deadline deadline, DecodeLimits limits) {
        return new ReadBudget(deadline, limits);
    }

    /** The budget of the read running on this thread, or null outside a read. */
    static ReadBudget current() {
        return CURRENT.get();
    }

    DecodeLimits limits() {
        return limits;
    }

    Deadline deadline() {
        return deadline;
    }

    /** The first limit this read hit, if any. */
    Option<UploadError> failure() {
        return Option.of(failure).map(ReadFailure::error);
    }

    /** Throws the recorded failure, or a new one once the deadline has passed. */
    void check() {
        if (failure != null) {
            throw failure;
        }
        if (deadline.passed()) {
            throw trip(deadline.failure());
        }
    }

    /** Records {@code hit} unless an earlier failure was recorded, and returns the one to throw. */
    ReadFailure trip(ReadFailure hit) {
        if (failure == null) {
            failure = hit;
        }
        return failure;
    }

    /** Throws {@code PDF_TOO_COMPLEX} naming {@code limit}, recorded. */
    ReadFailure tooComplex(String limit) {
        return trip(ReadFailure.tooComplex(limit));
    }

    void countGlyph() {
        if (++glyphs > limits.glyphsPerDocument()) {
            throw tooComplex("more than " + limits.glyphsPerDocument() + " characters in the document");
        }
    }

    /** True the first time a given CMap object is seen in this read. */
    boolean firstLookAt(Object characterMap) {
        return checkedCharacterMaps.add(characterMap);
    }

    /** {@code decoded}, counted against the cap for the kind of stream {@code dictionary} describes. */
    OutputStream meter(OutputStream decoded, COSDictionary dictionary) {
        COSName type = dictionary == null ? null : dictionary.getCOSName(COSName.TYPE);
        long cap;
        String what;
        if (COSName.XREF.equals(type)) {
            cap = limits.xrefStreamBytes();
            what = "a cross-reference stream";
        } else if (COSName.OBJ_STM.equals(type)) {
            cap = limits.objectStreamBytes();
            what = "an object stream";
        } else if (COSName.CMAP.equals(type)) {
            cap = limits.characterMapBytes();
            what = "a character map";
        } else {
            cap = limits.streamBytes();
            what = "a stream";
        }
        return new MeteredOutput(decoded, this, cap, what + " larger than " + megabytes(cap) + " when decoded");
    }

    static String megabytes(long bytes) {
        return bytes % MB == 0 ? bytes / MB + " MB" : bytes + " bytes";
    }

    @Override
    public void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }

    /** Counts decoded bytes, checking the cap on every write and the deadline every 64 KB. */
    private static final class MeteredOutput extends java.io.FilterOutputStream {
        private static final int CHECK_EVERY = 64 * 1024;
        private final ReadBudget budget;
        private final long cap;
        private final String limit;
        private long written;
        private long nextCheck = CHECK_EVERY;

        MeteredOutput(OutputStream out, ReadBudget budget, long cap, String limit) {
            super(out);
            this.budget = budget;
            this.cap = cap;
            this.limit = limit;
        }

        private void count(int n) {
            written += n;
            if (written > cap) {
                throw budget.tooComplex(limit);
            }
            if (written >= nextCheck) {
                nextCheck = written + CHECK_EVERY;
                budget.check();
            }
        }

        @Override
        public void write(int b) throws java.io.IOException {
            count(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            count(len);
            out.write(b, off, len);
        }
    }
}
