package dev.passbook.testkit.render;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * What a forger did to the file. The truth of an {@link EditedBalance} is recorded in the statement
 * the renderer returns ({@link RenderedStatement#truth()}, {@code options().editedBalanceRow()}).
 */
public sealed interface Tampering {

    /** Row {@code row}'s printed balance moved by {@code delta}: the running total breaks there. */
    record EditedBalance(int row, BigDecimal delta) implements Tampering {
    }

    /**
     * The finished file re-saved as an incremental update (a second revision, a second {@code %%EOF})
     * whose info dictionary names {@code producer} and a modification date {@code after} the creation.
     */
    record IncrementalResave(String producer, Duration after) implements Tampering {
    }

    /** The file written with this producer and creator in place of the bank's generator. */
    record Producer(String producer) implements Tampering {
    }

    static Tampering editedBalance(int row) {
        return new EditedBalance(row, new BigDecimal("1000.00"));
    }

    static Tampering incrementalResave() {
        return new IncrementalResave("www.ilovepdf.com", Duration.ofDays(3).plusHours(5));
    }

    static Tampering producer(String producer) {
        return new Producer(producer);
    }
}
