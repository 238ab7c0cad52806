package dev.passbook.core.application;

import dev.passbook.core.domain.Statement;
import io.vavr.collection.List;

import java.time.YearMonth;
import java.util.Objects;

/**
 * An accepted upload: the stored statement plus what the response needs that is not stored.
 * {@code months}: every month the extracted range touches; {@code missingMonths}: months of the
 * session period no accepted statement of this account in this session covers (this one included);
 * {@code sessionStatements}: the session's statements, oldest first, for {@code progress=true}.
 */
public record UploadOutcome(Statement statement, List<YearMonth> months, List<YearMonth> missingMonths,
                            List<Statement> sessionStatements) {

    public UploadOutcome {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(months, "months");
        Objects.requireNonNull(missingMonths, "missingMonths");
        Objects.requireNonNull(sessionStatements, "sessionStatements");
    }
}
