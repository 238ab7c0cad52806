package dev.passbook.parsers.hdfc;

import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Money;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.testkit.Layout;
import dev.passbook.testkit.render.RenderOptions;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A statement of {@code -Dpassbook.hdfc.largePages=150} pages parses exactly. Opt-in: rendering that
 * many pages takes longer than the default build should (timings are in docs/parsers-hdfc.md and the
 * benchmark module, never asserted here).
 */
class HdfcLargeStatementTest {

    static final int PAGES = Integer.getInteger("passbook.hdfc.largePages", 0);

    @Test
    void aStatementOfManyPagesParsesEveryRow() {
        assumeTrue(PAGES > 0, "opt-in: -Dpassbook.hdfc.largePages=150");
        Layout layout = Layout.HDFC_LEGACY;
        int rowCount = PAGES * 39;
        LocalDate from = LocalDate.of(2020, 1, 1);
        List<Transaction> rows = List.range(0, rowCount).map(i -> HdfcFixtures.row(layout, from.plusDays(i / 8),
                i % 5 == 0 ? "NEFT CR-ICIC0000104-ACME SOFTWARE PRIVATE LIMITED-SALARY " + i : "UPI-SHOP" + i,
                i % 5 == 0 ? TransactionType.CREDIT : TransactionType.DEBIT, i % 5 == 0 ? "5000.00" : "12.34"));
        DateRange period = DateRange.of(from, from.plusDays(rowCount / 8 + 1));
        long start = System.nanoTime();
        HdfcFixtures.Rendered r = HdfcFixtures.render(HdfcFixtures.statement(layout, period, "1000.00", rows, Money.ZERO),
                RenderOptions.bankLike(layout));
        long rendered = System.nanoTime();
        assertTrue(r.document().pageCount() >= PAGES, "precondition: " + r.document().pageCount() + " pages");
        var parsed = r.parsed();
        long parsedAt = System.nanoTime();
        r.parsed();
        long again = System.nanoTime();
        System.out.printf("large statement: %d pages, %d rows; render+read %d ms, first parse %d ms, second parse %d ms%n",
                r.document().pageCount(), rowCount, (rendered - start) / 1_000_000, (parsedAt - rendered) / 1_000_000,
                (again - parsedAt) / 1_000_000);
        assertEquals(rowCount, parsed.transactions().size());
        assertEquals(List.empty(), r.differences());
        assertTrue(parsed.reconciliation().isClean());
    }
}
