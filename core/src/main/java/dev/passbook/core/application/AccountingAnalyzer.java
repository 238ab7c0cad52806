package dev.passbook.core.application;

import dev.passbook.core.document.Document;
import dev.passbook.core.domain.FraudSignal;
import dev.passbook.core.spi.ParsedStatement;
import dev.passbook.core.spi.Reconciliation;
import io.vavr.collection.List;

/**
 * Signals from the statement's own arithmetic ({@link ParsedStatement#reconciliation()}):
 * {@code inconsistent_transaction} for each balance break and {@code summary_mismatch} for each
 * summary figure the rows contradict, category {@code accounting}.
 */
public final class AccountingAnalyzer implements StatementAnalyzer {

    public static final String INCONSISTENT_TRANSACTION = "inconsistent_transaction";
    public static final String SUMMARY_MISMATCH = "summary_mismatch";
    public static final String CATEGORY = "accounting";

    @Override
    public List<FraudSignal> analyse(Document document, ParsedStatement statement, String bankId) {
        Reconciliation r = statement.reconciliation();
        List<FraudSignal> breaks = r.balanceBreaks().map(b -> new FraudSignal(INCONSISTENT_TRANSACTION, CATEGORY,
                FraudSeverity.BALANCE_BREAK, "row " + (b.index() + 1) + " (" + b.date() + "): balance expected "
                + b.expected().toPlainString() + ", found " + b.printed().toPlainString()));
        List<FraudSignal> mismatches = r.summaryMismatches().map(m -> new FraudSignal(SUMMARY_MISMATCH, CATEGORY,
                FraudSeverity.SUMMARY_MISMATCH, "summary " + m.field() + ": expected " + m.computed()
                + " from the transactions, found " + m.printed()));
        return breaks.appendAll(mismatches);
    }
}
