package dev.passbook.testkit.render;

import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.core.spi.support.Amounts;
import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.Layout;
import dev.passbook.testkit.arbitraries.Seeded;
import dev.passbook.testkit.arbitraries.StatementShape;
import dev.passbook.testkit.arbitraries.Statements;
import io.vavr.collection.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HDFC's designs print the traits real HDFC exports show (BANK-LAYOUTS.md, "What real exports showed"),
 * checked on the rendered words, so a renderer that stops drawing one fails here: the centred
 * {@code Narration} title, amounts sticking out past their titles (or flush left under them), the summary's
 * centred labels over right-aligned values, and the holder block on baselines of its own with the period line
 * between {@code Cust ID} and the account number, whose label stands 2 pt off its value.
 */
class HdfcRealTraitsRenderingTest {

    private static GeneratedStatement sample(Layout layout, Predicate<GeneratedStatement> wanted) {
        for (int i = 0; i < 400; i++) {
            GeneratedStatement s = Seeded.sample(Statements.forLayout(layout, StatementShape.defaults().rows(6, 14)), 16, i);
            if (wanted.test(s)) {
                return s;
            }
        }
        throw new AssertionError("no sample found");
    }

    private static PdfWords words(GeneratedStatement s) {
        return PdfWords.of(StatementRenderer.render(s, RenderOptions.defaults()));
    }

    private static double headerY(PdfWords w) {
        return w.find(1, "Narration").get().y();
    }

