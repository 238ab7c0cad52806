package dev.passbook.core.application;

import dev.passbook.core.document.Document;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.FraudSignal;
import dev.passbook.core.domain.NameMatch;
import dev.passbook.core.domain.Statement;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.Verification;
import dev.passbook.core.spi.ParsedStatement;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A statement {@link ReadStatement} read: the document, the parser chosen and the bank it is filed
 * under, what the parser read, its {@link Verification}, the fraud signals (most severe first) and the
 * name matches asked for, with the time spent reading the file and parsing it.
 */
public record StatementRead(Document document, ChosenParser chosen, ParsedStatement parsed, Verification verification,
                            List<FraudSignal> signals, List<NameMatch> nameMatches, long readNanos, long parseNanos) {

    public String bankId() {
        return chosen.bankId();
    }

    public boolean flagged() {
        return !signals.isEmpty();
    }

    /** The most severe signal's type ({@link FraudSignal#fraudType}); none for a clean statement. */
    public Option<String> fraudType() {
        return FraudSignal.fraudType(signals);
    }

    /** The id of the account this statement belongs to within {@code organisationId} ({@link Fingerprints#accountId}). */
    public String accountId(String organisationId) {
        return Fingerprints.accountId(organisationId, bankId(), parsed.identity().accountNumber());
    }

    /** First..last transaction date; by min and max so statements printed newest-first work too. */
    public DateRange extracted() {
        List<LocalDate> dates = parsed.transactions().map(Transaction::date);
        return DateRange.of(dates.min().get(), dates.max().get());
    }

    /**
     * The statement as stored and answered, filed as {@code id} under {@code sessionId} of
     * {@code organisationId}: the declared period (else the extracted one), the file's SHA-256 and the
     * content fingerprint of the account's rows.
     */
    public Statement toStatement(String id, String sessionId, String organisationId, byte[] file, Instant createdAt) {
        String accountId = accountId(organisationId);
        DateRange extracted = extracted();
        return new Statement(id, sessionId, organisationId, accountId, bankId(), parsed.layoutId(), document.pageCount(),
                parsed.identity(), parsed.declaredPeriod().getOrElse(extracted), extracted, parsed.openingBalance(),
                parsed.closingBalance(), parsed.transactions(), Fingerprints.sha256(file),
                Fingerprints.contentFingerprint(accountId, parsed.transactions()), verification, signals, nameMatches,
                createdAt);
    }
}
