package dev.passbook.bench;

import dev.passbook.adapters.pdf.PdfDocumentReader;
import dev.passbook.analysis.AnalysisSettings;
import dev.passbook.analysis.FraudAnalyzer;
import dev.passbook.analysis.name.PhoneticNameMatcher;
import dev.passbook.core.application.AccountingAnalyzer;
import dev.passbook.core.application.ReadRequest;
import dev.passbook.core.application.ReadStatement;
import dev.passbook.core.port.StatementAnalyzer;
import dev.passbook.core.application.StatementRead;
import dev.passbook.core.document.Document;
import dev.passbook.core.domain.FraudSignal;
import dev.passbook.core.domain.NameMatch;
import dev.passbook.core.domain.Verdict;
import dev.passbook.core.error.UploadError;
import dev.passbook.core.spi.Detection;
import dev.passbook.core.spi.ParseRefusal;
import dev.passbook.core.spi.ParsedStatement;
import dev.passbook.core.spi.ParserRegistry;
import dev.passbook.core.spi.StatementParser;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The in-process work of one upload, without HTTP and storage: core's {@link ReadStatement} use case
 * (read the PDF into the neutral model, let every installed parser detect, parse with the winner,
 * reconcile, add the accounting signals and the fraud analyzer's, match one expected name), wired as
 * the service wires it. Each call starts from the bytes, as an upload does; the use case is built
 * once, as the service builds it once.
 */
public final class Pipeline {

    /** What one run produced, so a benchmark can consume it and a check can compare it with the truth. */
    public record Result(int pages, String parserId, String layoutId, int transactions, boolean reconciled,
                         List<FraudSignal> signals, NameMatch nameMatch) {
    }

    private static final AnalysisSettings SETTINGS = AnalysisSettings.defaults();

    private final PdfDocumentReader reader = new PdfDocumentReader();
    private final ParserRegistry registry = ParserRegistry.load(Pipeline.class.getClassLoader());
    private final AccountingAnalyzer accounting = SETTINGS.accounting();
    private final StatementAnalyzer analyzer = new FraudAnalyzer(SETTINGS);
    private final PhoneticNameMatcher names = PhoneticNameMatcher.from(SETTINGS);
    private final ReadStatement reading = new ReadStatement(reader, registry, accounting, analyzer, names);

    public ParserRegistry registry() {
        return registry;
    }

    /** Runs the use case; a refusal at any step is a broken benchmark, so it throws. */
    public Result run(byte[] pdf) {
        StatementRead read = reading.read(new ReadRequest(pdf, Option.none(), Option.none(), List.of("Ananya Sharma")))
                .getOrElseThrow(r -> new IllegalStateException("refused: " + r.error().code() + " " + r.describe()));
        ParsedStatement parsed = read.parsed();
        return new Result(read.document().pageCount(), read.chosen().parser().id(), parsed.layoutId(),
                parsed.transactions().size(), parsed.reconciliation().isClean(), read.signals(), read.nameMatches().head());
    }

    /** Thread CPU time of each step of one run, in nanoseconds. */
    public record Stages(long read, long detect, long parse, long reconcile, long analyse) {
        public long total() {
            return read + detect + parse + reconcile + analyse;
        }
    }

    /**
     * The steps of {@link #run}'s use case, run one by one with the same reader, parsers and analyzers
     * (the use case cannot be timed from inside) and timed step by step with the calling thread's CPU time (GC and JIT
     * threads excluded), to see which step grows with the page count. The rendered statements must read and reconcile.
     */
    public Stages stages(byte[] pdf) {
        Timed t = timed(pdf, Option.none());
        if (t.refusal().isDefined() || !t.reconciled()) {
            throw new IllegalStateException(t.refusal().getOrElse("the statement does not reconcile"));
        }
        return t.stages().get();
    }

    /** One timed run of a statement that may be refused or may not reconcile (a real one): its cost and outcome. */
    public record Timed(Option<Stages> stages, Option<String> refusal, String bank, int pages, int rows,
                        boolean reconciled, boolean verified) {
        static Timed refused(String why) {
            return new Timed(Option.none(), Option.some(why), "", 0, 0, false, false);
        }
    }

    /** {@link #stages}, without requiring the statement to be read or reconciled; {@code password} opens it. */
    public Timed timed(byte[] pdf, Option<String> password) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = cpu.getCurrentThreadCpuTime();
        Either<UploadError, Document> read = reader.read(pdf, password);
        long t1 = cpu.getCurrentThreadCpuTime();
        if (read.isLeft()) {
            return Timed.refused("read: " + read.getLeft().code());
        }
        Document doc = read.get();
        Option<Tuple2<StatementParser, Detection>> chosen = registry.detect(doc);
        long t2 = cpu.getCurrentThreadCpuTime();
        if (chosen.isEmpty()) {
            return Timed.refused("detect: no parser");
        }
        Either<ParseRefusal, ParsedStatement> parse = chosen.get()._1.parse(doc);
        long t3 = cpu.getCurrentThreadCpuTime();
        if (parse.isLeft()) {
            return Timed.refused("parse: " + parse.getLeft().stage());
        }
        ParsedStatement parsed = parse.get();
        boolean reconciled = parsed.reconciliation().isClean();
        boolean verified = parsed.reconciliation().verification().verdict() == Verdict.VERIFIED;
        long t4 = cpu.getCurrentThreadCpuTime();
        String bank = chosen.get()._2.bankId().getOrElse(chosen.get()._1.id());
        List<FraudSignal> signals = accounting.analyse(doc, parsed, bank).appendAll(analyzer.analyse(doc, parsed, bank));
        NameMatch match = names.match("Ananya Sharma", parsed.identity().name());
        long t5 = cpu.getCurrentThreadCpuTime();
        if (match == null || signals == null) {
            throw new IllegalStateException("the analyzers answered nothing");
        }
        return new Timed(Option.some(new Stages(t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4)), Option.none(), bank,
                doc.pageCount(), parsed.transactions().size(), reconciled, verified);
    }

    private static IllegalStateException failure(String step, UploadError e) {
        return new IllegalStateException(step + " failed: " + e.code() + " " + e.message());
    }
}
