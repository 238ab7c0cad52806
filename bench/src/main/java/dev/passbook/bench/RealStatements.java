package dev.passbook.bench;

import io.vavr.control.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The benchmark's {@code real} part: the warm pipeline against PDFBox's sorted extraction on statements
 * the user points at (a folder of real exports, such as the development corpus), because real layouts
 * cost more than the renderer's. Files are never named in the report: each is shown by its detected
 * bank and page count, so a report on real statements can be shared.
 */
final class RealStatements {

    private RealStatements() {
    }

    /** One measured statement. */
    private record Measured(String bank, int pages, int rows, boolean verified, double readMs, double parseMs,
                            double analyseMs, double pipelineMs, double stripperMs) {
    }

    static void run(Consumer<String> line, Pipeline pipeline, Path dir, Option<Path> passwordsFile, boolean full)
            throws IOException {
        Map<String, String> passwords = passwordsFile.isDefined() ? passwords(passwordsFile.get()) : Map.of();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().toList();
        }
        line.accept("## Real statements: the pipeline against PDFTextStripper");
        line.accept("");
        int rounds = full ? 5 : 3;
        int runs = full ? 5 : 3;
        line.accept("Every PDF under the folder given with `--real` (" + files.size() + " files), warm: " + rounds
                + " warm-up rounds over all of them (the pipeline and PDFTextStripper(sortByPosition) on each), then each file "
                + "alternately " + runs + " times through both, keeping the median thread CPU time. Files are shown by "
                + "detected bank and pages only. Refused files are counted, not timed. Load average before: "
                + Machine.loadAverage() + ".");
        line.accept("");
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<String, Integer> refused = new java.util.TreeMap<>();
        record Readable(byte[] pdf, Option<String> password, Pipeline.Timed first) {
        }
        List<Readable> readable = new ArrayList<>();
        for (Path f : files) {
            byte[] pdf = Files.readAllBytes(f);
            Option<String> password = Option.of(passwords.get(dir.relativize(f).toString()))
                    .orElse(Option.of(passwords.get(f.getFileName().toString())));
            Pipeline.Timed first = pipeline.timed(pdf, password);
            if (first.refusal().isDefined()) {
                refused.merge(first.refusal().get(), 1, Integer::sum);
            } else {
                readable.add(new Readable(pdf, password, first));
            }
        }
        for (int round = 0; round < rounds; round++) {
            for (Readable r : readable) {
                pipeline.timed(r.pdf(), r.password());
                Baselines.pdfTextStripper(r.pdf(), r.password());
            }
        }
        List<Measured> measured = new ArrayList<>();
        for (Readable r : readable) {
            byte[] pdf = r.pdf();
            Option<String> password = r.password();
            Pipeline.Timed first = r.first();
            long[] ours = new long[runs];
            long[] theirs = new long[runs];
            long[] read = new long[runs];
            long[] parse = new long[runs];
            long[] analyse = new long[runs];
            for (int i = 0; i < runs; i++) {
                Pipeline.Stages stages = pipeline.timed(pdf, password).stages().get();
                ours[i] = stages.total();
                read[i] = stages.read();
                parse[i] = stages.detect() + stages.parse() + stages.reconcile();
                analyse[i] = stages.analyse();
                long t0 = threads.getCurrentThreadCpuTime();
                Baselines.pdfTextStripper(pdf, password);
                theirs[i] = threads.getCurrentThreadCpuTime() - t0;
            }
            measured.add(new Measured(first.bank(), first.pages(), first.rows(), first.verified(), median(read),
                    median(parse), median(analyse), median(ours), median(theirs)));
            System.out.println("real statement measured: " + first.pages() + " pages");
        }
        measured.sort(java.util.Comparator.comparingInt(Measured::pages).reversed());
        line.accept("| bank | pages | rows | verified | read | detect + parse | analyse | pipeline | PDFTextStripper | pipeline / stripper |");
        line.accept("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|");
        double ours = 0;
        double theirs = 0;
        int pages = 0;
        for (Measured m : measured) {
            line.accept(String.format(Locale.ROOT, "| %s | %d | %d | %s | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.2f× |",
                    m.bank(), m.pages(), m.rows(), m.verified() ? "yes" : "no", m.readMs(), m.parseMs(), m.analyseMs(),
                    m.pipelineMs(), m.stripperMs(), m.pipelineMs() / m.stripperMs()));
            ours += m.pipelineMs();
            theirs += m.stripperMs();
            pages += m.pages();
        }
        line.accept("");
        if (pages > 0) {
            line.accept(String.format(Locale.ROOT, "All %d timed statements, %d pages: pipeline %.2f ms/page (%.0f pages/s on one "
                    + "core), PDFTextStripper %.2f ms/page; **pipeline / stripper %.2f×**.", measured.size(), pages,
                    ours / pages, pages / (ours / 1000), theirs / pages, ours / theirs));
        }
        if (!refused.isEmpty()) {
            line.accept("");
            line.accept("Refused, not timed: " + refused);
        }
        line.accept("");
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    /** A TSV of file (relative to the folder, or a bare file name) and password; other columns ignored. */
    private static Map<String, String> passwords(Path tsv) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String l : Files.readAllLines(tsv)) {
            String[] cols = l.split("\t", -1);
            String password = cols.length >= 2 ? cols[cols.length - 1] : "";
            if (cols.length >= 2 && !password.isBlank() && !l.startsWith("#")) {
                out.put(cols[0], password);
                out.put(Path.of(cols[0]).getFileName().toString(), password);
            }
        }
        return out;
    }
}
