package dev.passbook.core.application;

import dev.passbook.core.application.AccessPolicy.Route;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Session;
import dev.passbook.core.domain.Statement;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import dev.passbook.core.port.SessionRepository;
import dev.passbook.core.port.StatementRepository;
import dev.passbook.core.spi.CatalogueEntry;
import dev.passbook.core.spi.ParserRegistry;
import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.YearMonth;
import java.util.Objects;

/**
 * The read endpoints (progress, upload status, identity, transactions) and the bank catalogue.
 * An unknown session, or another organisation's, is SESSION_NOT_FOUND with HTTP status 404.
 * Reading an expired session is allowed: the lender reads results after the upload window closes.
 */
public final class SessionQueryService {

    private final AccessPolicy access;
    private final SessionRepository sessions;
    private final StatementRepository statements;
    private final ParserRegistry registry;

    public SessionQueryService(AccessPolicy access, SessionRepository sessions, StatementRepository statements,
                               ParserRegistry registry) {
        this.access = Objects.requireNonNull(access, "access");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.statements = Objects.requireNonNull(statements, "statements");
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    public Either<UploadError, SessionReport> report(Option<String> apiKey, String sessionId) {
        return access.authorise(apiKey, Route.SESSION)
                .flatMap(org -> sessions.findById(sessionId.strip())
                        .filter(s -> s.organisationId().equals(org.id()))
                        .toEither(() -> UploadError.of(ErrorCode.SESSION_NOT_FOUND).withStatus(404)))
                .map(this::report);
    }

    /** Every bank the installed parsers read; auth rules apply, the session flow is not needed. */
    public Either<UploadError, List<CatalogueEntry>> catalogue(Option<String> apiKey) {
        return access.authorise(apiKey, Route.OTHER).map(org -> registry.catalogue());
    }

    private SessionReport report(Session session) {
        List<Statement> all = statements.findBySession(session.id());
        List<AccountReport> accounts = all.map(Statement::accountId).distinct()
                .map(id -> account(session, all.filter(s -> s.accountId().equals(id))));
        return new SessionReport(session, all, accounts);
    }

    static AccountReport account(Session session, List<Statement> ofAccount) {
        Statement first = ofAccount.head();
        List<DateRange> covered = ofAccount.map(Statement::extracted);
        List<YearMonth> months = List.ofAll(TreeSet.ofAll(covered.flatMap(DateRange::months)));
        return new AccountReport(first.accountId(), first.bankId(), first.identity().maskedAccountNumber(), ofAccount,
                months, Months.missing(session.period(), covered), Months.missingRanges(session.period(), covered));
    }
}
