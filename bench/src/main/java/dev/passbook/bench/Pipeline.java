package dev.passbook.bench;

import dev.passbook.adapters.pdf.PdfDocumentReader;
import dev.passbook.analysis.AnalysisSettings;
import dev.passbook.analysis.FraudAnalyzer;
import dev.passbook.analysis.name.PhoneticNameMatcher;
import dev.passbook.core.application.AccountingAnalyzer;
import dev.passbook.core.application.StatementAnalyzer;
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
 * The in-process work of one upload, without HTTP and storage: read the PDF into the neutral model,
 * let every installed parser detect, parse with the winner, reconcile, run the analyzers the upload
 * service runs (accounting signals plus the fraud analyzer) and match one expected name. Each call
 * starts from the bytes, as an upload does; the reader, registry and analyzers are built once, as the
 * service builds them once.
 */
public final class Pipeline {

    /** What one run produced, so a benchmark can consume it and a check can compare it with the truth. */
    public record Result(int pages, String parserId, String layoutId, int transactions, boolean reconciled,
                         List<FraudSignal> signals, NameMatch nameMatch) {
    }

    private final PdfDocumentReader reader = new PdfDocumentReader();
    private final ParserRegistry registry = ParserRegistry.load(Pipeline.class.getClassLoader());
    private final StatementAnalyzer analyzer = StatementAnalyzer.combine(new AccountingAnalyzer(),
            FraudAnalyzer.forUploadService(AnalysisSettings.defaults()));
    private final PhoneticNameMatcher names = new PhoneticNameMatcher();

    public ParserRegistry registry() {
        return registry;
    }

    /** Runs the pipeline; a refusal at any step is a broken benchmark, so it throws. */
    public Result run(byte[] pdf) {
        Document doc = reader.read(pdf, Option.none()).getOrElseThrow(e -> failure("read", e));
        Tuple2<StatementParser, Detection> chosen = registry.detect(doc).getOrElseThrow(() -> new IllegalStateException(
                "no installed parser recognised the statement; parsers: " + registry.parsers().map(StatementParser::id)));
        ParsedStatement parsed = chosen._1.parse(doc).getOrElseThrow(e -> new IllegalStateException("parse failed: " + e));
        boolean reconciled = parsed.reconciliation().isClean();
        String bank = chosen._2.bankId().getOrElse(chosen._1.id());
        List<FraudSignal> signals = analyzer.analyse(doc, parsed, bank);
        NameMatch match = names.match("Ananya Sharma", parsed.identity().name());
        return new Result(doc.pageCount(), chosen._1.id(), parsed.layoutId(), parsed.transactions().size(), reconciled,
                signals, match);
    }

    /** Thread CPU time of each step of one run, in nanoseconds. */
    public record Stages(long read, long detect, long parse, long reconcile, long analyse) {
        public long total() {
            return read + detect + parse + reconcile + analyse;
        }
    }

    /**
     * The same run as {@link #run}, timed step by step with the calling thread's CPU time (GC and JIT
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
        List<FraudSignal> signals = analyzer.analyse(doc, parsed, chosen._2.bankId().getOrElse(chosen._1.id()));
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
