package dev.passbook.bench;

import io.vavr.control.Option;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The harness: renders the statements once, runs the JMH benchmarks (speed, scaling), the memory probe
 * in a child JVM, the persistence saves and the HTTP service load, and prints one Markdown report
 * (also written to {@code bench/target/}). Started by {@code bench/run.sh}; see docs/benchmarks.md.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar [quick|full] [--only speed,stages,memory,persistence,service,real]
 *      [--pages 5,50,150,1000] [--prof stack] [--out report.md] [--real DIR [--passwords TSV]]
 * </pre>
 */
public final class Bench {

    private static final String PG_URL_VARIABLES = "PASSBOOK_BENCH_PG_URL or PASSBOOK_TEST_PG_URL";

    private final boolean full;
    private final Set<String> parts;
    private final List<Integer> pages;
    private final List<String> profilers;
    private final Path out;
    private final Option<Path> real;
    private final Option<Path> passwords;
    private final StringBuilder report = new StringBuilder();

    private Bench(boolean full, Set<String> parts, List<Integer> pages, List<String> profilers, Path out,
                  Option<Path> real, Option<Path> passwords) {
        this.full = full;
        this.parts = parts;
        this.pages = pages;
        this.profilers = profilers;
        this.out = out;
        this.real = real;
        this.passwords = passwords;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        boolean full = false;
        Set<String> parts = new LinkedHashSet<>(List.of("speed", "stages", "memory", "persistence", "service"));
        List<Integer> pages = List.of(5, 50, 150, 1000);
        List<String> profilers = new ArrayList<>();
        Path out = null;
        Option<Path> real = Option.none();
        Option<Path> passwords = Option.none();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "quick" -> full = false;
                case "full" -> full = true;
                case "--only" -> parts = new LinkedHashSet<>(List.of(args[++i].split(",")));
                case "--pages" -> pages = java.util.Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
                case "--prof" -> profilers.add(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--real" -> real = Option.some(Path.of(args[++i]));
                case "--passwords" -> passwords = Option.some(Path.of(args[++i]));
                default -> {
                    System.err.println("usage: [quick|full] [--only speed,stages,memory,persistence,service,real] "
                            + "[--pages 5,50,150,1000] [--prof stack] [--out report.md] [--real DIR [--passwords TSV]]");
                    System.exit(2);
                }
            }
        }
        if (out == null) {
            String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(OffsetDateTime.now(ZoneOffset.UTC));
            out = Path.of("bench", "target", "bench-report-" + (full ? "full" : "quick") + "-" + stamp + ".md");
        }
        if (real.isDefined() && !java.util.Arrays.asList(args).contains("--only")) {
            parts.add("real");
        }
        new Bench(full, parts, pages, profilers, out, real, passwords).run();
    }

    private void run() throws Exception {
        Path corpus = Corpus.dir();
        line("# Passbook benchmark report (" + (full ? "full" : "quick") + ")");
        line("");
        line(Machine.describe());
        line("- corpus: " + corpus + " (seed " + StatementCorpus.SEED + ", layout " + StatementCorpus.LAYOUT.id()
                + ", RC4 owner-password as HDFC issues it)");
        line("");
        if (!parts.equals(Set.of("real"))) {
            prepare(corpus);
        }
        if (parts.contains("speed")) {
            section("speed", this::speed);
        }
        if (parts.contains("stages")) {
            section("stages", this::stages);
        }
        if (parts.contains("memory")) {
            section("memory", this::memory);
        }
        if (parts.contains("persistence")) {
            section("persistence", this::persistence);
        }
        if (parts.contains("service")) {
            section("service", this::service);
        }
        if (parts.contains("real")) {
            section("real", () -> {
                if (real.isEmpty()) {
                    throw new IllegalArgumentException("give the folder of statements with --real DIR");
                }
                RealStatements.run(this::line, new Pipeline(), real.get(), passwords, full);
            });
        }
        line("");
        line("_finished " + Machine.now() + ", load average " + Machine.loadAverage() + "_");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report.toString());
        System.out.println();
        System.out.println("==================== REPORT (" + out + ") ====================");
        System.out.println(report);
    }

    private interface Part {
        void run() throws Exception;
    }

    /** A part that fails is reported as not measured, with the reason; the others still run. */
    private void section(String name, Part part) {
        try {
            part.run();
        } catch (Exception | Error e) {
            line("");
            line("**" + name + ": not measured** — " + e.getClass().getSimpleName() + ": " + e.getMessage());
            e.printStackTrace();
        }
    }

    private void prepare(Path corpus) {
        line("## Statements");
        line("");
        line("| pages | rows | file size | render time |");
        line("|---:|---:|---:|---:|");
        Set<Integer> needed = new LinkedHashSet<>(pages);
        if (parts.contains("memory")) {
            needed.add(1000);
        }
        if (parts.contains("service")) {
            needed.add(5);
        }
        for (int n : needed) {
            long t0 = System.nanoTime();
            Path f = StatementCorpus.file(corpus, n);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            Properties p = StatementCorpus.facts(f);
            line(String.format(Locale.ROOT, "| %d | %s | %.2f MB | %s |", n, p.getProperty("rows"),
                    Long.parseLong(p.getProperty("bytes")) / 1e6, ms < 50 ? "cached" : ms + " ms"));
            System.out.println("statement ready: " + f);
        }
        line("");
    }

    // ---------------------------------------------------------------- speed

    private void speed() throws Exception {
        boolean poppler = Baselines.popplerInstalled();
        // quick leaves out `read` (the reader alone), which only splits the pipeline's time
        String include = ExtractionBenchmark.class.getName() + (full ? ".(pipeline|read|pdfTextStripper)$" : ".(pipeline|pdfTextStripper)$");
        ChainedOptionsBuilder opts = new OptionsBuilder()
                .include(include)
                .param("pages", pages.stream().map(String::valueOf).toArray(String[]::new))
                .forks(full ? 2 : 1)
                .warmupIterations(full ? 5 : 4)
                .warmupTime(TimeValue.seconds(full ? 3 : 2))
                .measurementIterations(full ? 5 : 4)
                .measurementTime(TimeValue.seconds(full ? 3 : 2))
                .jvmArgsAppend("-Xms1g", "-Xmx1g", "-D" + Corpus.DIR_PROPERTY + "=" + Corpus.dir())
                .shouldFailOnError(false);
        if (poppler) {
            // a native process: no JIT to warm; a short warm-up fills the page cache
            opts.include(PopplerBenchmark.class.getName() + ".pdftotext$");
        }
        opts.addProfiler(CpuTimeProfiler.class);
        opts.addProfiler(org.openjdk.jmh.profile.GCProfiler.class); // allocation per operation
        for (String p : profilers) {
            opts.addProfiler(p);
        }
        String loadBefore = Machine.loadAverage();
        Collection<RunResult> results = new Runner(opts.build()).run();
        String loadAfter = Machine.loadAverage();

        Map<String, Map<Integer, double[]>> wall = new LinkedHashMap<>();
        Map<String, Map<Integer, double[]>> cpu = new LinkedHashMap<>();
        Map<String, Map<Integer, double[]>> alloc = new LinkedHashMap<>();
        for (RunResult r : results) {
            String bench = r.getParams().getBenchmark();
            String name = bench.substring(bench.lastIndexOf('.') + 1);
            int n = Integer.parseInt(r.getParams().getParam("pages"));
            wall.computeIfAbsent(name, k -> new LinkedHashMap<>())
                    .put(n, new double[]{r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()});
            var c = r.getSecondaryResults().get(CpuTimeProfiler.LABEL);
            if (c != null) {
                cpu.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(n, new double[]{c.getScore(), c.getScoreError()});
            }
            r.getSecondaryResults().entrySet().stream().filter(e -> e.getKey().endsWith("gc.alloc.rate.norm")).findFirst()
                    .ifPresent(e -> alloc.computeIfAbsent(name, k -> new LinkedHashMap<>())
                            .put(n, new double[]{e.getValue().getScore() / 1e6, e.getValue().getScoreError() / 1e6}));
        }

        line("## Speed: warm, in-process, one benchmark thread (JMH)");
        line("");
        line("JMH " + (full ? "full: 2 forks × (5 × 3 s warm-up + 5 × 3 s measured)" : "quick: 1 fork × (4 × 2 s warm-up + 4 × 2 s measured)")
                + ", mode average time, heap 1 GB, default GC. Load average before " + loadBefore + ", after " + loadAfter + ".");
        line("`pipeline` = PdfDocumentReader.read + ParserRegistry.detect + parse + reconciliation + analyzers + name match;"
                + " `read` = PdfDocumentReader.read alone; `stripper` = PDFBox PDFTextStripper(sortByPosition) on the same bytes;"
                + " `pdftotext` = poppler `pdftotext -layout` as a child process" + (poppler ? "" : " (not installed: skipped)") + ".");
        line("CPU = CPU time of the benchmark JVM (all its threads: GC and JIT included; for pdftotext the child's) per operation;"
                + " wall = JMH's average time. On a busy shared machine CPU time is the comparable figure.");
        line("");
        table("CPU time, ms per page", cpu);
        table("Wall time, ms per page", wall);
        if (!alloc.isEmpty()) {
            alloc.remove("pdftotext"); // a child process: the JVM allocates next to nothing
            table("Heap allocated, MB per page (JMH gc profiler, gc.alloc.rate.norm)", alloc);
        }
        line("Scaling (ms per page at the largest size / at the smallest):");
        line("");
        int small = pages.get(0);
        int large = pages.get(pages.size() - 1);
        for (String b : List.of("pipeline", "read", "pdfTextStripper", "pdftotext")) {
            for (Map.Entry<String, Map<String, Map<Integer, double[]>>> kind : List.of(Map.entry("CPU", cpu), Map.entry("wall", wall))) {
                double[] a = score(kind.getValue(), b, large);
                double[] z = score(kind.getValue(), b, small);
                if (a != null && z != null) {
                    line(String.format(Locale.ROOT, "- %s (%s): %.3f ms/page at %d pages vs %.3f at %d → **%.2f×**", b,
                            kind.getKey(), a[0] / large, large, z[0] / small, small, (a[0] / large) / (z[0] / small)));
                }
            }
        }
        line("");
        line("Raw JMH scores (ms per statement ± 99.9 % error):");
        line("");
        line("| benchmark | " + String.join(" | ", pages.stream().map(p -> p + " p").toList()) + " |");
        line("|---|" + "---:|".repeat(pages.size()));
        for (Map.Entry<String, Map<String, Map<Integer, double[]>>> kind : List.of(Map.entry("cpu", cpu), Map.entry("wall", wall))) {
            for (Map.Entry<String, Map<Integer, double[]>> e : kind.getValue().entrySet()) {
                StringBuilder row = new StringBuilder("| " + e.getKey() + " (" + kind.getKey() + ") |");
                for (int n : pages) {
                    double[] s = e.getValue().get(n);
                    row.append(s == null ? " — |" : String.format(Locale.ROOT, " %.1f ± %.1f |", s[0], s[1]));
                }
                line(row.toString());
            }
        }
        line("");
    }

    private void table(String title, Map<String, Map<Integer, double[]>> scores) {
        line("**" + title + "**");
        line("");
        line("| pages | pipeline | read | stripper | pdftotext | **pipeline / stripper** | read / stripper | pipeline / pdftotext |");
        line("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int n : pages) {
            double[] pipe = score(scores, "pipeline", n);
            double[] read = score(scores, "read", n);
            double[] strip = score(scores, "pdfTextStripper", n);
            double[] pop = score(scores, "pdftotext", n);
            line(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | **%s** | %s | %s |", n, perPage(pipe, n),
                    perPage(read, n), perPage(strip, n), perPage(pop, n), ratio(pipe, strip), ratio(read, strip),
                    ratio(pipe, pop)));
        }
        line("");
    }

    private static double[] score(Map<String, Map<Integer, double[]>> scores, String bench, int pages) {
        Map<Integer, double[]> m = scores.get(bench);
        return m == null ? null : m.get(pages);
    }

    private static String perPage(double[] score, int pages) {
        return score == null ? "—" : String.format(Locale.ROOT, "%.3f", score[0] / pages);
    }

    private static String ratio(double[] a, double[] b) {
        return a == null || b == null ? "—" : String.format(Locale.ROOT, "%.2f×", a[0] / b[0]);
    }

    // ---------------------------------------------------------------- stages

    private void stages() throws Exception {
        Pipeline pipeline = new Pipeline();
        line("## Where the pipeline's time goes (thread CPU time per step, ms per page)");
        line("");
        line("In the harness JVM, single thread, median of the measured runs after warm-up runs (more runs for"
                + " small statements); each pipeline run is followed by a PDFTextStripper(sortByPosition) run on the same"
                + " bytes. Thread CPU time excludes GC and JIT threads (JMH's CPU figures above include them). Load average before: "
                + Machine.loadAverage() + ".");
        line("");
        line("| pages | runs | read | detect | parse | reconcile | analyse + names | **total** | PDFTextStripper | total / stripper |");
        line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        // warm the code on the smallest statement first, as the service would be after a few uploads
        byte[] small = Files.readAllBytes(StatementCorpus.file(Corpus.dir(), pages.get(0)));
        for (int i = 0; i < (full ? 60 : 30); i++) {
            pipeline.stages(small);
            Baselines.pdfTextStripper(small);
        }
        for (int n : pages) {
            byte[] pdf = Files.readAllBytes(StatementCorpus.file(Corpus.dir(), n));
            int runs = Math.max(full ? 5 : 3, (full ? 400 : 150) / n);
            int warm = Math.max(1, runs / 3);
            for (int i = 0; i < warm; i++) {
                pipeline.stages(pdf);
            }
            List<Pipeline.Stages> measured = new ArrayList<>();
            long[] stripper = new long[runs];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int i = 0; i < runs; i++) {
                // interleaved, so both see the same machine load and the same heap state
                measured.add(pipeline.stages(pdf));
                long t0 = threads.getCurrentThreadCpuTime();
                Baselines.pdfTextStripper(pdf);
                stripper[i] = threads.getCurrentThreadCpuTime() - t0;
            }
            java.util.Arrays.sort(stripper);
            java.util.function.ToLongFunction<Pipeline.Stages>[] cols = stageColumns();
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %d | %d |", n, runs));
            for (var col : cols) {
                long[] v = measured.stream().mapToLong(col).sorted().toArray();
                row.append(String.format(Locale.ROOT, " %.3f |", v[v.length / 2] / 1e6 / n));
            }
            long[] totals = measured.stream().mapToLong(Pipeline.Stages::total).sorted().toArray();
            double strip = stripper[stripper.length / 2] / 1e6 / n;
            row.append(String.format(Locale.ROOT, " %.3f | %.2f× |", strip, totals[totals.length / 2] / 1e6 / n / strip));
            line(row.toString());
            System.out.println("stages measured for " + n + " pages");
        }
        line("");
    }

    @SuppressWarnings("unchecked")
    private static java.util.function.ToLongFunction<Pipeline.Stages>[] stageColumns() {
        return new java.util.function.ToLongFunction[]{
                (java.util.function.ToLongFunction<Pipeline.Stages>) Pipeline.Stages::read,
                (java.util.function.ToLongFunction<Pipeline.Stages>) Pipeline.Stages::detect,
                (java.util.function.ToLongFunction<Pipeline.Stages>) Pipeline.Stages::parse,
                (java.util.function.ToLongFunction<Pipeline.Stages>) Pipeline.Stages::reconcile,
                (java.util.function.ToLongFunction<Pipeline.Stages>) Pipeline.Stages::analyse,
                (java.util.function.ToLongFunction<Pipeline.Stages>) Pipeline.Stages::total};
    }

    // ---------------------------------------------------------------- memory

    private void memory() throws Exception {
        Path file = StatementCorpus.file(Corpus.dir(), 1000);
        List<Integer> heaps = full ? List.of(256, 192, 128, 96, 64) : List.of(256, 128);
        line("## Memory: the 1,000-page statement through the pipeline in a child JVM");
        line("");
        line("One cold pass (`java -Xmx<heap> -cp benchmarks.jar dev.passbook.bench.MemoryProbe <file>`), default GC."
                + " Sampled peak = heap in use sampled every 5 ms (garbage included); retained = heap after a full GC with"
                + " the results still referenced; RSS = VmHWM. Load average before: " + Machine.loadAverage() + ".");
        line("");
        line("| -Xmx | result | time | sampled peak heap | retained after GC | peak RSS |");
        line("|---:|---|---:|---:|---:|---:|");
        for (int heap : heaps) {
            List<String> cmd = List.of(Machine.javaBinary(), "-Xmx" + heap + "m",
                    "-D" + Corpus.DIR_PROPERTY + "=" + Corpus.dir(), "-cp", System.getProperty("java.class.path"),
                    MemoryProbe.class.getName(), file.toString());
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String probe = null;
            StringBuilder all = new StringBuilder();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) {
                    all.append(l).append('\n');
                    if (l.startsWith("MEMORY ")) {
                        probe = l;
                    }
                }
            }
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
            }
            if (probe == null) {
                String tail = all.length() > 300 ? all.substring(all.length() - 300) : all.toString();
                line(String.format(Locale.ROOT, "| %d MB | **failed** (exit %d): %s | | | | |", heap, p.exitValue(),
                        tail.replace('\n', ' ').replace("|", "/")));
                continue;
            }
            Map<String, String> f = Machine.fields(probe);
            boolean ok = "true".equals(f.get("ok"));
            line(String.format(Locale.ROOT, "| %d MB | %s | %s ms | %s MB | %s MB | %s MB |", heap,
                    ok ? "ok (" + f.get("pages") + " pages, " + f.get("transactions") + " rows)" : "**failed**: " + f.get("error"),
                    f.get("millis"), f.get("sampledPeakHeapMB"), f.get("retainedAfterGcMB"), f.get("peakRssMB")));
        }
        line("");
    }

    // ---------------------------------------------------------------- persistence

    private void persistence() throws Exception {
        int rows = 6000;
        int warmup = full ? 3 : 2;
        int measured = full ? 9 : 5;
        line("## Persistence: saving one " + rows + "-transaction statement");
        line("");
        line("`StatementRepository.save` (statement + rows + signals + name matches in one transaction, batched inserts);"
                + " " + warmup + " warm-up saves, then " + measured + " timed. Load average before: " + Machine.loadAverage() + ".");
        line("");
        line("| database | rows | median | min | max | rows/s (median) |");
        line("|---|---:|---:|---:|---:|---:|");
        List<PersistenceBench.Outcome> outcomes = new ArrayList<>();
        outcomes.add(PersistenceBench.h2(rows, warmup, measured));
        String pg = pgUrl();
        if (pg != null) {
            outcomes.add(PersistenceBench.postgres(pg, rows, warmup, measured));
        }
        for (PersistenceBench.Outcome o : outcomes) {
            line(String.format(Locale.ROOT, "| %s | %d | %.0f ms | %.0f ms | %.0f ms | %.0f |", o.database(), o.rows(),
                    o.median(), o.min(), o.max(), o.rows() / (o.median() / 1000)));
        }
        if (pg == null) {
            line("| PostgreSQL | — | not measured: set " + PG_URL_VARIABLES + " (see `.ci/postgres.sh`) | | | |");
        }
        line("");
    }

    static String pgUrl() {
        for (String v : List.of("PASSBOOK_BENCH_PG_URL", "PASSBOOK_TEST_PG_URL")) {
            String url = System.getenv(v);
            if (url != null && url.startsWith("jdbc:postgresql:")) {
                return url;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- service

    private void service() throws Exception {
        ServiceBench.run(this::line, full, Corpus.dir(), pgUrl());
    }

    private void line(String s) {
        report.append(s).append('\n');
    }
}
