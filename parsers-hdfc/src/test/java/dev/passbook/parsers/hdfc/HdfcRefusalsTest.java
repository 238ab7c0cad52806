package dev.passbook.parsers.hdfc;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Page;
import dev.passbook.core.document.Word;
import dev.passbook.core.domain.Money;
import dev.passbook.core.spi.ParseRefusal;
import dev.passbook.testkit.Layout;
import dev.passbook.testkit.render.RenderOptions;
import io.vavr.collection.List;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.function.Function;

import static dev.passbook.parsers.hdfc.HdfcFixtures.PARSER;
import static dev.passbook.parsers.hdfc.HdfcFixtures.april2024;
import static dev.passbook.parsers.hdfc.HdfcFixtures.ordinaryRows;
import static dev.passbook.parsers.hdfc.HdfcFixtures.render;
import static dev.passbook.parsers.hdfc.HdfcFixtures.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Near-miss HDFC documents are refused with STATEMENT_UNSUPPORTED_FORMAT, never parsed wrongly or thrown on. */
class HdfcRefusalsTest {

    static HdfcFixtures.Rendered sample(Layout layout, int rows) {
        return render(statement(layout, april2024(), "75000.00", ordinaryRows(layout, rows), Money.ZERO), RenderOptions.defaults());
    }

    static Document editLines(Document doc, Function<Line, Line> edit) {
        return new Document(doc.pages().map(p -> new Page(p.number(), p.width(), p.height(), p.lines().map(edit))),
                doc.metadata(), doc.forensics());
    }

    static void assertRefused(Document doc, String reasonPart) {
        Either<ParseRefusal, ?> read = PARSER.read(doc);
        assertTrue(read.isLeft(), "expected a refusal, parsed " + read);
        assertTrue(read.getLeft().reason().contains(reasonPart), read.getLeft().reason());
        assertEquals(read.getLeft(), PARSER.parse(doc).getLeft());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hdfc-legacy", "hdfc-newer"})
    void aMissingPageIsRefusedRatherThanReadAsAShorterStatement(Layout layout) {
        Document doc = sample(layout, 110).document();
        assertTrue(doc.pageCount() >= 3, "precondition");
        Document gap = new Document(doc.pages().removeAt(1), doc.metadata(), doc.forensics());
        assertRefused(gap, "page");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hdfc-legacy", "hdfc-newer"})
    void aRowWithoutItsClosingBalanceIsRefused(Layout layout) {
        Document doc = sample(layout, 4).document();
        String balance = "74,899.50"; // first row: 75,000.00 - 100.50 (ordinaryRows' first debit)
        Document damaged = editLines(doc, l -> new Line(l.y(), l.words().filter(w -> !w.text().equals(balance))));
        assertTrue(doc.text().contains(balance), "precondition");
        assertRefused(damaged, "closing balance");
    }

    @Test
    void bothWithdrawalAndDepositFilledIsRefused() {
        Document doc = sample(Layout.HDFC_NEWER, 4).document();
        // The first row is a debit of 100.50: its deposit cell prints the 0.00 placeholder.
        Document both = editLines(doc, l -> l.text().startsWith("01/04/2024")
                ? new Line(l.y(), l.words().map(w -> w.text().equals("0.00") ? new Word("5.00", w.x(), w.y(), w.width(),
                w.height(), w.font(), w.size()) : w))
                : l);
        assertRefused(both, "both withdrawal and deposit");
    }

    @Test
    void anAmountOnAContinuationLineIsRefusedAsARowWithoutItsBalance() {
        Document doc = sample(Layout.HDFC_LEGACY, 4).document();
        Page first = doc.pages().head();
        Line continuation = first.lines().find(l -> l.text().startsWith("KAXIS")).get();
        Word stray = new Word("9.99", 480, continuation.y(), 16, 7, "Helvetica", 7);
        Document strayed = editLines(doc, l -> l == continuation ? new Line(l.y(), l.words().append(stray)) : l);
        // the stray amount makes the line a row of its own (the engine anchors rows on amounts); HDFC prints a
        // closing balance on every row, so the row without one is refused instead of read as a transaction
        assertRefused(strayed, "has no closing balance");
    }

    @Test
    void anUnreadableSummaryIsRefusedNotIgnored() {
        Document doc = sample(Layout.HDFC_LEGACY, 4).document();
        Document broken = editLines(doc, l -> l.text().startsWith("Opening Balance")
                ? new Line(l.y(), List.of(l.words().head())) : l);
        assertRefused(broken, "summary");
    }
}
