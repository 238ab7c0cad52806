package dev.passbook.core.application;

import dev.passbook.core.document.Document;
import dev.passbook.core.domain.Evidence;
import dev.passbook.core.domain.FraudSignal;
import dev.passbook.core.port.StatementAnalyzer;
import dev.passbook.core.spi.ParsedStatement;
import dev.passbook.core.spi.Reconciliation;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * The one owner of the signals from the statement's own arithmetic ({@link ParsedStatement#reconciliation()}):
 * {@code inconsistent_transaction}, category {@code accounting}, for each balance break and for each summary
 * figure the rows contradict (issue 16: a printed summary that disagrees with the rows is an inconsistent
 * transaction). The evidence, in the one {@link Evidence} format, tells the two kinds apart: a break names
 * {@code balance (row n, date)}, a summary mismatch {@code summary <field>} with the rows' figure as expected
 * and the printed one as found. {@link ReadStatement} always runs it, whatever analyzer is injected, so no
 * analyzer can report a statement whose balances do not reconcile as clean. The severities come from the
 * wiring (the analysis settings {@code analysis.severity.inconsistent_transaction} for breaks and
 * {@code analysis.severity.summary_mismatch} for summary mismatches; 0 turns that kind off, the verdict
 * stays {@code UNVERIFIED}); the defaults are {@link FraudSeverity}'s.
 *
 * @param breakSeverity    severity of a balance break
 * @param summarySeverity  severity of a summary mismatch (setting {@code summary_mismatch})
 * @param maxPerType       most signals of each kind per statement, so a broken file stays readable
 */
public record AccountingAnalyzer(int breakSeverity, int summarySeverity, int maxPerType) implements StatementAnalyzer {

    public static final String INCONSISTENT_TRANSACTION = "inconsistent_transaction";
    /**
     * The severity setting's name for a summary mismatch ({@code analysis.severity.summary_mismatch}). Until
     * issue 16 it was also the signal's type; the signal is now {@link #INCONSISTENT_TRANSACTION}.
     */
    public static final String SUMMARY_MISMATCH = "summary_mismatch";
    public static final String CATEGORY = "accounting";
    public static final int DEFAULT_MAX_PER_TYPE = 20;

    private static final java.util.Set<String> COUNTS = java.util.Set.of("debit_count", "credit_count");

    public AccountingAnalyzer {
        if (breakSeverity < 0 || summarySeverity < 0 || maxPerType < 1) {
            throw new IllegalArgumentException("severities must be >= 0 and the cap >= 1");
        }
    }

    public static AccountingAnalyzer defaults() {
        return new AccountingAnalyzer(FraudSeverity.BALANCE_BREAK, FraudSeverity.SUMMARY_MISMATCH, DEFAULT_MAX_PER_TYPE);
    }

    @Override
    public List<FraudSignal> analyse(Document document, ParsedStatement statement, String bankId) {
        Locator locator = new Locator(document);
        List<FraudSignal> breaks = breakSeverity == 0 ? List.empty() : balanceBreaks(statement, locator)
                .map(e -> new FraudSignal(INCONSISTENT_TRANSACTION, CATEGORY, breakSeverity, e.render()));
        List<FraudSignal> mismatches = summarySeverity == 0 ? List.empty() : summaryMismatches(statement, locator)
                .map(e -> new FraudSignal(INCONSISTENT_TRANSACTION, CATEGORY, summarySeverity, e.render()));
        return breaks.appendAll(mismatches);
    }

    /**
     * Each printed balance that is not the previous balance plus the row's signed amount, on the page
     * the parser placed the row (else the page that prints its date and balance). An edited row breaks
     * itself and the row after it.
     */
    public List<Evidence> balanceBreaks(ParsedStatement statement, Locator locator) {
        // capped before locating: a misread statement can break on every row, and locating scans pages
        return statement.reconciliation().balanceBreaks().take(maxPerType).map(b -> Evidence.of(
                page(statement.notes().pageOf(b.index())).orElse(() -> locator.row(b.date(), b.printed())),
                "balance (row " + (b.index() + 1) + ", " + b.date() + ")",
                b.expected().toPlainString(), b.printed().toPlainString()));
    }

    /** Each printed summary figure (or the closing balance) the rows contradict: expected from the rows, found printed. */
    public List<Evidence> summaryMismatches(ParsedStatement statement, Locator locator) {
        Reconciliation r = statement.reconciliation();
        // counts are small integers that also read as page numbers or serials: not worth locating
        return r.summaryMismatches().take(maxPerType).map(m -> Evidence.of(
                COUNTS.contains(m.field()) ? Option.none() : locator.text(m.printed()),
                "summary " + m.field(), m.computed(), m.printed()));
    }

    private static Option<Integer> page(int page) {
        return page > 0 ? Option.some(page) : Option.none();
    }
}
