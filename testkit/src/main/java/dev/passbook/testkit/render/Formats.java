package dev.passbook.testkit.render;

import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.core.spi.support.Amounts;

import java.math.BigDecimal;

/** Number printing shared by the layouts (core's {@link Amounts} groupings). */
final class Formats {

    private Formats() {
    }

    /** {@code 1,23,456.78}, {@code -5,000.00}. */
    static String indian(BigDecimal v) {
        return Amounts.format(v, Amounts.Grouping.INDIAN);
    }

    /** {@code 1,234,567.89}. */
    static String western(BigDecimal v) {
        return Amounts.format(v, Amounts.Grouping.WESTERN);
    }

    /** Magnitude with a {@code CR}/{@code DR} suffix, as SBI prints balances. */
    static String marked(BigDecimal v) {
        return Amounts.format(v.abs(), Amounts.Grouping.INDIAN) + (v.signum() < 0 ? " DR" : " CR");
    }

    /** The amount in a separate withdrawal (debit) column: the row's amount or {@code empty}. */
    static String debitColumn(Transaction t, String empty) {
        return t.type() == TransactionType.DEBIT ? indian(t.amount()) : empty;
    }

    /** The amount in a separate deposit (credit) column: the row's amount or {@code empty}. */
    static String creditColumn(Transaction t, String empty) {
        return t.type() == TransactionType.CREDIT ? indian(t.amount()) : empty;
    }
}
