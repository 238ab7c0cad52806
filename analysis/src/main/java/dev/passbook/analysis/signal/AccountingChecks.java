package dev.passbook.analysis.signal;

import dev.passbook.analysis.AnalysisInput;
import dev.passbook.analysis.Evidence;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.spi.Reconciliation.BalanceBreak;
import dev.passbook.core.spi.Reconciliation.SummaryMismatch;
import io.vavr.collection.Array;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Accounting signals. The arithmetic is core's {@code ParsedStatement.reconciliation()}; this class
 * only turns its findings into evidence, and adds the two date checks the reconciler does not make.
 */
public final class AccountingChecks {

    private static final java.util.Set<String> COUNTS = java.util.Set.of("debit_count", "credit_count");

    private AccountingChecks() {
    }

    public static List<Evidence> balanceBreaks(AnalysisInput in) {
        // capped before locating: a misread statement can break on every row, and locating scans pages
        return in.reconciliation().balanceBreaks().take(in.settings().maxSignalsPerType()).map(b -> balanceBreak(in, b));
    }

    private static Evidence balanceBreak(AnalysisInput in, BalanceBreak b) {
        return Evidence.of(in.locator().row(b.date(), b.printed()),
                "balance (row " + (b.index() + 1) + ", " + b.date() + ")",
                b.expected().toPlainString(), b.printed().toPlainString());
    }

    public static List<Evidence> summaryMismatches(AnalysisInput in) {
        return in.reconciliation().summaryMismatches().take(in.settings().maxSignalsPerType())
                .map(m -> summaryMismatch(in, m));
    }

    private static Evidence summaryMismatch(AnalysisInput in, SummaryMismatch m) {
        // counts are small integers that also read as page numbers or serials: not worth locating
        Option<Integer> page = COUNTS.contains(m.field()) ? Option.none() : in.locator().text(m.printed());
        return Evidence.of(page, "summary " + m.field(), m.computed(), m.printed());
    }

    /**
     * Rows against the statement's own direction: most statements print oldest first, some newest
     * first. The direction is the one from the first row's date to the last row's; a row moving
     * against it (an earlier date in an oldest-first statement) is out of order.
     */
    public static List<Evidence> outOfOrder(AnalysisInput in) {
        Array<Transaction> rows = Array.ofAll(in.statement().transactions()); // indexed: List.get is linear
        if (rows.size() < 2) {
            return List.empty();
        }
        boolean newestFirst = rows.last().date().isBefore(rows.head().date());
        List<Evidence> out = List.empty();
        for (int i = 1; i < rows.size() && out.size() < in.settings().maxSignalsPerType(); i++) {
            LocalDate previous = rows.get(i - 1).date();
            Transaction t = rows.get(i);
            boolean against = newestFirst ? t.date().isAfter(previous) : t.date().isBefore(previous);
            if (against) {
                out = out.append(Evidence.of(page(in, t), "date (row " + (i + 1) + ")",
                        (newestFirst ? "on or before " : "on or after ") + previous, t.date().toString()));
            }
        }
        return out;
    }

    public static List<Evidence> outsidePeriod(AnalysisInput in) {
        if (in.statement().declaredPeriod().isEmpty()) {
            return List.empty();
        }
        DateRange declared = in.statement().declaredPeriod().get();
        int grace = in.settings().periodGraceDays();
        DateRange allowed = DateRange.of(declared.from().minusDays(grace), declared.to().plusDays(grace));
        return in.statement().transactions().zipWithIndex()
                .filter(ti -> !allowed.contains(ti._1.date()))
                .take(in.settings().maxSignalsPerType())
                .map(ti -> Evidence.of(page(in, ti._1), "date (row " + (ti._2 + 1) + ")",
                        "within " + declared.from() + ".." + declared.to()
                                + (grace > 0 ? " (+/- " + grace + (grace == 1 ? " day)" : " days)") : ""),
                        ti._1.date().toString()));
    }

    private static Option<Integer> page(AnalysisInput in, Transaction t) {
        BigDecimal figure = t.balance().getOrElse(t.amount());
        return in.locator().row(t.date(), figure);
    }
}
