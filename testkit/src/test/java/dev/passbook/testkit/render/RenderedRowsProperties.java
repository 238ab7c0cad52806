package dev.passbook.testkit.render;

import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.testkit.Fixtures;
import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.Layout;
import dev.passbook.testkit.arbitraries.StatementShape;
import dev.passbook.testkit.arbitraries.Statements;
import io.vavr.collection.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** For random statements and options, every row's figures are printed together on its date line. */
class RenderedRowsProperties {

    @Provide
    Arbitrary<RenderOptions> options() {
        return Arbitraries.of(RenderOptions.defaults(), RenderOptions.defaults().headerOnFirstPageOnly(),
                RenderOptions.defaults().font(FontChoice.EMBEDDED_TRUETYPE), RenderOptions.bankLike(Layout.HDFC_LEGACY));
    }

    @Provide
    Arbitrary<GeneratedStatement> hdfc() {
        return Arbitraries.of(Layout.HDFC_LEGACY, Layout.HDFC_NEWER)
                .flatMap(l -> Statements.forLayout(l, StatementShape.defaults().rows(1, 60)));
    }

    private static String ddmm(LocalDate d, boolean fourDigitYear) {
        return String.format("%02d/%02d/", d.getDayOfMonth(), d.getMonthValue())
                + (fourDigitYear ? String.valueOf(d.getYear()) : String.format("%02d", d.getYear() % 100));
    }

    @Property(tries = 12)
    void eachHdfcRowPrintsDateReferenceValueDateAmountsAndBalanceOnOneLine(@ForAll("hdfc") GeneratedStatement s,
                                                                             @ForAll("options") RenderOptions o) {
        boolean newer = s.layout() == Layout.HDFC_NEWER;
        PdfWords words = PdfWords.of(StatementRenderer.render(s, o));
        List<String> lines = List.range(1, words.pages() + 1).flatMap(words::lines);
        int from = 0;
        for (Transaction t : s.transactions()) {
            String withdrawal = t.type() == TransactionType.DEBIT ? Fixtures.indian(t.amount()) : newer ? "0.00" : "";
            String deposit = t.type() == TransactionType.CREDIT ? Fixtures.indian(t.amount()) : newer ? "0.00" : "";
            String tail = String.join(" ", List.of(t.reference().get(), ddmm(t.valueDate().get(), newer), withdrawal, deposit,
                    Fixtures.indian(t.balance().get())).filter(x -> !x.isEmpty()));
            String date = ddmm(t.date(), newer);
            int at = lines.indexWhere(l -> l.startsWith(date + " ") && l.endsWith(" " + tail), from);
            int index = from;
            assertTrue(at >= 0, () -> "no line '" + date + " … " + tail + "' after line " + index + " in\n"
                    + lines.drop(index).take(12).mkString("\n"));
            from = at + 1;
        }
    }
}
