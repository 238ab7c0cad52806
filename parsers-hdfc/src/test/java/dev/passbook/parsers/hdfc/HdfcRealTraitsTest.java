package dev.passbook.parsers.hdfc;

import dev.passbook.core.domain.Verdict;
import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.Layout;
import dev.passbook.testkit.arbitraries.Seeded;
import dev.passbook.testkit.arbitraries.StatementShape;
import dev.passbook.testkit.arbitraries.Statements;
import dev.passbook.testkit.render.FontChoice;
import dev.passbook.testkit.render.Fonts;
import dev.passbook.testkit.render.RenderOptions;
import io.vavr.collection.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.passbook.parsers.hdfc.HdfcFixtures.render;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every combination of the renderer's HDFC geometry variants (the holder block on baselines of its own with
 * the period line among it and a label 2 pt off its value; amounts flush left), on statements long enough to
 * run over pages, in Helvetica and in an embedded TrueType font, parses exactly and verifies. The TCK draws the
 * variants at random; this pins each combination down.
 */
class HdfcRealTraitsTest {

    @ParameterizedTest
    @CsvSource({
            "hdfc-legacy, false, false", "hdfc-legacy, true, false", "hdfc-legacy, false, true", "hdfc-legacy, true, true",
            "hdfc-newer, false, false", "hdfc-newer, true, false", "hdfc-newer, false, true", "hdfc-newer, true, true"})
    void everyGeometryVariantParsesExactly(Layout layout, boolean offsetHolderBlock, boolean leftAlignedAmounts) {
        for (int i = 0; i < 2; i++) {
            GeneratedStatement drawn = Seeded.sample(Statements.forLayout(layout, StatementShape.defaults().rows(40, 70)), 1616, i);
            GeneratedStatement s = new GeneratedStatement(drawn.layout(), drawn.bank(), drawn.identity(), drawn.declaredPeriod(),
                    drawn.openingBalance(), drawn.closingBalance(), drawn.transactions(), drawn.summary(),
                    drawn.options().withGeometry(offsetHolderBlock, leftAlignedAmounts));
            RenderOptions options = i == 1 && Fonts.trueTypeAvailable()
                    ? RenderOptions.defaults().font(FontChoice.EMBEDDED_TRUETYPE) : RenderOptions.defaults();
            HdfcFixtures.Rendered r = render(s, options);
            int sample = i;
            assertEquals(List.empty(), r.differences(), () -> layout + " sample " + sample);
            assertEquals(Verdict.VERIFIED, r.parsed().reconciliation().verification().verdict());
        }
    }
}
