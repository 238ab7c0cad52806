package dev.passbook.parsers.hdfc;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Page;
import dev.passbook.core.spi.StatementSummary;
import dev.passbook.core.spi.support.table.Alignment;
import dev.passbook.core.spi.support.table.Cells;
import dev.passbook.core.spi.support.table.ColumnLayout;
import dev.passbook.core.spi.support.table.ColumnSpec;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.math.BigDecimal;

/**
 * {@code STATEMENT SUMMARY :-}, a line of six labels, a line of six values under them. Read with the
 * same column machinery as the table (values sit under their labels), never as a transaction.
 */
final class HdfcSummaryReader {

    private static final List<ColumnSpec> LABELS = List.of(
            ColumnSpec.of("opening", Alignment.LEFT, "Opening Balance"),
            ColumnSpec.of("drCount", Alignment.LEFT, "Dr Count"),
            ColumnSpec.of("crCount", Alignment.LEFT, "Cr Count"),
            ColumnSpec.of("debits", Alignment.LEFT, "Debits"),
            ColumnSpec.of("credits", Alignment.LEFT, "Credits"),
            ColumnSpec.of("closing", Alignment.LEFT, "Closing Bal", "Closing Balance"));

    private HdfcSummaryReader() {
    }

    /** None when the statement prints no summary; Left when it prints one that cannot be read. */
    static Either<String, Option<StatementSummary>> read(Document doc) {
        for (Page page : doc.pages().reverse()) {
            int title = page.lines().indexWhere(HdfcText::isSummaryTitle);
            if (title < 0) {
                continue;
            }
            List<Line> after = page.lines().drop(title + 1).filter(l -> !l.text().isBlank());
            if (after.size() < 2) {
                return Either.left("summary block is incomplete on page " + page.number());
            }
            Option<ColumnLayout> labels = ColumnLayout.fromHeader(after.get(0), LABELS);
            if (labels.isEmpty()) {
                return Either.left("summary labels not found on page " + page.number());
            }
            Cells values = labels.get().cells(page.number(), after.get(1));
            Option<BigDecimal> opening = values.amount("opening");
            Option<Integer> dr = count(values.text("drCount"));
            Option<Integer> cr = count(values.text("crCount"));
            Option<BigDecimal> debits = values.amount("debits");
            Option<BigDecimal> credits = values.amount("credits");
            Option<BigDecimal> closing = values.amount("closing");
            if (opening.isEmpty() || dr.isEmpty() || cr.isEmpty() || debits.isEmpty() || credits.isEmpty() || closing.isEmpty()
                    || values.has(dev.passbook.core.spi.support.table.Column.UNKNOWN)) {
                return Either.left("summary values unreadable: " + after.get(1).text());
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
