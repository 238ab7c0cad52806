package dev.passbook.core.application;

import dev.passbook.core.document.Document;
import dev.passbook.core.domain.FraudSignal;
import dev.passbook.core.domain.NameMatch;
import dev.passbook.core.domain.Verification;
import dev.passbook.core.spi.ParsedStatement;
import io.vavr.collection.List;

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
}
