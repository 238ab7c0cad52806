package dev.passbook.parsers.hdfc;

import dev.passbook.core.domain.Verdict;
import dev.passbook.core.spi.ParsedStatement;
import dev.passbook.core.spi.Reconciliation;
import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.Layout;
import dev.passbook.testkit.Layout.Variant;
import dev.passbook.testkit.StatementOptions;
import dev.passbook.testkit.arbitraries.Seeded;
import dev.passbook.testkit.arbitraries.StatementShape;
import dev.passbook.testkit.arbitraries.Statements;
import dev.passbook.testkit.render.FontChoice;
import dev.passbook.testkit.render.Fonts;
import dev.passbook.testkit.render.RenderOptions;
import dev.passbook.testkit.render.Tampering;
import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.IntStream;
import java.util.stream.Stream;

import static dev.passbook.parsers.hdfc.HdfcFixtures.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The testkit's NetBanking page print (docs/testkit.md) read by the plugin's {@code hdfc-netbanking-print-v1}: every
 * combination of the design's four variants (padded dates, one-line header, Firefox's furniture, Indian grouping) on
 * statements running over pages parses exactly and verifies, with no opening balance, since none is printed. The TCK
 * draws the variants at random; this pins each combination down.
 */
class HdfcNetbankingPrintTest {

    private static final Layout LAYOUT = Layout.HDFC_NETBANKING_PRINT;
    private static final List<Variant> VARIANTS = List.of(Variant.ALTERNATE_DATES, Variant.ONE_LINE_HEADER,
            Variant.OTHER_BROWSER_FURNITURE, Variant.INDIAN_GROUPING);

    static Stream<Arguments> combinations() {
        return IntStream.range(0, 1 << VARIANTS.size()).mapToObj(bits -> Arguments.of(bits,
                VARIANTS.zipWithIndex().filter(v -> (bits & (1 << v._2)) != 0).map(v -> v._1)));
    }

    private static GeneratedStatement drawn(int index, int minRows, int maxRows) {
        return Seeded.sample(Statements.forLayout(LAYOUT, StatementShape.defaults().rows(minRows, maxRows)), 1617, index);
    }

    /** {@code s} printed with exactly {@code variants}. */
    private static GeneratedStatement with(GeneratedStatement s, List<Variant> variants) {
        StatementOptions o = s.options();
        StatementOptions options = new StatementOptions(o.overdraft(), false, variants.contains(Variant.ALTERNATE_DATES), false,
                o.generatedOn(), o.editedBalanceRow(), false, false,
                TreeSet.ofAll(variants.filter(v -> v != Variant.ALTERNATE_DATES)));
        return new GeneratedStatement(s.layout(), s.bank(), s.identity(), s.declaredPeriod(), s.openingBalance(),
                s.closingBalance(), s.transactions(), s.summary(), options);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("combinations")
    void everyVariantCombinationParsesExactlyAndVerifiesWithoutAnOpeningBalance(int bits, List<Variant> variants) {
        GeneratedStatement s = with(drawn(bits, 40, 70), variants);
        VARIANTS.forEach(v -> assertEquals(variants.contains(v), s.options().has(v), v::toString));
        // as the real print: the column header on page 1 only; every other one in an embedded TrueType font
        RenderOptions options = bits % 2 == 1 && Fonts.trueTypeAvailable()
                ? RenderOptions.defaults().font(FontChoice.EMBEDDED_TRUETYPE) : RenderOptions.defaults().headerOnFirstPageOnly();
        HdfcFixtures.Rendered r = render(s, options);
        assertTrue(r.document().pageCount() >= 2, "several pages: " + r.document().pageCount());
        assertEquals(List.empty(), r.differences(), variants::toString);
        ParsedStatement parsed = r.parsed();
        assertEquals("hdfc-netbanking-print-v1", parsed.layoutId());
        assertEquals(Option.none(), parsed.openingBalance(), "no opening balance is printed");
        assertEquals(Option.none(), parsed.declaredPeriod(), "no period is printed");
        Reconciliation reconciliation = parsed.reconciliation();
        assertEquals(Verdict.VERIFIED, reconciliation.verification().verdict());
        // the first row's balance has nothing printed before it to be checked against
        assertEquals(s.transactions().size() - 1, reconciliation.balancesChecked());
    }

    /**
     * Short prints read exactly too: one row, whose balance has nothing printed before it to be checked against (so
     * the statement is not verified), and two rows whose only deposit is a short interest credit: right-aligned under
     * a flush-left title, it overlapped no title and stood nearer the balance column's title, so the engine read it
     * as the balance column and ran the two rows together.
     */
    @Test
    void shortPrintsReadExactlyAndOneRowIsNotVerified() {
        GeneratedStatement oneRow = Seeded.sample(Statements.forLayout(LAYOUT, new StatementShape(1, 1, 0, 0)), 1617, 0);
        GeneratedStatement withInterest = drawn(0, 1, 1);
        assertEquals(1, oneRow.transactions().size());
        assertEquals(2, withInterest.transactions().size(), "a row and a month-end interest credit");
        for (GeneratedStatement s : List.of(oneRow, withInterest)) {
            HdfcFixtures.Rendered r = render(s, RenderOptions.defaults());
            assertEquals(List.empty(), r.differences());
            Reconciliation reconciliation = r.parsed().reconciliation();
            assertEquals(s.transactions().size() - 1, reconciliation.balancesChecked());
            assertEquals(s.transactions().size() > 1 ? Verdict.VERIFIED : Verdict.UNVERIFIED, reconciliation.verification().verdict());
        }
    }

    @Test
    void anEditedBalanceBreaksTheChainAtItsRowOrAtTheSecondWhenTheFirstWasEdited() {
        GeneratedStatement s = drawn(3, 6, 10);
        int last = s.transactions().size() - 1;
        for (int row : List.of(0, 2, last)) {
            HdfcFixtures.Rendered r = render(s, RenderOptions.defaults().tamper(Tampering.editedBalance(row)));
            assertEquals(List.empty(), r.differences(), "the edited balance is read as printed");
            List<Integer> breaks = r.parsed().reconciliation().balanceBreaks().map(b -> b.index());
            // the chain breaks where the edited figure meets a true one: below it, and above it unless it is the first
            List<Integer> expected = row == 0 ? List.of(1) : row == last ? List.of(row) : List.of(row, row + 1);
            assertEquals(expected, breaks, "row " + row + " edited");
            assertEquals(Verdict.UNVERIFIED, r.parsed().reconciliation().verification().verdict());
        }
    }
}
