package dev.passbook.core.spi;

import io.vavr.collection.List;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The result of checking a statement's arithmetic: each row whose printed balance is not the
 * previous balance plus its amount, and each summary figure that disagrees with the rows.
 */
public record Reconciliation(List<BalanceBreak> balanceBreaks, List<SummaryMismatch> summaryMismatches) {

    /** Row {@code index} (0-based) printed {@code printed} where {@code expected} follows from the row before. */
    public record BalanceBreak(int index, LocalDate date, BigDecimal expected, BigDecimal printed) {
    }

    /** The summary's {@code field} printed {@code printed}; the rows give {@code computed}. */
    public record SummaryMismatch(String field, String printed, String computed) {
    }

    public boolean isClean() {
        return balanceBreaks.isEmpty() && summaryMismatches.isEmpty();
    }
}
