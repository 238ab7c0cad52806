package dev.passbook.core.domain;

import io.vavr.control.Option;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of a statement. {@code amount} is positive; {@code type} says its direction.
 * {@code balance} is the balance printed after the row, when the statement prints one.
 */
public record Transaction(LocalDate date, Option<LocalDate> valueDate, String note, Option<String> reference,
                          TransactionType type, BigDecimal amount, Option<BigDecimal> balance) {

    public Transaction {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(type, "type");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
    }

    /** The amount with its sign: credits add, debits subtract. */
    public BigDecimal signedAmount() {
        return type == TransactionType.CREDIT ? amount : amount.negate();
    }
}
