package dev.passbook.testkit.arbitraries;

import dev.passbook.core.domain.TransactionType;
import io.vavr.control.Option;

/**
 * The kinds of rows a savings statement is made of, with the direction each can take and a
 * plausible amount range in rupees.
 */
public enum TransactionKind {
    UPI(Option.none(), 10, 15_000),
    NEFT_CR(Option.some(TransactionType.CREDIT), 1_000, 2_50_000),
    NEFT_DR(Option.some(TransactionType.DEBIT), 500, 1_00_000),
    IMPS(Option.none(), 100, 50_000),
    RTGS_CR(Option.some(TransactionType.CREDIT), 2_00_000, 25_00_000),
    RTGS_DR(Option.some(TransactionType.DEBIT), 2_00_000, 20_00_000),
    ATM(Option.some(TransactionType.DEBIT), 100, 20_000),
    POS(Option.some(TransactionType.DEBIT), 50, 20_000),
    ACH(Option.some(TransactionType.DEBIT), 1_000, 50_000),
    CHEQUE_DEPOSIT(Option.some(TransactionType.CREDIT), 1_000, 3_00_000),
    CHEQUE_PAID(Option.some(TransactionType.DEBIT), 1_000, 2_00_000),
    INTEREST(Option.some(TransactionType.CREDIT), 1, 5_000);

    private final Option<TransactionType> fixedType;
    private final long minRupees;
    private final long maxRupees;

    TransactionKind(Option<TransactionType> fixedType, long minRupees, long maxRupees) {
        this.fixedType = fixedType;
        this.minRupees = minRupees;
        this.maxRupees = maxRupees;
    }

    /** The direction when the kind has only one (none for UPI and IMPS, which go both ways). */
    public Option<TransactionType> fixedType() {
        return fixedType;
    }

    public long minRupees() {
        return minRupees;
    }

    public long maxRupees() {
        return maxRupees;
    }

    public boolean isCheque() {
        return this == CHEQUE_DEPOSIT || this == CHEQUE_PAID;
    }
}
