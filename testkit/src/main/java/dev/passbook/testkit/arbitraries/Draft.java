package dev.passbook.testkit.arbitraries;

import dev.passbook.core.domain.TransactionType;
import io.vavr.control.Option;

import java.math.BigDecimal;

/**
 * A row before it is placed in a layout: the narration in full, the bank's reference core
 * (padded per layout), a cheque number for cheque rows, and how many days the value date lags.
 */
public record Draft(TransactionKind kind, TransactionType type, BigDecimal amount, String narration, String reference,
                    Option<String> chequeNumber, int dayOffset, int valueLag) {
}
