package dev.passbook.bench;

import dev.passbook.adapters.pdf.PdfDocumentReader;
import dev.passbook.analysis.AnalysisSettings;
import dev.passbook.analysis.FraudAnalyzer;
import dev.passbook.analysis.name.PhoneticNameMatcher;
import dev.passbook.core.application.AccountingAnalyzer;
import dev.passbook.core.application.ReadRequest;
import dev.passbook.core.application.ReadStatement;
import dev.passbook.core.application.StatementAnalyzer;
import dev.passbook.core.application.StatementRead;
import dev.passbook.core.document.Document;
import dev.passbook.core.domain.FraudSignal;
import dev.passbook.core.domain.NameMatch;
import dev.passbook.core.error.UploadError;
import dev.passbook.core.spi.Detection;
import dev.passbook.core.spi.ParsedStatement;
import dev.passbook.core.spi.ParserRegistry;
import dev.passbook.core.spi.StatementParser;
import io.vavr.Tuple2;
import io.vavr.collection.List;
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
     * threads excluded), to see which step grows with the page count.
     */
    public Stages stages(byte[] pdf) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = cpu.getCurrentThreadCpuTime();
        Document doc = reader.read(pdf, Option.none()).getOrElseThrow(e -> failure("read", e));
        long t1 = cpu.getCurrentThreadCpuTime();
        Tuple2<StatementParser, Detection> chosen = registry.detect(doc).getOrElseThrow(() -> new IllegalStateException(
                "no installed parser recognised the statement"));
        long t2 = cpu.getCurrentThreadCpuTime();
        ParsedStatement parsed = chosen._1.parse(doc).getOrElseThrow(e -> new IllegalStateException("parse failed: " + e));
        long t3 = cpu.getCurrentThreadCpuTime();
        boolean reconciled = parsed.reconciliation().isClean();
        long t4 = cpu.getCurrentThreadCpuTime();
        String bank = chosen._2.bankId().getOrElse(chosen._1.id());
        List<FraudSignal> signals = accounting.analyse(doc, parsed, bank).appendAll(analyzer.analyse(doc, parsed, bank));
        NameMatch match = names.match("Ananya Sharma", parsed.identity().name());
        long t5 = cpu.getCurrentThreadCpuTime();
        if (!reconciled || match == null || signals == null) {
            throw new IllegalStateException("the statement does not reconcile");
        }
        return new Stages(t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4);
    }

    private static IllegalStateException failure(String step, UploadError e) {
        return new IllegalStateException(step + " failed: " + e.code() + " " + e.message());
    }
}
