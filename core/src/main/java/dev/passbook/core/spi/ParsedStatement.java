package dev.passbook.core.spi;

import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.domain.Transaction;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.math.BigDecimal;

/**
 * What a parser read, exactly as printed: no correction, no inference. {@code layoutId} names the
 * layout version that matched (e.g. {@code hdfc-legacy-v1}); {@code notes} say where rows were
 * printed and what could not be placed (see {@link ParseNotes}).
 */
public record ParsedStatement(String layoutId, Identity identity, Option<DateRange> declaredPeriod,
                              Option<BigDecimal> openingBalance, Option<BigDecimal> closingBalance,
                              List<Transaction> transactions, Option<StatementSummary> summary, ParseNotes notes) {

    public ParsedStatement {
        java.util.Objects.requireNonNull(notes, "notes");
    }

    /** Without parse notes. */
    public ParsedStatement(String layoutId, Identity identity, Option<DateRange> declaredPeriod,
                           Option<BigDecimal> openingBalance, Option<BigDecimal> closingBalance,
                           List<Transaction> transactions, Option<StatementSummary> summary) {
        this(layoutId, identity, declaredPeriod, openingBalance, closingBalance, transactions, summary, ParseNotes.none());
    }

    /**
     * Whether the printed numbers agree with each other. Always computed here from what was read,
     * never reported by the plugin, so a plugin cannot declare a broken statement clean.
     */
    public Reconciliation reconciliation() {
        return Reconciliation.of(this);
    }

    public ParsedStatement withNotes(ParseNotes newNotes) {
        return new ParsedStatement(layoutId, identity, declaredPeriod, openingBalance, closingBalance, transactions,
                summary, newNotes);
    }
}
