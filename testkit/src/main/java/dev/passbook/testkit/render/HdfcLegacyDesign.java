package dev.passbook.testkit.render;

import dev.passbook.core.spi.support.StatementDates.Form;
import dev.passbook.testkit.GeneratedStatement;
import io.vavr.collection.List;

/**
 * HDFC's legacy netbanking layout: 638 x 842 pt, PDF 1.3, {@code Page No .: N}, dd/mm/yy dates,
 * blank empty amount cells, narrations cut at 28 characters and allowed to run on over a page break,
 * and a {@code Generated On:} line after the summary.
 */
public final class HdfcLegacyDesign extends HdfcDesign {

    private static final float M = 18;
    /** How far right-aligned amounts stand past the right edge of their titles (real files: 4–12 pt). */
    static final float STICK_OUT = 6;
    private static final TableSpec TABLE = new TableSpec(List.of(
            col("Date", M, 42, Align.LEFT),
            narration(M + 42, 202),
            col("Chq./Ref.No.", M + 244, 103, Align.LEFT),
            col("Value Dt", M + 347, 42, Align.LEFT),
            amount("Withdrawal Amt.", M + 389, 70, STICK_OUT),
            amount("Deposit Amt.", M + 459, 70, STICK_OUT),
            amount("Closing Balance", M + 529, 73, STICK_OUT)), 7, 9, 2, false, true);

    @Override
    public PageSize pageSize() {
        return new PageSize(638, 842);
    }

    @Override
    public float pdfVersion() {
        return 1.3f;
    }

    @Override
    public TableSpec table() {
        return TABLE;
    }

    @Override
    public float margin() {
        return M;
    }

    /** RC4 with an owner password only: opens without a password, like HDFC's netbanking files. */
    @Override
    public Encryption issuedEncryption() {
        return Encryption.ownerOnly();
    }

    @Override
    String accountLabel(GeneratedStatement s) {
        return s.options().alternateLabels() ? "Account Number" : "Account No";
    }

    /** As real legacy exports print it: the page label mid-page on the title line, {@code Statement of account} at its right. */
    @Override
    Block.Builder pageLabelLine(Block.Builder b, int page, int pages, float size) {
        return b.text(pageSize().width() / 2 - 27, pageLabel(page, pages), size)
                .right(pageSize().width() - margin(), "Statement of account", size);
    }

    @Override
    String pageLabel(int page, int pages) {
        return "Page No .: " + page;
    }

    @Override
    String periodLine(GeneratedStatement s) {
        return (s.options().alternateLabels() ? "Statement From : " : "From : ") + Form.DD_MM_YYYY_SLASH.format(s.declaredPeriod().from())
                + "   To : " + Form.DD_MM_YYYY_SLASH.format(s.declaredPeriod().to());
    }

    @Override
    String closingLabel() {
        return "Closing Bal";
    }

    @Override
    Form rowDateForm() {
        return Form.DD_MM_YY_SLASH;
    }

    @Override
    Form valueDateForm() {
        return Form.DD_MM_YY_SLASH;
    }

    @Override
    String emptyAmount() {
        return "";
    }

    @Override
    float textSize() {
        return 7;
    }

    @Override
    float rightColumn() {
        return 340;
    }

    @Override
    List<String> generatedLine(GeneratedStatement s) {
        return List.of(generatedOn(s));
    }
}
