package dev.passbook.testkit.render;

import dev.passbook.core.domain.TransactionType;
import dev.passbook.core.spi.support.Amounts;
import dev.passbook.core.spi.support.StatementDates.Form;
import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.Layout.Variant;
import io.vavr.collection.List;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;

/**
 * A customer's browser print of HDFC's NetBanking account-statement page (BANK-LAYOUTS.md, the NetBanking page
 * print; the parser's layout {@code hdfc-netbanking-print-v1}), as the real print in the development corpus shows
 * it, structurally: an A4 page; the browser's furniture (Chrome: the print time and the page title {@code Welcome
 * to HDFC Bank NetBanking} on top, the page address and {@code 1/2} at the bottom of every page); on page 1 the
 * page's own heading, {@code Print This Page}, {@code Savings Account No.: N , BRANCH}, the web page's pager
 * ({@code Page 1 of 1}, not the PDF's pages) and {@code Closing Balance: INR …} above the table; the columns
 * {@code Date | Narration | Cheque/Ref. No. | Value Date | Withdrawal | Deposit | Closing Balance} with
 * {@code Closing} / {@code Balance} on two baselines and every title flush left, so right-aligned amounts end past
 * their titles; rows newest first, dated {@code 1 Jul 2022}, the narration wrapped between words in a narrow
 * column and every other cell centred on it; western grouping; {@code Return to top} under the last row. It prints
 * no opening balance, no period and no summary.
 *
 * <p>Variants the generator switches on: {@link Variant#ALTERNATE_DATES} ({@code 01 Jul 2022}),
 * {@link Variant#ONE_LINE_HEADER}, {@link Variant#OTHER_BROWSER_FURNITURE} (title and address on top, page number
 * and print time below, as Firefox prints) and {@link Variant#INDIAN_GROUPING}.
 */
public final class HdfcNetbankingPrintDesign implements LayoutDesign {

    /** Characters per narration line (the column is narrow: most narrations take two to four lines). */
    public static final int NARRATION_WIDTH = 26;
    static final String PAGE_TITLE = "Welcome to HDFC Bank NetBanking";
    static final String ADDRESS = "https://netbanking.hdfcbank.com/netbanking/entry";
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("dd/MM/yyyy, HH:mm");
    private static final float FONT = 7.5f;
    private static final float FURNITURE = 7;
    private static final float M = 10;
    private static final float LEFT = 29;

    private static final List<Column> COLUMNS = List.of(
            new Column("Date", LEFT, 66, Align.LEFT),
            new Column("Narration", LEFT + 66, 140, Align.LEFT),
            new Column("Cheque/Ref. No.", LEFT + 206, 100, Align.LEFT),
            new Column("Value Date", LEFT + 306, 64, Align.LEFT),
            new Column("Withdrawal", LEFT + 370, 56, Align.RIGHT, Align.LEFT, 0),
            new Column("Deposit", LEFT + 426, 55, Align.RIGHT, Align.LEFT, 0),
            new Column("Closing\nBalance", LEFT + 481, 57, Align.RIGHT, Align.LEFT, 0));
    private static final TableSpec TABLE = new TableSpec(COLUMNS, FONT, 9.5f, 12, RowAlignment.CENTRED, false);

    @Override
    public PageSize pageSize() {
        return new PageSize(594.96f, 841.92f);
    }

    @Override
    public float pdfVersion() {
        return 1.4f;
    }

    @Override
    public TableSpec table() {
        return TABLE;
    }

    /** The titles on two baselines ({@code Closing} / {@code Balance}), or with {@link Variant#ONE_LINE_HEADER} on one. */
    @Override
    public TableSpec table(GeneratedStatement s) {
        if (!s.options().has(Variant.ONE_LINE_HEADER)) {
            return TABLE;
        }
        return new TableSpec(COLUMNS.map(c -> new Column(c.header().replace('\n', ' '), c.left(), c.width(), c.align(),
                c.headerAlign(), c.headerShift())), TABLE.fontSize(), TABLE.lineHeight(), TABLE.rowGap(),
                TABLE.rowAlignment(), TABLE.rowsMaySplit());
    }

