package dev.passbook.core.spi;

import java.math.BigDecimal;

/** The summary block a statement prints (e.g. HDFC's {@code STATEMENT SUMMARY :-}). */
public record StatementSummary(BigDecimal openingBalance, int debitCount, int creditCount, BigDecimal debits,
                               BigDecimal credits, BigDecimal closingBalance) {
}
