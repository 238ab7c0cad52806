package dev.passbook.core.application;

import dev.passbook.core.application.AccessPolicy.Route;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Organisation;
import dev.passbook.core.domain.Session;
import dev.passbook.core.domain.Statement;
import dev.passbook.core.error.UploadError;
import dev.passbook.core.port.FileFetcher;
import dev.passbook.core.port.SessionRepository;
import dev.passbook.core.port.StatementRepository;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Objects;
import java.util.UUID;

/**
 * The upload use case: the access and session rules of {@link UploadRules}, then {@link ReadStatement}
 * (read, choose the parser, parse, reconcile, analyse), then the statement rules, then save. Each step
 * is numbered as in {@code docs/architecture.md}. Thread-safe; one instance serves every request.
 * Logs one line per upload (statement id, bank, pages, verdict, timings; never the password, the API
 * key or the full account number).
 */
public final class UploadStatementService {

    private static final Logger LOG = LoggerFactory.getLogger(UploadStatementService.class);

    private final AccessPolicy access;
    private final SessionRepository sessions;
    private final StatementRepository statements;
    private final ReadStatement reading;
    private final FileFetcher fetcher;
    private final Clock clock;

    public UploadStatementService(AccessPolicy access, SessionRepository sessions, StatementRepository statements,
                                  ReadStatement reading, FileFetcher fetcher, Clock clock) {
        this.access = Objects.requireNonNull(access, "access");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.statements = Objects.requireNonNull(statements, "statements");
        this.reading = Objects.requireNonNull(reading, "reading");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // What the steps before the read know; the read then adds the file and what was read from it.
    private record InSession(UploadStatementCommand cmd, Organisation org, RequestShape shape, Session session,
                             Option<String> selectedBank) {
    }

    private record Candidate(InSession at, StatementRead read, Statement statement) {
    }

    public Either<UploadError, UploadOutcome> upload(UploadStatementCommand cmd) {
        long start = System.nanoTime();
        Either<UploadError, Candidate> candidate =
                access.authorise(cmd.apiKey(), Route.SESSION)                                       // 1
                        .flatMap(org -> UploadRules.requestShape(cmd.sessionId(), cmd.uploadType())   // 2
                                .flatMap(shape -> session(cmd, org, shape)))                        // 3, 4
                        .flatMap(at -> UploadRules.fileBytes(cmd.source(), at.shape().uploadType(), fetcher) // 5
                                .flatMap(UploadRules::notEmpty)
                                .flatMap(bytes -> read(at, bytes)))                                 // 6-9
                        .flatMap(this::statementRules);                                             // 10
        Either<UploadError, UploadOutcome> result = candidate.flatMap(this::save);                  // 11, 12
        log(cmd, candidate, result, System.nanoTime() - start);
        return result;
    }

    private Either<UploadError, InSession> session(UploadStatementCommand cmd, Organisation org, RequestShape shape) {
        return UploadRules.sessionOfOrganisation(sessions.findById(shape.sessionId()), org)
                .flatMap(s -> UploadRules.sessionNotExpired(s, clock.instant()))
                .flatMap(s -> UploadRules.bankNameKnown(cmd.bankName(), reading.registry())
                        .map(bank -> new InSession(cmd, org, shape, s, bank.orElse(s.bankName()))));
    }

    private Either<UploadError, Candidate> read(InSession at, byte[] bytes) {
        return reading.read(new ReadRequest(bytes, at.cmd().pdfPassword(), at.selectedBank(), at.session().expectedNames()))
                .mapLeft(ReadRefusal::error)
                .map(read -> new Candidate(at, read, read.toStatement(UUID.randomUUID().toString(), at.session().id(),
                        at.org().id(), bytes, clock.instant())));
    }

    private Either<UploadError, Candidate> statementRules(Candidate c) {
        Statement s = c.statement();
        return UploadRules.categoryAllowed(s.identity(), c.at().org())
                .flatMap(i -> UploadRules.notDuplicate(statements, s.sessionId(), s.fileSha256(), s.contentFingerprint()))
                .flatMap(f -> UploadRules.inSessionPeriod(s.transactions(), c.at().session().period()))
                .map(t -> c);
    }

    private Either<UploadError, UploadOutcome> save(Candidate c) {
        return statements.save(c.statement()).map(saved -> outcome(saved, c.at().session()));
    }

    private UploadOutcome outcome(Statement saved, Session session) {
        List<Statement> all = statements.findBySession(session.id());
        List<DateRange> covered = all.filter(s -> s.accountId().equals(saved.accountId())).map(Statement::extracted);
        if (!all.exists(s -> s.id().equals(saved.id()))) {
            covered = covered.append(saved.extracted());
            all = all.append(saved);
        }
        List<YearMonth> months = Months.touched(saved.extracted());
        return new UploadOutcome(saved, months, Months.missing(session.period(), covered), all);
    }

    private static void log(UploadStatementCommand cmd, Either<UploadError, Candidate> candidate,
                            Either<UploadError, UploadOutcome> result, long totalNanos) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        String session = cmd.sessionId().map(UploadStatementService::loggable).getOrElse("-");
        String line;
        if (result.isRight()) {
            Statement s = result.get().statement();
            StatementRead read = candidate.get().read();
            line = String.format("upload accepted statement=%s session=%s bank=%s layout=%s account=%s pages=%d "
                            + "transactions=%d verdict=%s signals=%d read_ms=%d parse_ms=%d total_ms=%d",
                    s.id(), s.sessionId(), s.bankId(), s.layoutId(), s.identity().maskedAccountNumber(), s.pageCount(),
                    s.transactions().size(), s.verdict(), s.fraudSignals().size(), millis(read.readNanos()),
                    millis(read.parseNanos()), millis(totalNanos));
        } else {
            line = String.format("upload rejected session=%s code=%s total_ms=%d", session,
                    result.getLeft().code(), millis(totalNanos));
        }
        LOG.info(line);
    }

    // the session id is caller input: keep the log line one line and short
    private static String loggable(String text) {
        String cleaned = text.replaceAll("[^A-Za-z0-9._-]", "?");
        return cleaned.length() > 64 ? cleaned.substring(0, 64) + "..." : cleaned;
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