    /** Newest row first; an empty amount cell is blank. */
    @Override
    public List<TableRow> rows(GeneratedStatement s) {
        Form dates = s.options().has(Variant.ALTERNATE_DATES) ? Form.DD_MMM_YYYY_SPACE : Form.D_MMM_YYYY_SPACE;
        return s.transactions().reverse().map(t -> TableRow.of(List.of(dates.format(t.date()), "",
                t.reference().getOrElse(""), t.valueDate().map(dates::format).getOrElse(""),
                t.type() == TransactionType.DEBIT ? money(s, t.amount()) : "",
                t.type() == TransactionType.CREDIT ? money(s, t.amount()) : "",
                t.balance().map(b -> money(s, b)).getOrElse("")), 1, s.layout().wrap().wrap(t.note())));
    }

    /**
     * The browser's top line on every page; on page 1 the web page's own heading, account line, pager and closing
     * balance above the table (later pages carry only the furniture: the page is one long table).
     */
    @Override
    public Block header(GeneratedStatement s, int page, int pages, boolean full) {
        Block.Builder b = Block.builder().at(8);
        if (s.options().has(Variant.OTHER_BROWSER_FURNITURE)) {
            b.text(M + 10, PAGE_TITLE, FURNITURE).right(pageSize().width() - M - 10, ADDRESS, FURNITURE);
        } else {
            b.text(M + 10, printedAt(s), FURNITURE).centre(pageSize().width() / 2, PAGE_TITLE, FURNITURE, false);
        }
        b.line(24);
        if (page != 1) {
            return b.build(2);
        }
        float right = COLUMNS.last().right();
        b.text(LEFT, "Account Statement", 14).right(right, "Print This Page", 8).line(22);
        b.text(LEFT + 6, "Savings Account No.: " + s.identity().accountNumber() + " , " + s.identity().branch().getOrElse(""), 9)
                .line(17);
        b.text(LEFT, "[ Select Another Account / Period ]", FONT).right(right - 40, "Page 1 of 1", FONT).line(11);
        b.right(right, "Closing Balance: INR " + money(s, s.closingBalance()), 9).line(12);
        return b.build(4);
    }

    /** The browser's bottom line: the page's address and {@code 1/2}, or (Firefox) {@code Page 1 of 2} and the time. */
    @Override
    public Block footer(GeneratedStatement s, int page, int pages) {
        Block.Builder b = Block.builder().at(FURNITURE);
        if (s.options().has(Variant.OTHER_BROWSER_FURNITURE)) {
            b.text(M + 10, "Page " + page + " of " + pages, FURNITURE).right(pageSize().width() - M - 10, printedAt(s), FURNITURE);
        } else {
            b.text(M + 10, ADDRESS, FURNITURE).right(pageSize().width() - M - 10, page + "/" + pages, FURNITURE);
        }
        return b.build(2);
    }

    /** The page's link back to its top, under the last row (no row of the table). */
    @Override
    public Block trailer(GeneratedStatement s) {
        return Block.builder().at(FONT + 2).text(LEFT + 2, "Return to top", FONT).build(2);
    }

    /** What Chrome writes as the PDF's creator. */
    @Override
    public String creator() {
        return "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/103.0.0.0 Safari/537.36";
    }

    @Override
    public float margin() {
        return M;
    }

    private static String money(GeneratedStatement s, BigDecimal v) {
        return Amounts.format(v, s.options().has(Variant.INDIAN_GROUPING) ? Amounts.Grouping.INDIAN : Amounts.Grouping.WESTERN);
    }

    /** When the customer printed the page: some time after the statement's last day. */
    private static String printedAt(GeneratedStatement s) {
        return PRINTED.format(s.options().generatedOn());
    }
}