    /** Page 1's row words (below the column header, above the footer and summary). */
    private static List<PdfWords.W> body(PdfWords w) {
        double top = headerY(w) + 1;
        double bottom = Math.min(w.find(1, "SUMMARY").map(PdfWords.W::y).getOrElse(10_000.0),
                w.find(1, "*Closing").map(PdfWords.W::y).getOrElse(10_000.0)) - 1;
        return w.onPage(1).filter(x -> x.y() > top && x.y() < bottom);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hdfc-legacy", "hdfc-newer"})
    void theNarrationTitleIsCentredFarRightOfWhereItsTextStarts(Layout layout) {
        GeneratedStatement s = sample(layout, x -> true);
        PdfWords w = words(s);
        PdfWords.W title = w.find(1, "Narration").get();
        String firstWord = s.layout().wrap().wrap(s.transactions().head().note()).head().split(" ")[0];
        PdfWords.W text = body(w).find(x -> x.text().equals(firstWord)).get();
        assertTrue((title.x() + title.right()) / 2 > text.x() + 60,
                "the title's centre " + (title.x() + title.right()) / 2 + " is far right of the text start " + text.x());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hdfc-legacy", "hdfc-newer"})
    void amountsStickOutPastTheRightEdgeOfTheirTitles(Layout layout) {
        GeneratedStatement s = sample(layout, x -> !x.options().leftAlignedAmounts()
                && x.transactions().exists(t -> t.type() == TransactionType.DEBIT)
                && x.transactions().exists(t -> t.type() == TransactionType.CREDIT));
        PdfWords w = words(s);
        List<PdfWords.W> body = body(w);
        // the rightmost word of each title: "Amt."/"Amount", "Balance"/"Balance*"
        List<PdfWords.W> titles = w.onPage(1).filter(x -> Math.abs(x.y() - headerY(w)) < 0.5).sortBy(PdfWords.W::x).takeRight(5)
                .filter(x -> !x.text().startsWith("Withdrawal") && !x.text().startsWith("Deposit") && !x.text().equals("Closing"));
        assertEquals(3, titles.size(), titles::toString);
        Transaction debit = s.transactions().find(t -> t.type() == TransactionType.DEBIT).get();
        Transaction credit = s.transactions().find(t -> t.type() == TransactionType.CREDIT).get();
        List<String> figures = List.of(Formats.indian(debit.amount()), Formats.indian(credit.amount()),
                Formats.indian(s.transactions().head().balance().get()));
        for (int i = 0; i < 3; i++) {
            PdfWords.W title = titles.get(i);
            String figure = figures.get(i);
            PdfWords.W amount = body.find(x -> x.text().equals(figure) && x.x() > title.x() - 60).get();
            assertTrue(amount.right() > title.right() + 4, figure + " ends " + amount.right() + ", its title " + title.right());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hdfc-legacy", "hdfc-newer"})
    void leftAlignedAmountsStartWhereTheirTitleStarts(Layout layout) {
        GeneratedStatement s = sample(layout, x -> x.options().leftAlignedAmounts()
                && x.transactions().map(t -> Formats.indian(t.balance().get()).length()).distinct().size() > 1);
        PdfWords w = words(s);
        PdfWords.W title = w.onPage(1).filter(x -> x.text().equals("Closing") && Math.abs(x.y() - headerY(w)) < 0.5).get();
        List<String> balances = s.transactions().map(t -> Formats.indian(t.balance().get()));
        List<PdfWords.W> printed = body(w).filter(x -> x.x() > title.x() - 20 && balances.contains(x.text()));
        assertTrue(printed.map(x -> x.text().length()).distinct().size() > 1, "balances of different widths: " + printed);
        printed.forEach(b -> assertEquals(title.x(), b.x(), 0.6, "flush left under the title: " + b));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hdfc-legacy", "hdfc-newer"})
    void theSummaryCentresItsLabelsOverRightAlignedValuesRunningToCrores(Layout layout) {
        GeneratedStatement drawn = sample(layout, x -> !x.options().overdraft());
        // the same rows on a balance above a crore (1,00,00,000), as real summaries run to
        GeneratedStatement s = GeneratedStatement.consistent(layout, drawn.bank(), drawn.identity(), drawn.declaredPeriod(),
                drawn.openingBalance().add(new BigDecimal("10000000")), drawn.transactions(), drawn.options());
        PdfWords w = words(s);
        int last = w.pages();
        PdfWords.W title = w.find(last, "SUMMARY").get();
        List<PdfWords.W> labelWords = w.onPage(last).filter(x -> x.y() > title.y() + 1 && x.y() < title.y() + 14);
        double labelY = labelWords.head().y();
        List<PdfWords.W> valueWords = w.onPage(last).filter(x -> x.y() > labelY + 1 && x.y() < labelY + 14).sortBy(PdfWords.W::x);
        assertEquals(6, valueWords.size(), valueWords::toString);
        assertTrue(valueWords.exists(v -> v.text().replace(",", "").matches("-?[0-9]{8,}\\.[0-9]{2}")), "a value in crores: " + valueWords);
        // each label's centre: the middle of its words, paired in order with the six values
        List<List<PdfWords.W>> labels = groupLabels(labelWords.filter(x -> Math.abs(x.y() - labelY) < 0.5).sortBy(PdfWords.W::x));
        assertEquals(6, labels.size(), labels::toString);
        List<Double> offsets = List.range(0, 6).map(i -> valueWords.get(i).right()
                - (labels.get(i).head().x() + labels.get(i).last().right()) / 2);
        offsets.forEach(o -> assertEquals(offsets.head(), o, 0.6, "every value ends the same distance right of its label's centre: " + offsets));
        assertTrue(offsets.head() > 20, "values are flush right in the column, not under the label's centre: " + offsets);
        List<Double> widths = valueWords.map(v -> v.right() - v.x());
        assertTrue(widths.max().get() - widths.min().get() > 20, "values of different widths, so alignment shows: " + widths);
    }

    /** Summary label words grouped into the six labels: words of one label are a space apart. */
    private static List<List<PdfWords.W>> groupLabels(List<PdfWords.W> words) {
        List<List<PdfWords.W>> out = List.empty();
        for (PdfWords.W word : words) {
            if (!out.isEmpty() && word.x() - out.last().last().right() < 6) {
                out = out.update(out.size() - 1, out.last().append(word));
            } else {
                out = out.append(List.of(word));
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"hdfc-legacy", "hdfc-newer"})
    void theHolderBlockStandsOnBaselinesOfItsOwnWithThePeriodBetweenCustIdAndAccountNumber(Layout layout) {
        GeneratedStatement s = sample(layout, x -> x.options().offsetHolderBlock());
        PdfWords w = words(s);
        PdfWords.W branch = w.find(1, "Branch").get();
        double split = w.onPage(1).filter(x -> Math.abs(x.y() - branch.y()) < 0.5).map(PdfWords.W::x).min().get() - 1;
        List<PdfWords.W> header = w.onPage(1).filter(x -> x.y() > branch.y() - 1 && x.y() < headerY(w) - 12).sortBy(PdfWords.W::y);
        List<Double> fieldBaselines = header.filter(x -> x.x() >= split).map(PdfWords.W::y).distinct();
        List<PdfWords.W> holder = header.filter(x -> x.x() < split && !x.text().equals("Statement") && !x.text().equals("of")
                && !x.text().equals("account"));
        assertTrue(holder.exists(x -> x.text().equals("JOINT")) && holder.exists(x -> x.text().equals("Nomination")), holder::toString);
        holder.forEach(h -> assertTrue(fieldBaselines.forAll(y -> Math.abs(y - h.y()) > 1.5),
                "holder word " + h + " on a baseline of its own"));
        PdfWords.W custId = header.find(x -> x.text().equals("Cust") && x.x() >= split).get();
        PdfWords.W value = header.find(x -> x.text().equals(s.identity().accountNumber())).get();
        PdfWords.W label = header.find(x -> x.text().equals("Account") && x.x() >= split && x.y() > custId.y()).get();
        PdfWords.W from = holder.find(x -> x.text().equals("From")).get();
        assertTrue(from.y() > custId.y() && from.y() < value.y(), "the period line between Cust ID and the account number");
        assertEquals(2, label.y() - value.y(), 0.3, "the account label 2 pt below its value");
    }
}
