package dev.passbook.core.application;

import dev.passbook.core.document.Document;
import dev.passbook.core.domain.FraudSignal;
import dev.passbook.core.domain.NameMatch;
import dev.passbook.core.domain.Verdict;
import dev.passbook.core.domain.Verification;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import dev.passbook.core.port.DocumentReader;
import dev.passbook.core.port.NameMatcher;
import dev.passbook.core.port.StatementAnalyzer;
import dev.passbook.core.spi.Detection;
import dev.passbook.core.spi.ParseRefusal;
import dev.passbook.core.spi.ParsedStatement;
import dev.passbook.core.spi.ParserRegistry;
import dev.passbook.core.spi.PluginCalls;
import dev.passbook.core.spi.ReadStage;
import dev.passbook.core.spi.StatementParser;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * The use case of reading one statement, with no session, organisation or storage: read the file →
 * choose the parser → parse → reconcile → analyse. The upload service runs it between its access
 * and session rules and its duplicate and period rules; {@code passbook parse} and
 * {@code passbook check} run it alone.
 *
 * <pre>{@code
 * ReadStatement reading = new ReadStatement(new PdfDocumentReader(), ParserRegistry.load(), analyzer, names);
 * Either<ReadRefusal, StatementRead> read = reading.read(ReadRequest.of(bytes));
 * read.get().verification().verdict();        // VERIFIED or UNVERIFIED
 * read.getLeft().describe();                   // "header: no line names ... (page 1)"
 * }</pre>
 *
 * <p>Our own misreading is never reported as fraud: when most of the printed balances that could be
 * checked break ({@link #misread}), the parse is refused as {@code STATEMENT_UNSUPPORTED_FORMAT} at the
 * rows stage. Isolated breaks in an otherwise chaining statement stay {@code inconsistent_transaction}
 * signals. Thread-safe; one instance serves every request.
 */
public final class ReadStatement {

    /** Below this many breaks a chain is never called misread: one edited row makes one or two breaks. */
    static final int MISREAD_MIN_BREAKS = 3;

    private final DocumentReader reader;
    private final ParserRegistry registry;
    private final AccountingAnalyzer accounting;
    private final StatementAnalyzer analyzer;
    private final NameMatcher names;

    /**
     * @param accounting the accounting signals, always run first (their severities come from the wiring)
     * @param analyzer   every other analysis (metadata, fonts, file structure...)
     */
    public ReadStatement(DocumentReader reader, ParserRegistry registry, AccountingAnalyzer accounting,
                         StatementAnalyzer analyzer, NameMatcher names) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.accounting = Objects.requireNonNull(accounting, "accounting");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.names = Objects.requireNonNull(names, "names");
    }

    /** With the default accounting severities. */
    public ReadStatement(DocumentReader reader, ParserRegistry registry, StatementAnalyzer analyzer, NameMatcher names) {
        this(reader, registry, AccountingAnalyzer.defaults(), analyzer, names);
    }

    public ParserRegistry registry() {
        return registry;
    }

    public Either<ReadRefusal, StatementRead> read(ReadRequest request) {
        Either<UploadError, Option<String>> bank = UploadRules.bankNameKnown(request.bank(), registry);
        if (bank.isLeft()) {
            return Either.left(new ReadRefusal(bank.getLeft(), ReadStage.BANK, "no installed parser reads the bank given ("
                    + request.bank().getOrElse("?") + ")", Option.none(), List.empty(), 0, Option.none()));
        }
        return readKnownBank(request.withBank(bank.get()));
    }

    private Either<ReadRefusal, StatementRead> readKnownBank(ReadRequest request) {
        long t0 = System.nanoTime();
        Either<UploadError, Document> document = reader.read(request.file(), request.password());
        long readNanos = System.nanoTime() - t0;
        if (document.isLeft()) {
            return Either.left(fileRefusal(document.getLeft(), request.password().isDefined()));
        }
        Document doc = document.get();
        long t1 = System.nanoTime();
        Either<ReadRefusal, ChosenAndParsed> parsed = choose(doc, request.bank()).flatMap(chosen -> readWith(chosen, doc));
        long parseNanos = System.nanoTime() - t1;
        return parsed.map(cp -> analyse(doc, cp, request, readNanos, parseNanos));
    }

    /**
     * The chosen parser's reading, verified. When a bank's own parser refuses the layout (or misreads
     * it), the installed fallback parsers of the same bank try in turn and the first VERIFIED reading is
     * kept, with a note naming the refusal it replaces: a bank parser that knows only some of its bank's
     * designs does not turn a statement the generic reader can prove into a refusal. A fallback's
     * unverified reading is not kept (its breaks could be its own misreading); when no fallback verifies,
     * the bank parser's refusal is returned with theirs appended. A parser forced at wiring time has no
     * fallback.
     */
    private Either<ReadRefusal, ChosenAndParsed> readWith(ChosenParser chosen, Document doc) {
        Either<ReadRefusal, ChosenAndParsed> first = parseVerified(chosen, doc);
        if (first.isRight() || !chosen.parser().dedicated() || registry.forced().isDefined()) {
            return first;
        }
        ReadRefusal refusal = first.getLeft();
        List<String> others = List.empty();
        for (StatementParser fallback : registry.parsers().filter(p -> !p.dedicated()
                && p.banks().exists(b -> b.id().equals(chosen.bankId())))) {
            Either<ReadRefusal, ChosenAndParsed> second = parseVerified(new ChosenParser(fallback, chosen.bankId()), doc);
            if (second.isRight() && second.get().parsed().reconciliation().verification().verdict() == Verdict.VERIFIED) {
                ChosenAndParsed cp = second.get();
                return Either.right(new ChosenAndParsed(cp.chosen(), cp.parsed().withNotes(cp.parsed().notes()
                        .withDecision("read by the fallback parser " + fallback.id() + " after " + refusal.describe()))));
            }
            others = others.append(second.fold(ReadRefusal::describe, cp -> "parser " + fallback.id()
                    + " read it, but not every printed figure matched (" + cp.parsed().reconciliation().verification().describe()
                    + "), and a fallback's reading is kept only when verified"));
        }
        return others.isEmpty() ? first : Either.left(new ReadRefusal(refusal.error(), refusal.stage(),
                refusal.reason() + "; the fallback reader also refused (" + others.mkString("; ") + ")", refusal.at(),
                refusal.detections(), refusal.pages(), refusal.bankId()));
    }

    private Either<ReadRefusal, ChosenAndParsed> parseVerified(ChosenParser chosen, Document doc) {
        return parse(chosen, doc).map(p -> new ChosenAndParsed(chosen, p)).flatMap(cp -> verified(doc, cp));
    }

    private record ChosenAndParsed(ChosenParser chosen, ParsedStatement parsed) {
    }

    private Either<ReadRefusal, ChosenParser> choose(Document doc, Option<String> bank) {
        Either<UploadError, ChosenParser> chosen = UploadRules.chooseParser(doc, bank, registry);
        if (chosen.isRight()) {
            return Either.right(chosen.get());
        }
        UploadError error = chosen.getLeft();
        String reason = error.errorCode() == ErrorCode.BANK_NAME_MISMATCH
                ? "the statement names another bank than the one given (" + bank.getOrElse("?") + ")"
                : TextLayer.unreadable(doc)
                ? "the text layer does not read as text (" + TextLayer.describe(doc) + "); no parser recognised anything"
                : "no installed parser recognised the bank (no IFSC, bank name or known layout found); give the bank "
                + "(bank_name, or --bank) to read it anyway";
        ReadStage stage = error.errorCode() != ErrorCode.BANK_NAME_MISMATCH && TextLayer.unreadable(doc)
                ? ReadStage.TEXT_LAYER : ReadStage.BANK;
        return Either.left(new ReadRefusal(error, stage, reason, Option.none(), detections(doc), doc.pageCount(),
                Option.none()));
    }

    private Either<ReadRefusal, ParsedStatement> parse(ChosenParser chosen, Document doc) {
        String id = chosen.parser().id();
        Either<ParseRefusal, ParsedStatement> result = PluginCalls.guarded("parser " + id, "parse",
                () -> chosen.parser().parse(doc),
                failure -> Either.left(ParseRefusal.of(ReadStage.ROWS, "parser " + id + " failed (" + failure + ")")));
        return result
                .filterOrElse(p -> p != null && !p.transactions().isEmpty(),
                        p -> ParseRefusal.of(ReadStage.ROWS, "parser " + chosen.parser().id() + " found no transaction rows"))
                .mapLeft(r -> unsupported(r, doc, chosen));
    }

    private Either<ReadRefusal, ChosenAndParsed> verified(Document doc, ChosenAndParsed cp) {
        Verification v = cp.parsed().reconciliation().verification();
        if (!misread(v)) {
            return Either.right(cp);
        }
        return Either.left(unsupported(ParseRefusal.of(ReadStage.ROWS, "the rows read do not chain: "
                + v.balanceBreaks() + " of " + v.balancesChecked() + " printed balances break, the first at "
                + v.firstBreak().get() + "; Passbook misread this layout (" + cp.parsed().layoutId() + ")"), doc, cp.chosen()));
    }

    /**
     * A chain where most checked balances break (and at least {@value #MISREAD_MIN_BREAKS}) is a reading
     * we got wrong, not a statement someone edited: an edited amount breaks one balance, an edited
     * balance two, so tampering shows as isolated breaks in a chain that otherwise holds.
     */
    static boolean misread(Verification v) {
        return v.balanceBreaks() >= MISREAD_MIN_BREAKS && v.balanceBreaks() * 2 > v.balancesChecked();
    }

    private StatementRead analyse(Document doc, ChosenAndParsed cp, ReadRequest request, long readNanos, long parseNanos) {
        ParsedStatement parsed = cp.parsed();
        String bankId = cp.chosen().bankId();
        List<FraudSignal> signals = accounting.analyse(doc, parsed, bankId)
                .appendAll(PluginCalls.guarded("analyzer " + analyzer.getClass().getName(), "analyse",
                        () -> analyzer.analyse(doc, parsed, bankId), failure -> List.empty()))
                .distinct()
                .sortBy(s -> -s.severity()); // most severe first; stable, so ties keep the analyzers' order
        List<NameMatch> matches = request.expectedNames().map(n -> PluginCalls.guarded(
                "name matcher " + names.getClass().getName(), "match", () -> names.match(n, parsed.identity().name()),
                failure -> new NameMatch(n, parsed.identity().name(), 0, false)));
        return new StatementRead(doc, cp.chosen(), parsed, parsed.reconciliation().verification(), signals, matches,
                readNanos, parseNanos);
    }

    private ReadRefusal unsupported(ParseRefusal refusal, Document doc, ChosenParser chosen) {
        return new ReadRefusal(UploadError.of(ErrorCode.STATEMENT_UNSUPPORTED_FORMAT), refusal.stage(),
                "parser " + chosen.parser().id() + " (bank " + chosen.bankId() + "): " + refusal.reason(), refusal.at(),
                detections(doc), doc.pageCount(), Option.some(chosen.bankId()));
    }

    private List<Detection> detections(Document doc) {
        return registry.ranked(doc).map(t -> t._2);
    }

    /** The document reader's error, with the stage it stands for and what to do about it. */
    static ReadRefusal fileRefusal(UploadError error, boolean passwordGiven) {
        ReadStage stage;
        String reason;
        switch (error.errorCode()) {
            case PASSWORD_INCORRECT -> {
                stage = ReadStage.PASSWORD;
                reason = passwordGiven ? "the password given does not open this PDF"
                        : "this PDF needs a password and none was given";
            }
            case PDF_CERTIFICATE_ENCRYPTED -> {
                stage = ReadStage.PASSWORD;
                reason = "the PDF is encrypted for a certificate holder; save it without certificate protection";
            }
            case PDF_IS_IMAGE -> {
                stage = ReadStage.IMAGE_ONLY;
                reason = "the pages are images without a text layer (a scan); download the statement from the bank instead";
            }
            default -> {
                stage = ReadStage.OPEN;
                reason = "the file could not be opened as a PDF: " + error.message();
            }
        }
        return new ReadRefusal(error, stage, reason, Option.none(), List.empty(), 0, Option.none());
    }
}
