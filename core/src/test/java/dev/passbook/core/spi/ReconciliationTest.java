package dev.passbook.core.spi;

import dev.passbook.core.domain.AccountCategory;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.domain.Money;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A printed summary adds up its columns as printed, reversals printed with a minus included. */
class ReconciliationTest {

    private static final Identity IDENTITY = new Identity("1234567890", "A", "", Option.none(), Option.none(),
            AccountCategory.INDIVIDUAL, Money.ZERO, Money.ZERO, Option.none(), Option.none(), Option.none(), "INR");

    private static Transaction t(TransactionType type, String amount, String balance) {
        return new Transaction(LocalDate.of(2024, 4, 1), Option.none(), "X", Option.none(), type, Money.of(amount),
                Option.some(Money.of(balance)));
    }

    // 1,000.00 - 10.00 (debit) + 1.00 (a reversal printed as -1.00 under Withdrawal) + 50.00 (credit)
    private static final List<Transaction> ROWS = List.of(t(TransactionType.DEBIT, "10.00", "990.00"),
            t(TransactionType.CREDIT, "1.00", "991.00"), t(TransactionType.CREDIT, "50.00", "1041.00"));
    // the bank's summary: 2 debits totalling 9.00 (10.00 - 1.00), 1 credit of 50.00
    private static final StatementSummary PRINTED = new StatementSummary(Money.of("1000.00"), 2, 1, Money.of("9.00"),
            Money.of("50.00"), Money.of("1041.00"));

    private static ParsedStatement statement(List<Integer> reversals) {
        return new ParsedStatement("test-v1", IDENTITY, Option.none(), Option.some(Money.of("1000.00")),
                Option.some(Money.of("1041.00")), ROWS, Option.some(PRINTED),
                new ParseNotes(List.of(1, 1, 1), List.empty(), List.empty(), reversals));
    }

    @Test
    void aReversalCountsInTheColumnItIsPrintedInWithANegativeAmount() {
        Reconciliation r = Reconciliation.of(statement(List.of(1)));
        assertEquals(List.empty(), r.summaryMismatches());
        assertEquals(0, r.balanceBreaks().size());
    }

    @Test
    void withoutBeingToldTheSameRowsContradictTheSummary() {
        Reconciliation r = Reconciliation.of(statement(List.empty()));
        assertEquals(List.of("debit_count", "credit_count", "debits", "credits"), r.summaryMismatches().map(m -> m.field()));
    }
}
