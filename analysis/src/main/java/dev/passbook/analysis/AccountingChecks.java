package dev.passbook.analysis;

import dev.passbook.core.domain.Evidence;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Transaction;
import io.vavr.collection.Array;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The two date checks the reconciliation does not make (rows out of order, rows outside the declared
 * period), category {@code accounting}. Balance breaks and summary mismatches are core's
 * {@code AccountingAnalyzer}'s, their one owner.
 */
public final class AccountingChecks {

    private AccountingChecks() {
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
