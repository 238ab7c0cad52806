package dev.passbook.embed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A statement Passbook read: the bank it is filed under, the parser and layout that read it, the
 * holder, the periods, the balances and every transaction as printed, then what Passbook concluded:
 * the {@link Verdict} with its {@link Check}, the fraud {@code signals} (most severe first), the
 * {@code fraudType} (the most severe signal's type, empty for a clean statement) and a match for each
 * expected name. {@code period} is the declared period, or the extracted one when none is printed;
 * {@code extractedFrom..extractedTo} are the first and last transaction dates.
 */
public record BankStatement(String bankId, String parserId, String layoutId, int pages, AccountHolder holder,
                            LocalDate periodFrom, LocalDate periodTo, boolean periodDeclared,
                            LocalDate extractedFrom, LocalDate extractedTo,
                            Optional<BigDecimal> openingBalance, Optional<BigDecimal> closingBalance,
                            List<Transaction> transactions, Verdict verdict, Check check, List<Signal> signals,
                            Optional<String> fraudType, List<NameMatch> nameMatches) {

    public BankStatement {
        transactions = List.copyOf(transactions);
        signals = List.copyOf(signals);
        nameMatches = List.copyOf(nameMatches);
    }

    /** Whether any fraud signal was raised. */
    public boolean flagged() {
        return !signals.isEmpty();
    }
}
