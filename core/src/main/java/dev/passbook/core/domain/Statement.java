package dev.passbook.core.domain;

import io.vavr.collection.List;
import io.vavr.control.Option;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An accepted statement with everything the analysis found. {@code period} is the declared
 * statement period (or the extracted one when none is printed); {@code extracted} the first and
 * last transaction dates read; {@code verification} how far its printed figures were reproduced.
 */
public record Statement(String id, String sessionId, String organisationId, String accountId, String bankId,
                        String layoutId, int pageCount, Identity identity, DateRange period, DateRange extracted,
                        Option<BigDecimal> openingBalance, Option<BigDecimal> closingBalance,
                        List<Transaction> transactions, String fileSha256, String contentFingerprint,
                        Verification verification, List<FraudSignal> fraudSignals, List<NameMatch> nameMatches,
                        Instant createdAt) {

    public Verdict verdict() {
        return verification.verdict();
    }

    public boolean isFraud() {
        return !fraudSignals.isEmpty();
    }

    /** The most severe signal, if any. */
    public Option<FraudSignal> worstSignal() {
        return FraudSignal.mostSevere(fraudSignals);
    }
}
