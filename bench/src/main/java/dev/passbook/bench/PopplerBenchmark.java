package dev.passbook.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

import java.util.concurrent.TimeUnit;

/**
 * poppler's {@code pdftotext -layout} on the same file, a child process per call (start-up included).
 * Only run by {@link Bench} when {@code pdftotext} is installed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PopplerBenchmark {

    @Benchmark
    public int pdftotext(ExtractionBenchmark.Input in) {
        return Baselines.pdftotext(in.file);
    }
}
