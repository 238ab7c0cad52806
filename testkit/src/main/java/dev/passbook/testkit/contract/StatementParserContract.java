package dev.passbook.testkit.contract;

import dev.passbook.core.document.Document;
import dev.passbook.core.spi.ParseRefusal;
import dev.passbook.core.port.DocumentReader;
import dev.passbook.core.spi.Detection;
import dev.passbook.core.spi.ParsedStatement;
import dev.passbook.core.spi.ParserRegistry;
import dev.passbook.core.spi.StatementParser;
import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.IdentityField;
import dev.passbook.testkit.Layout;
import dev.passbook.testkit.arbitraries.Seeded;
import dev.passbook.testkit.arbitraries.StatementShape;
import dev.passbook.testkit.arbitraries.Statements;
import dev.passbook.testkit.render.FontChoice;
import dev.passbook.testkit.render.RenderOptions;
import dev.passbook.testkit.render.StatementRenderer;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.Random;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The parser TCK. A plugin's test class extends it, names the layouts it reads and its parser id:
 *
 * <pre>{@code
 * class HdfcParserContractTest extends StatementParserContract {
 *     protected List<Layout> layouts() { return List.of(Layout.HDFC_LEGACY, Layout.HDFC_NEWER); }
 *     protected String expectedParserId() { return "hdfc"; }
 * }
 * }</pre>
 *
 * A layout is any {@link Layout} value: a built-in one, or a plugin's own bank described as a
 * {@link dev.passbook.testkit.render.TableDesign} ({@code Layout.of(id, banks, design)}).
 *
 * For {@link #tries()} generated statements per layout it renders a PDF, reads it with the
 * {@link DocumentReader} on the class path, checks that {@link ParserRegistry#load()} picks this
 * plugin, and that the parse returns exactly the printed identity fields, period, opening and closing
 * balances, summary (when printed) and every transaction. It also checks that {@code detect} and
 * {@code parse} never throw on arbitrary and damaged documents, and that parsing is deterministic.
 *
 * <p>Runs are reproducible: statement {@code i} of a layout is drawn from {@link #seed()} and
 * {@code i}; a failure names both. Run more with {@code -Dpassbook.tck.tries=2000}, another run with
 * {@code -Dpassbook.tck.seed=...}.
 */
public abstract class StatementParserContract {

    public static final String TRIES_PROPERTY = "passbook.tck.tries";
    public static final String SEED_PROPERTY = "passbook.tck.seed";

    /** The layouts this plugin must read. */
    protected abstract List<Layout> layouts();

    /** The id the registry must pick for those layouts. */
    protected abstract String expectedParserId();

    /** Statements per layout; the system property {@value #TRIES_PROPERTY} wins. Keep the default small. */
    protected int tries() {
        return Integer.getInteger(TRIES_PROPERTY, defaultTries());
    }

    protected int defaultTries() {
        return 8;
    }

    protected long seed() {
        return Long.getLong(SEED_PROPERTY, 20240401L);
    }

    /** Multi-page statements per layout; the system property {@value #TRIES_PROPERTY} wins here too. */
    protected int longTries() {
        return Integer.getInteger(TRIES_PROPERTY, 2);
    }

    /**
     * Long statements (60 to 200 rows, several pages each) so that rows split over page breaks, headers
     * repeated or printed once, and footers between rows are met in generated, not hand-picked, data.
     */
    protected Arbitrary<GeneratedStatement> longStatements(Layout layout) {
        return Statements.forLayout(layout, StatementShape.defaults().rows(60, 200));
    }

    /** Where statements come from; narrow it (one bank, no overdrafts) while a parser is young. */
    protected Arbitrary<GeneratedStatement> statements(Layout layout) {
        return Statements.forLayout(layout);
    }

    /**
     * Render options for statement {@code index}: plain, as the bank issues it (HDFC legacy is
     * RC4 owner-password encrypted), header on the first page only, embedded TrueType font.
     */
    protected RenderOptions renderOptions(Layout layout, int index) {
        return switch (index % 4) {
            case 1 -> RenderOptions.bankLike(layout);
            case 2 -> RenderOptions.defaults().headerOnFirstPageOnly();
            case 3 -> RenderOptions.defaults().font(FontChoice.EMBEDDED_TRUETYPE);
            default -> RenderOptions.defaults();
        };
    }

    /** Identity fields compared; by default every field the layout prints. */
    protected Set<IdentityField> checkedIdentityFields(Layout layout) {
        return layout.printedIdentity();
    }

    protected ParserRegistry registry() {
        return ParserRegistry.load();
    }

    /** The first {@link DocumentReader} found with {@link ServiceLoader}; fails clearly when there is none. */
    protected DocumentReader documentReader() {
        return findReader(Thread.currentThread().getContextClassLoader()).getOrElse(() -> fail(
                "No DocumentReader on the test class path. Add a test-scoped dependency on passbook-adapters-pdf "
                        + "(or another module registering META-INF/services/" + DocumentReader.class.getName() + ")."));
    }

    static Option<DocumentReader> findReader(ClassLoader loader) {
        return Option.ofOptional(ServiceLoader.load(DocumentReader.class, loader).findFirst());
    }

    @Test
    void pluginIsInstalledUnderItsId() {
        ParserRegistry registry = registry();
        assertTrue(registry.byId(expectedParserId()).isDefined(), () -> "no parser with id '" + expectedParserId()
                + "' is registered; found " + registry.parsers().map(StatementParser::id)
                + ". Register it in META-INF/services/" + StatementParser.class.getName());
        assertTrue(!layouts().isEmpty(), "layouts() names no layout");
    }

    @TestFactory
    Stream<DynamicTest> registryPicksThisPluginForGeneratedStatements() {
        return cases((layout, i) -> {
            Case c = prepare(layout, i);
            Option<Tuple2<StatementParser, Detection>> picked = registry().detect(c.document());
            assertTrue(picked.isDefined(), () -> c.describe() + ": no parser detected the document");
            assertEquals(expectedParserId(), picked.get()._1.id(), () -> c.describe() + ": the registry picked '"
                    + picked.get()._1.id() + "' (" + picked.get()._2 + ")");
        });
    }

    @TestFactory
    Stream<DynamicTest> parseReturnsExactlyWhatWasPrinted() {
        return cases((layout, i) -> {
            Case c = prepare(layout, i);
            ParsedStatement parsed = parseOrFail(c);
            List<String> differences = StatementDifferences.between(c.truth(), parsed, checkedIdentityFields(layout));
            if (!differences.isEmpty()) {
                fail(c.describe() + ": " + differences.size() + " difference(s)\n  "
                        + differences.take(40).mkString("\n  ")
                        + (differences.size() > 40 ? "\n  ..." : ""));
            }
        });
    }

    /**
     * A forged balance must come back as printed, not corrected: the parse still equals the (tampered)
     * truth and the statement's reconciliation breaks at the edited row.
     */
    @TestFactory
    Stream<DynamicTest> parseReportsAnEditedBalanceAsPrinted() {
        return cases(Math.min(tries(), 3), (layout, i) -> {
            GeneratedStatement clean = Seeded.sample(statements(layout), seed() + salt(layout), i);
            int row = (i * 7) % clean.transactions().size();
            var rendered = StatementRenderer.renderWithTruth(clean,
                    renderOptions(layout, i).tamper(dev.passbook.testkit.render.Tampering.editedBalance(row)));
            Case c = new Case(layout, i, seed(), rendered.truth(), renderOptions(layout, i), rendered.pdf(),
                    read(rendered.pdf(), layout + " #" + i + " (edited balance, row " + row + ")"));
            ParsedStatement parsed = parseOrFail(c);
            List<String> differences = StatementDifferences.between(c.truth(), parsed, checkedIdentityFields(layout));
            assertTrue(differences.isEmpty(), () -> c.describe() + " with row " + row + "'s balance edited: "
                    + differences.take(20).mkString("\n  "));
            Option<Integer> breaks = brokenRow(layout, row, clean.transactions().size());
            assertEquals(breaks, parsed.reconciliation().balanceBreaks().headOption().map(b -> b.index()),
                    () -> c.describe() + ": reconciliation should break at " + breaks.map(r -> "row " + r).getOrElse("no row")
                            + " (row " + row + "'s balance edited)");
        });
    }

    /**
     * Where the reconciliation of a statement with row {@code row}'s balance edited first breaks: at that row, unless
     * it is the first and the layout prints no opening balance. Then nothing printed precedes it, and the chain
     * breaks at the next row (which of the two was edited cannot be told), or nowhere in a one-row statement.
     */
    static Option<Integer> brokenRow(Layout layout, int row, int rows) {
        if (row > 0 || layout.printsOpening()) {
            return Option.some(row);
        }
        return rows > 1 ? Option.some(1) : Option.none();
    }

    @TestFactory
    Stream<DynamicTest> multiPageStatementsParseExactly() {
        return cases(longTries(), (layout, i) -> {
            Case c = prepare(layout, i, "long", longStatements(layout));
            assertTrue(c.document().pageCount() >= 2, () -> c.describe() + ": expected several pages, got "
                    + c.document().pageCount());
            List<String> differences = StatementDifferences.between(c.truth(), parseOrFail(c),
                    checkedIdentityFields(layout));
            assertTrue(differences.isEmpty(), () -> c.describe() + ": " + differences.size() + " difference(s)\n  "
                    + differences.take(40).mkString("\n  "));
        });
    }

    @TestFactory
    Stream<DynamicTest> parseIsDeterministic() {
        return cases((layout, i) -> {
            Case c = prepare(layout, i);
            ParsedStatement first = parseOrFail(c);
            Document again = read(c.pdf(), c.describe());
            Either<ParseRefusal, ParsedStatement> second = parser().parse(again);
            assertEquals(Either.right(first), second, () -> c.describe() + ": a second read and parse differs");
        });
    }

    @Test
    void detectAndParseNeverThrowOnArbitraryDocuments() {
        StatementParser parser = parser();
        Arbitrary<Document> documents = RandomDocuments.any();
        for (int i = 0; i < Math.max(20, tries() * 5); i++) {
            Document d = Seeded.sample(documents, seed(), i);
            int index = i;
            Detection detection = Try.of(() -> parser.detect(d)).getOrElseGet(e ->
                    fail("detect threw on random document #" + index + " (seed " + seed() + "): " + e, e));
            assertNotNull(detection, "detect returned null on random document #" + i);
            Either<ParseRefusal, ParsedStatement> result = Try.of(() -> parser.parse(d)).getOrElseGet(e ->
                    fail("parse threw on random document #" + index + " (seed " + seed() + "): " + e, e));
            assertNotNull(result, "parse returned null on random document #" + i);
        }
    }

    @TestFactory
    Stream<DynamicTest> detectAndParseNeverThrowOnDamagedStatements() {
        return cases((layout, i) -> {
            Case c = prepare(layout, i);
            Document damaged = RandomDocuments.damage(c.document(), new Random(seed() + i));
            StatementParser parser = parser();
            Try.of(() -> parser.detect(damaged)).onFailure(e -> fail(c.describe() + ": detect threw on a damaged copy: " + e, e));
            Try.of(() -> parser.parse(damaged)).onFailure(e -> fail(c.describe() + ": parse threw on a damaged copy: " + e, e));
        });
    }

    /**
     * What separates the layouts' samples: a built-in layout's position (so seeds recorded before
     * layouts became values replay the same statements), else its id's hash.
     */
    static long salt(Layout layout) {
        int builtIn = Layout.builtIn().indexOf(layout);
        return (builtIn >= 0 ? builtIn : layout.id().hashCode()) * 7919L;
    }

    /** One generated statement, rendered and read. */
    protected record Case(Layout layout, int index, long seed, GeneratedStatement truth, RenderOptions options,
                          byte[] pdf, Document document) {
        public String describe() {
            return layout + " #" + index + " (seed " + seed + ", " + truth.transactions().size() + " rows, bank "
                    + truth.bank().id() + ", period " + truth.declaredPeriod().from() + ".." + truth.declaredPeriod().to()
                    + (truth.options().overdraft() ? ", overdraft" : "") + variants(truth) + ")";
        }

        private static String variants(GeneratedStatement truth) {
            List<Layout.Variant> on = List.of(Layout.Variant.values()).filter(v -> truth.options().has(v));
            return on.isEmpty() ? "" : ", " + on.mkString(", ").toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Rendering and reading dominate the cost; the three per-statement checks share one preparation. */
    private static final java.util.Map<String, Case> PREPARED = new java.util.concurrent.ConcurrentHashMap<>();

    protected Case prepare(Layout layout, int index) {
        return prepare(layout, index, "default", statements(layout));
    }

    private Case prepare(Layout layout, int index, String kind, Arbitrary<GeneratedStatement> source) {
        String key = getClass().getName() + "|" + kind + "|" + layout + "|" + index + "|" + seed();
        Case cached = PREPARED.get(key);
        if (cached != null) {
            return cached;
        }
        if (PREPARED.size() > 2_000) {
            PREPARED.clear();
        }
        Case fresh = prepareUncached(layout, index, source);
        PREPARED.put(key, fresh);
        return fresh;
    }

    private Case prepareUncached(Layout layout, int index, Arbitrary<GeneratedStatement> source) {
        GeneratedStatement truth = Seeded.sample(source, seed() + salt(layout), index);
        RenderOptions options = renderOptions(layout, index);
        var rendered = StatementRenderer.renderWithTruth(truth, options);
        Case partial = new Case(layout, index, seed(), rendered.truth(), options, rendered.pdf(), null);
        return new Case(layout, index, seed(), rendered.truth(), options, rendered.pdf(),
                read(rendered.pdf(), partial.describe()));
    }

    private Document read(byte[] pdf, String what) {
        return documentReader().read(pdf, Option.none())
                .getOrElseGet(error -> fail(what + ": the DocumentReader rejected the rendered PDF: " + error));
    }

    private StatementParser parser() {
        return registry().byId(expectedParserId()).getOrElse(() -> fail("no parser with id '" + expectedParserId() + "'"));
    }

    private ParsedStatement parseOrFail(Case c) {
        Either<ParseRefusal, ParsedStatement> result = Try.of(() -> parser().parse(c.document()))
                .getOrElseGet(e -> fail(c.describe() + ": parse threw " + e, e));
        return result.getOrElseGet(error -> fail(c.describe() + ": parse failed with " + error));
    }

    private Stream<DynamicTest> cases(CaseCheck check) {
        return cases(tries(), check);
    }

    private Stream<DynamicTest> cases(int count, CaseCheck check) {
        return layouts().toJavaStream().flatMap(layout -> java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> DynamicTest.dynamicTest(layout + " #" + i, () -> check.run(layout, i))));
    }

    @FunctionalInterface
    private interface CaseCheck {
        void run(Layout layout, int index) throws Throwable;
    }
}
