package dev.passbook.core.application;

import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Statement;
import io.vavr.collection.List;

import java.time.YearMonth;

/**
 * One account of a session: its statements (oldest first), the months they cover, the session
 * months they do not cover, and those missing months as merged date ranges clipped to the session.
 */
public record AccountReport(String accountId, String bankId, String maskedAccountNumber, List<Statement> statements,
                            List<YearMonth> months, List<YearMonth> missingMonths, List<DateRange> missingRanges) {
}
