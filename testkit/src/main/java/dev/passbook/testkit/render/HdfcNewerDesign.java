package dev.passbook.testkit.render;

import dev.passbook.core.spi.support.StatementDates.Form;
import dev.passbook.testkit.GeneratedStatement;
import io.vavr.collection.List;

/**
 * HDFC's newer layout: 786 x 982 pt, {@code Page N of M}, {@code Statement From : dd/mm/yy}, row
 * dates dd/mm/yyyy, {@code 0.00} in the empty amount column, and a wrapped narration centred on the line with
 * the date and amounts: it starts above that line, which is level with its middle piece (the last of two);
 * rows never split.
 */
public final class HdfcNewerDesign extends HdfcDesign {

    private static final float M = 20;
    /** How far right-aligned amounts stand past the right edge of their titles (real files: 4–12 pt). */
    static final float STICK_OUT = 9;
    private static final TableSpec TABLE = new TableSpec(List.of(
            col("Date", M, 55, Align.LEFT),
            narration(M + 55, 255),
            col("Chq. / Ref No.", M + 310, 112, Align.LEFT),
            col("Value Date", M + 422, 55, Align.LEFT),
            amount("Withdrawal Amount", M + 477, 85, STICK_OUT),
            amount("Deposit Amount", M + 562, 85, STICK_OUT),
            amount("Closing Balance*", M + 647, 99, STICK_OUT)), 7.5f, 10, 4, RowAlignment.CENTRED_ON_A_LINE, false);

    @Override
    public PageSize pageSize() {
        return new PageSize(786, 982);
    }

    @Override
    public float pdfVersion() {
        return 1.4f;
    }

    @Override
    public TableSpec table() {
        return TABLE;
    }

    @Override
    public float margin() {
        return M;
    }

    @Override
    String accountLabel(GeneratedStatement s) {
        return s.options().alternateLabels() ? "Account No" : "Account Number";
    }

    @Override
    String pageLabel(int page, int pages) {
        return "Page " + page + " of " + pages;
    }

    @Override
    String periodLine(GeneratedStatement s) {
        return "Statement From : " + Form.DD_MM_YY_SLASH.format(s.declaredPeriod().from())
                + "   To : " + Form.DD_MM_YY_SLASH.format(s.declaredPeriod().to());
    }

    @Override
    String closingLabel() {
        return "Closing Balance";
    }

    @Override
    Form rowDateForm() {
        return Form.DD_MM_YYYY_SLASH;
    }

    @Override
    Form valueDateForm() {
        return Form.DD_MM_YYYY_SLASH;
    }

    @Override
    String emptyAmount() {
        return "0.00";
    }

    @Override
    float textSize() {
        return 8;
    }

    @Override
    float rightColumn() {
        return 420;
    }
}
