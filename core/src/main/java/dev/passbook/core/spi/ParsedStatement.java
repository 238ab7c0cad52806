package dev.passbook.core.spi;

import dev.passbook.core.domain.Identity;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Transaction;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.math.BigDecimal;

/**
 * What a parser read, exactly as printed: no correction, no inference. {@code layoutId} names the
 * layout version that matched (e.g. {@code hdfc-legacy-v1}).
 */
public record ParsedStatement(String layoutId, Identity identity, Option<DateRange> declaredPeriod,
                              Option<BigDecimal> openingBalance, Option<BigDecimal> closingBalance,
                              List<Transaction> transactions, Option<StatementSummary> summary) {

    /**
     * Whether the printed numbers agree with each other. Always computed here from what was read,
     * never reported by the plugin, so a plugin cannot declare a broken statement clean.
     */
    public Reconciliation reconciliation() {
        return Reconciliation.of(this);
    }
}
