package dev.passbook.core.application;

import dev.passbook.core.domain.Session;
import dev.passbook.core.domain.Statement;
import io.vavr.collection.List;

/** Everything the read endpoints show about a session; the HTTP adapter only formats it. */
public record SessionReport(Session session, List<Statement> statements, List<AccountReport> accounts) {
}
