package dev.passbook.core.application;

import dev.passbook.core.application.AccessPolicy.Route;
import dev.passbook.core.document.Document;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.FraudSignal;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.domain.NameMatch;
import dev.passbook.core.domain.Organisation;
import dev.passbook.core.domain.Session;
import dev.passbook.core.domain.Statement;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.error.UploadError;
import dev.passbook.core.port.DocumentReader;
import dev.passbook.core.port.FileFetcher;
import dev.passbook.core.port.SessionRepository;
import dev.passbook.core.port.StatementRepository;
import dev.passbook.core.spi.ParsedStatement;
import dev.passbook.core.spi.ParserRegistry;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.UUID;

/**
 * The upload use case: runs {@link UploadRules} in API.md's order, analyses the accepted statement,
 * stores it and reports what the response needs. Thread-safe; one instance serves every request.
 * Logs one line per upload (statement id, bank, pages, timings; never the password, the API key or
 * the full account number).
 */
public final class UploadStatementService {

    private static final System.Logger LOG = System.getLogger(UploadStatementService.class.getName());
    private static final StatementAnalyzer ACCOUNTING = new AccountingAnalyzer();

    private final AccessPolicy access;
    private final SessionRepository sessions;
    private final StatementRepository statements;
    private final ParserRegistry registry;
    private final DocumentReader reader;
    private final FileFetcher fetcher;
    private final StatementAnalyzer analyzer;
    private final NameMatcher names;
    private final Clock clock;

