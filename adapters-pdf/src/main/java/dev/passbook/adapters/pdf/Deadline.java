package dev.passbook.adapters.pdf;

import java.time.Duration;

/** A point in (monotonic) time after which extraction gives up with PDF_TOO_COMPLEX. */
final class Deadline {

    private final long endNanos;
    private final Duration budget;

    private Deadline(long endNanos, Duration budget) {
        this.endNanos = endNanos;
        this.budget = budget;
    }

    static Deadline in(Duration budget) {
        long now = System.nanoTime();
        long nanos;
        try {
            nanos = budget.toNanos();
        } catch (ArithmeticException tooLong) {
            nanos = Long.MAX_VALUE / 4;
        }
        return new Deadline(now + nanos, budget);
    }

    boolean passed() {
        return System.nanoTime() - endNanos > 0;
    }

    /** The failure a read that ran out of time reports. */
    ReadFailure failure() {
        long millis = budget.toMillis();
        return ReadFailure.tooComplex("time budget of " + (millis % 1000 == 0 ? millis / 1000 + " s"
                : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0)));
    }

    /** Throws {@link ReadFailure} (caught at the reader's boundary) once the budget is spent. */
    void check() {
        if (passed()) {
            throw failure();
        }
    }
}
