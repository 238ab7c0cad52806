package dev.passbook.embed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One printed row. {@code amount} is positive (scale 2) and {@code type} gives its direction;
 * {@code balance} is the balance printed after the row, when the statement prints one.
 */
public record Transaction(LocalDate date, Optional<LocalDate> valueDate, String note, Optional<String> reference,
                          Type type, BigDecimal amount, Optional<BigDecimal> balance) {

    public enum Type { DEBIT, CREDIT }

    /** The amount with its sign: credits add, debits subtract. */
    public BigDecimal signedAmount() {
        return type == Type.CREDIT ? amount : amount.negate();
    }
}
