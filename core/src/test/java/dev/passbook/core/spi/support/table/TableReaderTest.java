package dev.passbook.core.spi.support.table;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import io.vavr.collection.List;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

import static dev.passbook.core.spi.support.table.Printed.at;
import static dev.passbook.core.spi.support.table.Printed.document;
import static dev.passbook.core.spi.support.table.Printed.endingAt;
import static dev.passbook.core.spi.support.table.Printed.line;
import static dev.passbook.core.spi.support.table.Printed.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableReaderTest {

    static final TableReader TOP = TableReader.of(ColumnLayoutTest.SPECS)
            .anchor(c -> c.date("date").isDefined())
            .skip(l -> l.text().startsWith("Page No"))
            .pageEnd(l -> l.text().equals("FOOTER"))
            .tableEnd(l -> l.text().startsWith("SUMMARY"));

    static Line anchor(double y, String date, String narration, String balance) {
        return line(y, at(20, y, date), at(60, y, narration), endingAt(570, y, balance), endingAt(420, y, "1.00"));
    }

    static Line narration(double y, String text) {
        return line(y, at(60, y, text));
    }

    @Test
    void topAlignedRowsCollectWrappedLinesBelowAndAcrossAPageBreakWithHeaderOnlyOnPageOne() {
        Document doc = document(
                page(1, ColumnLayoutTest.header(100), anchor(120, "01/04/24", "NEFT CR-ACME", "99.00"),
                        narration(129, "CORP"), anchor(140, "02/04/24", "UPI-RAMESH KU", "98.00"), narration(149, "MAR-OK"),
                        line(700, at(20, 700, "FOOTER")), line(710, at(20, 710, "BANK SENTENCE"))),
                page(2, line(30, at(500, 30, "Page No .: 2")), narration(60, "AXIS"), anchor(80, "03/04/24", "ATW", "97.00"),
                        line(100, at(20, 100, "SUMMARY :-")), line(110, at(20, 110, "01/01/24 9.99"))));
        List<TableRow> rows = TOP.read(doc).get();
        assertEquals(3, rows.size());
        assertEquals("NEFT CR-ACMECORP", WrappedText.joinCut(rows.get(0).fragments("narration")));
        assertEquals("UPI-RAMESH KUMAR-OKAXIS", WrappedText.joinCut(rows.get(1).fragments("narration")));
        assertEquals(List.of("ATW"), rows.get(2).fragments("narration"));
        assertEquals(1, rows.get(1).page());
    }

    @Test
    void textAboveTheFirstRowIsRefusedNotGuessed() {
        Document doc = document(page(1, ColumnLayoutTest.header(100), narration(110, "ORPHAN"),
                anchor(120, "01/04/24", "X", "1.00")));
        Either<String, List<TableRow>> result = TOP.read(doc);
        assertTrue(result.isLeft());
        assertTrue(result.getLeft().contains("above the first row"), result.getLeft());
    }

    @Test
    void withoutAHeaderThereIsNoTable() {
        assertTrue(TOP.read(document(page(1, anchor(120, "01/04/24", "X", "1.00")))).isLeft());
    }

    @Test
    void centredRowsTakeAsManyLinesAboveTheirAnchorAsBelow() {
        // Row 1: four lines at 120..150, anchor at 135; row 2: three lines 164..184, anchor on the middle one;
        // row 3: one line. The gap between rows is no wider than between lines, only the symmetry tells them apart.
        TableReader centred = TOP.alignment(RowAlignment.CENTRED);
        Document doc = document(page(1, ColumnLayoutTest.header(100),
                narration(120, "A1"), narration(130, "A2"), anchor(135, "01/04/24", "", "1.00"), narration(140, "A3"),
                narration(150, "A4"), narration(160, "B1"), anchor(170, "02/04/24", "B2", "2.00"), narration(180, "B3"),
                anchor(190, "03/04/24", "C1", "3.00")));
        List<TableRow> rows = centred.read(doc).get();
        assertEquals(List.of("A1A2A3A4", "B1B2B3", "C1"),
                rows.map(r -> WrappedText.joinCut(r.fragments("narration"))));
    }

    @Test
    void anUnbalancedCentredRowIsRefused() {
        TableReader centred = TOP.alignment(RowAlignment.CENTRED);
        Document doc = document(page(1, ColumnLayoutTest.header(100), narration(120, "A1"), narration(130, "A2"),
                anchor(135, "01/04/24", "", "1.00"), narration(140, "A3")));
        assertTrue(centred.read(doc).isLeft());
    }

    @Test
    void aCentredRowWhoseAnchorIsOffCentreIsRefused() {
        TableReader centred = TOP.alignment(RowAlignment.CENTRED);
        Document doc = document(page(1, ColumnLayoutTest.header(100), narration(120, "A1"),
                anchor(124, "01/04/24", "", "1.00"), narration(140, "A3")));
        assertTrue(centred.read(doc).isLeft());
    }

    @Test
    void aPageWithoutHeaderDropsTheRepeatedTopBlockUpToThePageTopLine() {
        TableReader reader = TOP.pageTop(l -> l.text().startsWith("Statement of account"));
        Document doc = document(
                page(1, ColumnLayoutTest.header(100), anchor(120, "01/04/24", "ONE", "1.00")),
                page(2, line(20, at(20, 20, "MR HOLDER NAME")), line(30, at(20, 30, "Statement of account")),
                        anchor(60, "02/04/24", "TWO", "2.00")));
        List<TableRow> rows = reader.read(doc).get();
        assertEquals(List.of("ONE", "TWO"), rows.map(r -> r.fragments("narration").mkString()));
    }
}
