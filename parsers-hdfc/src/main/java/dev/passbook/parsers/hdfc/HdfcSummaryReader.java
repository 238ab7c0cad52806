package dev.passbook.parsers.hdfc;

import dev.passbook.core.document.Line;
import dev.passbook.core.document.Page;
import dev.passbook.core.document.Document;
import dev.passbook.core.document.Word;
import dev.passbook.core.spi.StatementSummary;
import dev.passbook.core.spi.support.Amounts;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.math.BigDecimal;

/**
 * {@code STATEMENT SUMMARY :-}, a line of six labels ({@code Opening Balance  Dr Count  Cr Count  Debits
 * Credits  Closing Bal(ance)}), then a line of six figures; a page break may fall between the title and
 * the labels. The labels are centred over right-aligned
 * values that run up to crores, so values do not stand under their labels' edges; the six figures are
 * read in print order instead, which the fixed label order makes unambiguous. Never a transaction: the
 * table ends at the title.
 */
final class HdfcSummaryReader {

    private static final List<String> LABELS = List.of("openingbalance", "drcount", "crcount", "debits", "credits", "closingbal");

    private HdfcSummaryReader() {
    }

    /** None when the statement prints no summary; Left when it prints one that cannot be read. */
    static Either<String, Option<StatementSummary>> read(Document doc) {
        for (Page page : doc.pages().reverse()) {
            int title = page.lines().indexWhere(l -> HdfcText.squeeze(l.text()).startsWith("statementsummary"));
            if (title < 0) {
                continue;
            }
            // a page break may fall under the title: the labels then follow the next page's header block
            List<Line> after = page.lines().drop(title + 1)
                    .appendAll(doc.pages().find(p -> p.number() == page.number() + 1).map(Page::lines).getOrElse(List.empty()))
                    .filter(l -> !l.text().isBlank());
            int labels = after.indexWhere(l -> {
                String k = HdfcText.squeeze(l.text());
                return LABELS.forAll(k::contains);
            });
            if (labels < 0 || labels + 1 >= after.size()) {
                return Either.left("summary labels not found after its title on page " + page.number());
            }
            List<String> values = after.get(labels + 1).words().map(Word::text);
            if (values.size() != 6) {
                return Either.left("summary values unreadable on page " + page.number() + ": " + values.size() + " words, 6 expected");
            }
            Option<BigDecimal> opening = Amounts.parseSigned(values.get(0));
            Option<Integer> dr = count(values.get(1));
            Option<Integer> cr = count(values.get(2));
            Option<BigDecimal> debits = Amounts.parseSigned(values.get(3));
            Option<BigDecimal> credits = Amounts.parseSigned(values.get(4));
            Option<BigDecimal> closing = Amounts.parseSigned(values.get(5));
            if (opening.isEmpty() || dr.isEmpty() || cr.isEmpty() || debits.isEmpty() || credits.isEmpty() || closing.isEmpty()) {
                return Either.left("summary values unreadable on page " + page.number());
            }
            return Either.right(Option.some(new StatementSummary(opening.get(), dr.get(), cr.get(), debits.get(),
                    credits.get(), closing.get())));
        }
        return Either.right(Option.none());
    }

    private static Option<Integer> count(String text) {
        String t = text.replace(",", "");
        return t.matches("\\d{1,9}") ? Option.some(Integer.parseInt(t)) : Option.none();
    }
}
