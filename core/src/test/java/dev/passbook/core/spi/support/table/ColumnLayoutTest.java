package dev.passbook.core.spi.support.table;

import dev.passbook.core.document.Line;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import static dev.passbook.core.spi.support.table.Printed.at;
import static dev.passbook.core.spi.support.table.Printed.endingAt;
import static dev.passbook.core.spi.support.table.Printed.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColumnLayoutTest {

    static final List<ColumnSpec> SPECS = List.of(
            ColumnSpec.of("date", Alignment.LEFT, "Date"),
            ColumnSpec.of("narration", Alignment.LEFT, "Narration"),
            ColumnSpec.of("ref", Alignment.LEFT, "Chq./Ref.No."),
            ColumnSpec.of("withdrawal", Alignment.RIGHT, "Withdrawal Amt."),
            ColumnSpec.of("deposit", Alignment.RIGHT, "Deposit Amt."),
            ColumnSpec.of("balance", Alignment.RIGHT, "Closing Balance", "Closing Balance*"));

    /** Column edges: date 20, narration 60, ref 260, withdrawal right 420, deposit right 490, balance right 570. */
    static Line header(double y) {
        return line(y, at(20, y, "Date"), at(60, y, "Narration"), at(260, y, "Chq. / Ref.No."),
                endingAt(420, y, "Withdrawal Amt."), endingAt(490, y, "Deposit Amt."), endingAt(570, y, "Closing Balance"));
    }

    @Test
    void findsColumnsEvenWhenHeaderWordsAreSplitDifferentlyFromTheSpec() {
        ColumnLayout layout = ColumnLayout.fromHeader(header(100), SPECS).get();
        assertEquals(List.of("date", "narration", "ref", "withdrawal", "deposit", "balance"), layout.columns().map(Column::name));
    }

    @Test
    void aHeaderLineMissingARequiredColumnIsNotAHeader() {
        Line partial = line(100, at(20, 100, "Date"), at(60, 100, "Narration"), endingAt(570, 100, "Closing Balance"));
        assertTrue(ColumnLayout.fromHeader(partial, SPECS).isEmpty());
        assertTrue(ColumnLayout.fromHeader(partial, List.of(SPECS.get(0), SPECS.get(1), SPECS.get(5),
                SPECS.get(2).asOptional(), SPECS.get(3).asOptional(), SPECS.get(4).asOptional())).isDefined());
    }

    @Test
    void wideNarrationStaysInItsColumnAndRightAlignedAmountsFindTheirs() {
        ColumnLayout layout = ColumnLayout.fromHeader(header(100), SPECS).get();
        Line row = line(120, at(20, 120, "01/04/24"), at(60, 120, "UPI-RAMESH KUMAR-OKAXIS-PAYMENT FOR RENT"),
                at(260, 120, "0000412345678901"), endingAt(490, 120, "1,23,456.78"), endingAt(570, 120, "-5,000.00"));
        Cells cells = layout.cells(1, row);
        assertEquals("01/04/24", cells.text("date"));
        assertEquals("UPI-RAMESH KUMAR-OKAXIS-PAYMENT FOR RENT", cells.text("narration"));
        assertEquals("0000412345678901", cells.text("ref"));
        assertEquals("", cells.text("withdrawal"));
        assertEquals("1,23,456.78", cells.text("deposit"));
        assertEquals(new java.math.BigDecimal("-5000.00"), cells.amount("balance").get());
    }

    @Test
    void unknownHeaderWordsGetTheirOwnColumnSoTheirTextDoesNotLeakIntoANeighbour() {
        Line withExtra = line(100, at(20, 100, "Date"), at(60, 100, "Narration"), at(260, 100, "Chq./Ref.No."),
                endingAt(420, 100, "Withdrawal Amt."), endingAt(490, 100, "Deposit Amt."), endingAt(570, 100, "Closing Balance"),
                at(580, 100, "Init. Br"));
        ColumnLayout layout = ColumnLayout.fromHeader(withExtra, SPECS).get();
        assertEquals(Column.UNKNOWN, layout.columns().last().name());
        Cells cells = layout.cells(1, line(120, endingAt(570, 120, "100.00"), at(582, 120, "0042")));
        assertEquals("100.00", cells.text("balance"));
        assertEquals("0042", cells.text(Column.UNKNOWN));
    }
}
