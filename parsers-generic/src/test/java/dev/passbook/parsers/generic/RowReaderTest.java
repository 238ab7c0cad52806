package dev.passbook.parsers.generic;

import dev.passbook.core.domain.Money;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.passbook.parsers.generic.ColumnRole.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RowReaderTest {

    private static RowCells row(Object... roleAndText) {
        RowCells r = RowCells.empty(1);
        for (int i = 0; i + 1 < roleAndText.length; i += 2) {
            r = r.with((ColumnRole) roleAndText[i], (String) roleAndText[i + 1]);
        }
        return r;
    }

    private static RowReader.Rows read(Option<BigDecimal> opening, RowCells... rows) {
        Either<String, RowReader.Rows> r = RowReader.read(List.of(rows), opening);
        assertTrue(r.isRight(), () -> "refused: " + r.getLeft());
        return r.get();
    }

    private static BigDecimal m(String s) {
        return Money.of(s);
    }

    @Test
    void debitAndCreditColumnsGiveTheDirectionAndWrappedNarrationsAreJoined() {
        RowReader.Rows rows = read(Option.some(m("1000.00")),
                row(DATE, "1 Apr 2024", VALUE_DATE, "2 Apr 2024", NARRATION, "UPI-RAVI", NARRATION, "KUMAR-OKSBI",
                        REFERENCE, "412345678901", DEBIT, "250.50", BALANCE, "749.50"),
                row(DATE, "03/04/2024", NARRATION, "NEFT CR", CREDIT, "1,00,000.00", BALANCE, "1,00,749.50"));
        Transaction first = rows.transactions().get(0);
        assertEquals(LocalDate.of(2024, 4, 1), first.date());
        assertEquals(Option.some(LocalDate.of(2024, 4, 2)), first.valueDate());
        assertEquals("UPI-RAVI KUMAR-OKSBI", first.note());
        assertEquals(Option.some("412345678901"), first.reference());
        assertEquals(TransactionType.DEBIT, first.type());
        assertEquals(m("250.50"), first.amount());
        assertEquals(Option.some(m("749.50")), first.balance());
        Transaction second = rows.transactions().get(1);
        assertEquals(TransactionType.CREDIT, second.type());
        assertEquals(m("100000.00"), second.amount());
        assertEquals(Option.none(), second.reference());
        assertEquals(Option.none(), second.valueDate());
    }

    @Test
    void zeroPlaceholderInTheOtherColumnIsIgnored() {
        RowReader.Rows rows = read(Option.none(),
                row(DATE, "01/04/2024", NARRATION, "ATM", DEBIT, "500.00", CREDIT, "0.00", BALANCE, "100.00"));
        assertEquals(TransactionType.DEBIT, rows.transactions().head().type());
    }

    @Test
    void singleAmountTakesItsDirectionFromTheDrCrColumnOrSuffix() {
        RowReader.Rows rows = read(Option.none(),
                row(DATE, "01-04-2024", NARRATION, "A", AMOUNT, "100.00", DR_CR, "DR"),
                row(DATE, "01-04-2024", NARRATION, "B", AMOUNT, "200.00", DR_CR, "Cr"),
                row(DATE, "01-04-2024", NARRATION, "C", AMOUNT, "300.00 (Dr)"),
                row(DATE, "01-04-2024", NARRATION, "D", AMOUNT, "400.00(Cr)"),
                row(DATE, "01-04-2024", NARRATION, "E", AMOUNT, "-500.00"));
        assertEquals(List.of(TransactionType.DEBIT, TransactionType.CREDIT, TransactionType.DEBIT, TransactionType.CREDIT,
                TransactionType.DEBIT), rows.transactions().map(Transaction::type));
        assertEquals(List.of(m("100.00"), m("200.00"), m("300.00"), m("400.00"), m("500.00")),
                rows.transactions().map(Transaction::amount));
    }

    @Test
    void unmarkedAmountIsDirectedByTheBalance() {
        RowReader.Rows rows = read(Option.some(m("1000.00")),
                row(DATE, "01-04-2024", NARRATION, "A", AMOUNT, "100.00", BALANCE, "900.00"),
                row(DATE, "02-04-2024", NARRATION, "B", AMOUNT, "50.00", BALANCE, "950.00"));
        assertEquals(List.of(TransactionType.DEBIT, TransactionType.CREDIT), rows.transactions().map(Transaction::type));
    }

    @Test
    void unmarkedAmountThatNoBalanceExplainsIsRefused() {
        Either<String, RowReader.Rows> r = RowReader.read(List.of(
                row(DATE, "01-04-2024", NARRATION, "A", AMOUNT, "100.00", BALANCE, "777.00")), Option.some(m("1000.00")));
        assertTrue(r.isLeft());
        Either<String, RowReader.Rows> noOpening = RowReader.read(List.of(
                row(DATE, "01-04-2024", NARRATION, "A", AMOUNT, "100.00", BALANCE, "900.00")), Option.none());
        assertTrue(noOpening.isLeft(), "without a previous balance nothing tells the direction");
    }

    @Test
    void balancesWithCrDrSuffixAreSigned() {
        RowReader.Rows rows = read(Option.some(m("100.00")),
                row(DATE, "1 Apr 2024", NARRATION, "A", DEBIT, "300.00", BALANCE, "200.00 DR"),
                row(DATE, "2 Apr 2024", NARRATION, "B", CREDIT, "500.00", BALANCE, "300.00 CR"));
        assertEquals(List.of(Option.some(m("-200.00")), Option.some(m("300.00"))), rows.transactions().map(Transaction::balance));
    }

    @Test
    void openingClosingAndTotalRowsAreNotTransactions() {
        RowReader.Rows rows = read(Option.none(),
                row(NARRATION, "OPENING BALANCE", BALANCE, "1,000.00"),
                row(DATE, "01-04-2024", NARRATION, "A", AMOUNT, "100.00", DR_CR, "DR", BALANCE, "900.00"),
                row(NARRATION, "TRANSACTION TOTAL", AMOUNT, "100.00", DR_CR, "DR"),
                row(NARRATION, "TRANSACTION TOTAL", AMOUNT, "0.00", DR_CR, "CR"),
                row(NARRATION, "Total Withdrawals", AMOUNT, "100.00"),
                row(NARRATION, "CLOSING BALANCE", BALANCE, "900.00"));
        assertEquals(1, rows.transactions().size());
        assertEquals(Option.some(m("1000.00")), rows.opening());
        assertEquals(Option.some(m("900.00")), rows.closing());
    }

    @Test
    void broughtAndCarriedForwardRowsBetweenPagesAreNotTransactionsAndOnlyTheFirstOpens() {
        RowReader.Rows rows = read(Option.none(),
                row(DATE, "01-04-2024", NARRATION, "Brought Forward", BALANCE, "1,000.00"),
                row(DATE, "01-04-2024", NARRATION, "A", DEBIT, "100.00", BALANCE, "900.00"),
                row(NARRATION, "Carried Forward", BALANCE, "900.00"),
                row(NARRATION, "B/F", BALANCE, "900.00"),
                row(DATE, "02-04-2024", NARRATION, "B", CREDIT, "10.00", BALANCE, "910.00"));
        assertEquals(2, rows.transactions().size());
        assertEquals(Option.some(m("1000.00")), rows.opening());
        assertEquals(Option.some(m("900.00")), rows.closing(), "the last closing-type row printed");
    }

    @Test
    void aDatedTransactionThatMentionsATotalIsStillATransaction() {
        RowReader.Rows rows = read(Option.none(),
                row(DATE, "01-04-2024", NARRATION, "TOTAL OIL PETROL PUMP", DEBIT, "100.00", BALANCE, "900.00"));
        assertEquals("TOTAL OIL PETROL PUMP", rows.transactions().head().note());
    }

    @Test
    void rowsThatCannotBeReadAreRefusedNotSkipped() {
        assertTrue(RowReader.read(List.of(row(DATE, "01-04-2024", NARRATION, "A", DEBIT, "1O0.00")), Option.none()).isLeft(),
                "letter O in an amount");
        assertTrue(RowReader.read(List.of(row(DATE, "01-04-2024", NARRATION, "A")), Option.none()).isLeft(), "no amount");
        assertTrue(RowReader.read(List.of(row(DATE, "01-04-2024", NARRATION, "A", DEBIT, "5.00", CREDIT, "6.00")),
                Option.none()).isLeft(), "both columns");
        assertTrue(RowReader.read(List.of(row(NARRATION, "A", DEBIT, "5.00")), Option.none()).isLeft(), "amount, no date");
        assertTrue(RowReader.read(List.of(row(DATE, "01-04-2024", NARRATION, "A", DEBIT, "5.00", BALANCE, "x")),
                Option.none()).isLeft(), "unreadable balance");
    }

    @Test
    void dashOrNilInAnEmptyNumberCellIsNoAmount() {
        RowReader.Rows rows = read(Option.some(m("1000.00")),
                row(DATE, "01/04/2024", NARRATION, "A", DEBIT, "-", CREDIT, "25.00", BALANCE, "1,025.00"),
                row(DATE, "02/04/2024", NARRATION, "B", DEBIT, "25.00", CREDIT, "NIL", BALANCE, "1,000.00"));
        assertEquals(List.of(TransactionType.CREDIT, TransactionType.DEBIT), rows.transactions().map(Transaction::type));
    }

    @Test
    void aDateFollowedByATimeIsTheDate() {
        RowReader.Rows rows = read(Option.none(),
                row(DATE, "01/04/2024 10:22:05", VALUE_DATE, "01 Apr 2024 09:00 AM", NARRATION, "A", DEBIT, "5.00"));
        assertEquals(LocalDate.of(2024, 4, 1), rows.transactions().head().date());
        assertEquals(Option.some(LocalDate.of(2024, 4, 1)), rows.transactions().head().valueDate());
        assertTrue(RowReader.read(List.of(row(DATE, "01/04/2024 SALARY", NARRATION, "A", DEBIT, "5.00")), Option.none())
                .isLeft(), "a date followed by words is not a date");
    }
}
