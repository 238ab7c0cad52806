package dev.passbook.bench;

import dev.passbook.adapters.pdf.PdfDocumentReader;
import dev.passbook.core.document.Document;
import io.vavr.control.Option;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Warm, in-process, single-threaded: the same bytes through our pipeline, through our reader alone, and
 * through PDFBox's {@code PDFTextStripper} with {@code sortByPosition}. Time per statement; {@link Bench}
 * divides by the page count. Iteration counts and forks are set by {@link Bench} (quick or full).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExtractionBenchmark {

    /** The statement file of {@code pages} pages, read into memory once per fork. */
    @State(Scope.Benchmark)
    public static class Input {
        @Param({"5", "50", "150", "1000"})
        public int pages;
        public Path file;
        public byte[] pdf;
        public Properties facts;

        @Setup(Level.Trial)
        public void load() throws IOException {
            file = StatementCorpus.file(Corpus.dir(), pages);
            pdf = Files.readAllBytes(file);
            facts = StatementCorpus.facts(file);
        }
    }

    /**
     * The pipeline, checked once before measuring: a benchmark of a pipeline that reads the wrong
     * number of pages or rows would measure nothing useful.
     */
    @State(Scope.Benchmark)
    public static class Checked {
        public Pipeline pipeline;

        @Setup(Level.Trial)
        public void check(Input in) {
            pipeline = new Pipeline();
            Pipeline.Result r = pipeline.run(in.pdf);
            int rows = Integer.parseInt(in.facts.getProperty("rows"));
            if (r.pages() != in.pages || r.transactions() != rows || !r.reconciled()) {
                throw new IllegalStateException("pipeline result does not match the generated statement: " + r
                        + "; expected " + in.pages + " pages, " + rows + " rows, reconciled");
            }
        }
    }

    /** Our reader alone, built once as the service builds it. */
    @State(Scope.Benchmark)
    public static class Reader {
        public final PdfDocumentReader reader = new PdfDocumentReader();
    }

    /** read → detect → parse → reconcile → analyse → name match. */
    @Benchmark
    public Pipeline.Result pipeline(Input in, Checked c) {
        return c.pipeline.run(in.pdf);
    }

    /** Only PDF → neutral document model (PdfDocumentReader.read), to split the pipeline's time. */
    @Benchmark
    public Document read(Input in, Reader r) {
        return r.reader.read(in.pdf, Option.none()).get();
    }

    /** The baseline: PDFBox's PDFTextStripper, sortByPosition = true, on the same bytes. */
    @Benchmark
    public String pdfTextStripper(Input in) {
        return Baselines.pdfTextStripper(in.pdf);
    }
}