    public UploadStatementService(AccessPolicy access, SessionRepository sessions, StatementRepository statements,
                                  ParserRegistry registry, DocumentReader reader, FileFetcher fetcher,
                                  StatementAnalyzer analyzer, NameMatcher names, Clock clock) {
        this.access = Objects.requireNonNull(access, "access");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.statements = Objects.requireNonNull(statements, "statements");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.names = Objects.requireNonNull(names, "names");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // What each step knows; a later step can only read what an earlier one produced.
    private record Request(UploadStatementCommand cmd, Organisation org, RequestShape shape) {
    }

    private record InSession(Request req, Session session, Option<String> selectedBank) {
    }

    private record Read(InSession at, byte[] file, Document document, long readNanos) {
    }

    private record Parsed(Read read, ChosenParser chosen, ParsedStatement parsed, long parseNanos) {
    }

    private record Candidate(Parsed p, String accountId, String fileSha256, String fingerprint) {
    }

    public Either<UploadError, UploadOutcome> upload(UploadStatementCommand cmd) {
        long start = System.nanoTime();
        Either<UploadError, Candidate> candidate =
                access.authorise(cmd.apiKey(), Route.SESSION)                                       // 1
                        .flatMap(org -> UploadRules.requestShape(cmd.sessionId(), cmd.uploadType())   // 2
                                .map(shape -> new Request(cmd, org, shape)))
                        .flatMap(this::session)                                                     // 3, 4
                        .flatMap(this::read)                                                        // 5, 6
                        .flatMap(this::parse)                                                       // 7, 8
                        .flatMap(this::statementRules);                                             // 9
        Either<UploadError, UploadOutcome> result = candidate.flatMap(this::analyseAndSave);
        log(cmd, candidate, result, System.nanoTime() - start);
        return result;
    }

    private Either<UploadError, InSession> session(Request req) {
        return UploadRules.sessionOfOrganisation(sessions.findById(req.shape().sessionId()), req.org())
                .flatMap(s -> UploadRules.sessionNotExpired(s, clock.instant()))
                .flatMap(s -> UploadRules.bankNameKnown(req.cmd().bankName(), registry)
                        .map(bank -> new InSession(req, s, bank.orElse(s.bankName()))));
    }

    private Either<UploadError, Read> read(InSession at) {
        return UploadRules.fileBytes(at.req().cmd().source(), at.req().shape().uploadType(), fetcher)
                .flatMap(UploadRules::notEmpty)
                .flatMap(bytes -> {
                    long t0 = System.nanoTime();
                    return reader.read(bytes, at.req().cmd().pdfPassword())
                            .map(doc -> new Read(at, bytes, doc, System.nanoTime() - t0));
                });
    }

    private Either<UploadError, Parsed> parse(Read read) {
        long t0 = System.nanoTime();
        return UploadRules.chooseParser(read.document(), read.at().selectedBank(), registry)
                .flatMap(chosen -> UploadRules.parse(chosen, read.document())
                        .map(parsed -> new Parsed(read, chosen, parsed, System.nanoTime() - t0)));
    }

    private Either<UploadError, Candidate> statementRules(Parsed p) {
        InSession at = p.read().at();
        Identity identity = p.parsed().identity();
        String accountId = Fingerprints.accountId(at.req().org().id(), p.chosen().bankId(), identity.accountNumber());
        String sha = Fingerprints.sha256(p.read().file());
        String fingerprint = Fingerprints.contentFingerprint(accountId, p.parsed().transactions());
        return UploadRules.categoryAllowed(identity, at.req().org())
                .flatMap(i -> UploadRules.notDuplicate(statements, at.session().id(), sha, fingerprint))
                .flatMap(f -> UploadRules.inSessionPeriod(p.parsed().transactions(), at.session().period()))
                .map(t -> new Candidate(p, accountId, sha, fingerprint));
    }

    private Either<UploadError, UploadOutcome> analyseAndSave(Candidate c) {
        Statement statement = toStatement(c);
        return statements.save(statement).map(saved -> outcome(saved, c.p().read().at().session()));
    }

    private Statement toStatement(Candidate c) {
        ParsedStatement parsed = c.p().parsed();
        Session session = c.p().read().at().session();
        Document document = c.p().read().document();
        String bankId = c.p().chosen().bankId();
        DateRange extracted = extractedRange(parsed.transactions());
        List<FraudSignal> signals = ACCOUNTING.analyse(document, parsed, bankId)
                .appendAll(analyzer.analyse(document, parsed, bankId))
                .distinct();
        List<NameMatch> matches = session.expectedNames().map(n -> names.match(n, parsed.identity().name()));
        return new Statement(UUID.randomUUID().toString(), session.id(), session.organisationId(), c.accountId(),
                bankId, parsed.layoutId(), document.pageCount(), parsed.identity(),
                parsed.declaredPeriod().getOrElse(extracted), extracted, parsed.openingBalance(),
                parsed.closingBalance(), parsed.transactions(), c.fileSha256(), c.fingerprint(), signals, matches,
                clock.instant());
    }

    /** First..last transaction date; by min and max so statements printed newest-first work too. */
    static DateRange extractedRange(List<Transaction> transactions) {
        List<LocalDate> dates = transactions.map(Transaction::date);
        return DateRange.of(dates.min().get(), dates.max().get());
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
        if (!LOG.isLoggable(System.Logger.Level.INFO)) {
            return;
        }
        String session = cmd.sessionId().map(UploadStatementService::loggable).getOrElse("-");
        String line;
        if (result.isRight()) {
            Statement s = result.get().statement();
            Parsed p = candidate.get().p();
            line = String.format("upload accepted statement=%s session=%s bank=%s layout=%s account=%s pages=%d "
                            + "transactions=%d signals=%d read_ms=%d parse_ms=%d total_ms=%d",
                    s.id(), s.sessionId(), s.bankId(), s.layoutId(), s.identity().maskedAccountNumber(), s.pageCount(),
                    s.transactions().size(), s.fraudSignals().size(), millis(p.read().readNanos()),
                    millis(p.parseNanos()), millis(totalNanos));
        } else {
            line = String.format("upload rejected session=%s code=%s total_ms=%d", session,
                    result.getLeft().code(), millis(totalNanos));
        }
        LOG.log(System.Logger.Level.INFO, line);
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
