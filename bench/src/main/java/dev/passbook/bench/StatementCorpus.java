package dev.passbook.bench;

import dev.passbook.core.domain.Money;
import dev.passbook.core.domain.Transaction;
import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.Layout;
import dev.passbook.testkit.arbitraries.Seeded;
import dev.passbook.testkit.arbitraries.StatementShape;
import dev.passbook.testkit.arbitraries.Statements;
import dev.passbook.testkit.render.RenderOptions;
import dev.passbook.testkit.render.StatementRenderer;
import io.vavr.collection.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * The statements every benchmark reads: HDFC legacy layout as the bank issues it (RC4, owner password
 * only), drawn by the testkit renderer from a fixed seed, with exactly the requested number of pages.
 *
 * <p>The testkit generates rows, not pages, and rows wrap onto one to three lines, so the page count is
 * found by search: a pool of rows is drawn once per (pages, seed), and the statement is the shortest
 * prefix of the pool, re-balanced, that fills the requested pages with the last page about half full.
 * A prefix of a consistent statement re-balanced from its opening balance is still consistent, so the
 * parsed result can be checked against the truth.
 */
public final class StatementCorpus {

    /** The seed every published figure was measured with. */
    public static final long SEED = 20_241_124L;
    public static final Layout LAYOUT = Layout.HDFC_LEGACY;
    /** Upper bound of rows on one page of the layout (one-line rows only), for sizing the pool. */
    private static final int MAX_ROWS_PER_PAGE = 60;

    private StatementCorpus() {
    }

    /** A statement file with its truth: the rows the parser must give back. */
    public record Rendered(byte[] pdf, int pages, GeneratedStatement truth) {
    }

    /** A consistent HDFC statement of exactly {@code rows} transactions in date order. */
    public static GeneratedStatement withRows(int rows, long seed) {
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be positive: " + rows);
        }
        GeneratedStatement drawn = Seeded.sample(Statements.forLayout(LAYOUT, LAYOUT.defaultBank(),
                StatementShape.defaults().rows(rows, rows).overdraft(0)), seed);
        /*
         * The generator orders rows by day * 10,000 + index, so beyond 10,000 rows days interleave;
         * a bank prints in date order (and the analyzer flags anything else), so sort (stably) and
         * move the opening balance up if the new order would dip below zero.
         */
        List<Transaction> sorted = drawn.transactions().sortBy(Transaction::date);
        BigDecimal lowest = sorted.scanLeft(drawn.openingBalance(), (b, t) -> b.add(t.signedAmount())).min().get();
        BigDecimal opening = lowest.signum() < 0 ? drawn.openingBalance().subtract(lowest).add(new BigDecimal("1000.00"))
                : drawn.openingBalance();
        // month-end interest rows come on top of the requested rows: keep exactly `rows`
        return prefix(drawn, sorted, Money.of(opening), rows);
    }

    /** A statement of exactly {@code pages} pages, drawn from {@code seed}. */
    public static Rendered withPages(int pages, long seed) {
        if (pages < 1) {
            throw new IllegalArgumentException("pages must be positive: " + pages);
        }
        GeneratedStatement pool = withRows(pages * MAX_ROWS_PER_PAGE + 100, seed);
        int probeRows = Math.min(pool.transactions().size(), 400);
        double rowsPerPage = (double) probeRows / render(cut(pool, probeRows)).pages();
        int low = 0;                                 // fewer rows than this render fewer pages
        int high = pool.transactions().size() + 1;   // more rows than this render more pages
        int rows = clamp((int) Math.round((pages - 0.5) * rowsPerPage), 1, high - 1);
        while (high - low > 1) {
            Rendered r = render(cut(pool, rows));
            if (r.pages() == pages) {
                return r;
            }
            if (r.pages() < pages) {
                low = rows;
            } else {
                high = rows;
            }
            int guess = rows + (int) Math.round((pages - r.pages()) * rowsPerPage);
            rows = guess > low && guess < high ? guess : low + (high - low) / 2;
        }
        throw new IllegalStateException("no prefix of the pool renders to exactly " + pages + " pages");
    }

    /**
     * The {@code pages}-page statement of {@link #SEED} in {@code dir}, rendered on first use and read
     * from disk afterwards (JMH forks a JVM per benchmark; rendering 1,000 pages takes a while).
     * A properties file next to it records the truth: pages, rows, closing balance, declared period.
     * Delete the directory when the testkit's renderer changes.
     */
    public static Path file(Path dir, int pages) {
        Path pdf = dir.resolve("hdfc-legacy-" + SEED + "-" + pages + "p.pdf");
        Path facts = factsOf(pdf);
        if (Files.exists(pdf) && Files.exists(facts)) {
            return pdf;
        }
        try {
            Files.createDirectories(dir);
            Rendered r = withPages(pages, SEED);
            Properties p = new Properties();
            p.setProperty("pages", Integer.toString(r.pages()));
            p.setProperty("rows", Integer.toString(r.truth().transactions().size()));
            p.setProperty("closing", r.truth().closingBalance().toPlainString());
            p.setProperty("seed", Long.toString(SEED));
            p.setProperty("bytes", Integer.toString(r.pdf().length));
            p.setProperty("periodFrom", r.truth().declaredPeriod().from().toString());
            p.setProperty("periodTo", r.truth().declaredPeriod().to().toString());
            Path tmp = Files.createTempFile(dir, "render", ".tmp");
            Files.write(tmp, r.pdf());
            Files.move(tmp, pdf, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            try (Writer w = Files.newBufferedWriter(facts)) {
                p.store(w, "truth of " + pdf.getFileName());
            }
            return pdf;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recorded facts (pages, rows, closing) of a file made by {@link #file}. */
    public static Properties facts(Path pdf) {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(factsOf(pdf))) {
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int pageCount(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path factsOf(Path pdf) {
        return pdf.resolveSibling(pdf.getFileName().toString().replace(".pdf", ".properties"));
    }

    private static Rendered render(GeneratedStatement s) {
        byte[] pdf = StatementRenderer.render(s, RenderOptions.bankLike(s.layout()));
        return new Rendered(pdf, pageCount(pdf), s);
    }

    private static GeneratedStatement cut(GeneratedStatement pool, int rows) {
        return prefix(pool, pool.transactions(), pool.openingBalance(), rows);
    }

    private static GeneratedStatement prefix(GeneratedStatement s, List<Transaction> rows, BigDecimal opening, int n) {
        return GeneratedStatement.consistent(s.layout(), s.bank(), s.identity(), s.declaredPeriod(), opening,
                rows.take(n), s.options());
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
