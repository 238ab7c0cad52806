package dev.passbook.adapters.pdf;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReaderLimitsTest {

    @Test
    void defaultsAreFiftyMegabytesTwoThousandPagesAndOneMinute() {
        ReaderLimits limits = new PdfDocumentReader().limits();

        assertEquals(50L * 1024 * 1024, limits.maxBytes());
        assertEquals(2_000, limits.maxPages());
        assertEquals(Duration.ofSeconds(60), limits.timeBudget());
    }

    @Test
    void nonPositiveLimitsAreAProgrammingMistake() {
        assertThrows(IllegalArgumentException.class, () -> new ReaderLimits(0, 10, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new ReaderLimits(10, 0, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new ReaderLimits(10, 10, Duration.ZERO));
        assertThrows(NullPointerException.class, () -> new ReaderLimits(10, 10, null));
    }
}
