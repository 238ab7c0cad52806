package dev.passbook.testkit.render;

import dev.passbook.core.domain.Identity;
import dev.passbook.core.domain.Money;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.core.spi.support.Amounts;
import dev.passbook.core.spi.support.StatementDates.Form;
import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.Layout;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A bank statement described entirely as data: the page, the identity labels, the period line, the
 * table's columns (what each prints, its header and widths), where short cells sit in a row, the date
 * and amount forms, the order of rows and how the opening and closing balances are shown. One
 * description draws every statement of the layout; {@link GenericDesigns} holds the built-in ones and a
 * plugin writes its bank's the same way.
 *
 * <p>Every page: the bank's name centred on top, the identity block ({@code Label : value}, or without
 * the colon), the period line, then the table; {@code Page N of M} and {@code footer} at the bottom.
 *
 * @param pageSize       media box, e.g. A4 portrait
 * @param labels         identity labels and whether a colon follows them
 * @param period         the period line, {@code %s} for from and to (in {@code dates})
 * @param columns        left to right from the margin
 * @param rowAlignment   where cells shorter than their row sit
 * @param dates          the form of every printed date
 * @param alternateDates a second form the generator switches on for some statements ({@link Layout.Variant#ALTERNATE_DATES})
 * @param wrapDates      dates printed over two lines, split before the year ({@code 28-Apr-} / {@code 2021})
 * @param grouping       digit grouping of amounts and balances
 * @param markers        debit and credit words ({@code DR}/{@code CR}, {@code Dr}/{@code Cr}) for type cells and suffixes
 * @param balances       how balances are printed
 * @param totals         where the opening and closing balances are printed
 * @param newestFirst    rows printed newest first
 * @param narrationWidth characters per narration line (wrapped between words)
 * @param footer         the sentence at the foot of every page
 * @param viewerPrint    printed through a viewer, as a landscape NetBanking print is: an account summary
 *                       laid out as a one-row table above the transactions (page 1), and each row's
 *                       wrapped narration lines drawn again, in white, at the start of its other cells
 */
public record TableDesign(PageSize pageSize, Labels labels, String period, List<TableColumn> columns,
                          RowAlignment rowAlignment, Form dates, Option<Form> alternateDates, boolean wrapDates,
                          Amounts.Grouping grouping, Markers markers, Balances balances, Totals totals,
                          boolean newestFirst, int narrationWidth, String footer, boolean viewerPrint)
        implements LayoutDesign {

    private static final float M = 20;
    private static final float FONT = 7;
    private static final float LINE = 9;
    private static final float ROW_GAP = 3;

    /** What a column prints for a transaction row. */
    public enum Cell {
        DATE, VALUE_DATE, NARRATION, SERIAL,
        /** Every row's reference but interest credits'. */
        REFERENCE,
        /** The cheque number, on cheque rows only. */
        CHEQUE,
        /** The amount when the row is a debit (withdrawal), else empty. */
        DEBIT,
        /** The amount when the row is a credit (deposit), else empty. */
        CREDIT,
        /** The amount, unsigned: the direction is in a {@link #TYPE} column. */
        AMOUNT,
        /** The amount, a debit with a leading minus. */
        SIGNED_AMOUNT,
        /** The amount followed by the debit or credit marker ({@code 1,200.00 Dr}). */
        MARKED_AMOUNT,
        /** The debit or credit marker alone. */
        TYPE,
        BALANCE,
        /** The branch code (the IFSC's last four characters) on every row. */
        BRANCH
    }

    /** How balances are printed: signed ({@code -5,000.00}), always with a marker, or with a marker in some statements. */
    public enum Balances { SIGNED, MARKED, SOMETIMES_MARKED }

    /**
     * Where the opening and closing balances stand: {@code LINES}, labelled lines above and below the
     * table; {@code ROWS}, an {@code OPENING BALANCE} row first, {@code TRANSACTION TOTAL} rows (when
     * there is an {@link Cell#AMOUNT} and a {@link Cell#TYPE} column) and a {@code CLOSING BALANCE} row last.
     */
    public enum Totals { LINES, ROWS }

    public record Markers(String debit, String credit) {
        public static final Markers UPPER = new Markers("DR", "CR");
        public static final Markers TITLE = new Markers("Dr", "Cr");
    }

    /** The label printed before each identity field; {@code colons}: {@code Label : value}, else {@code Label value}. */
    public record Labels(String accountName, String address, String accountNumber, String customerId, String ifsc,
                         String micr, boolean colons) {
        public Labels withoutColons() {
            return new Labels(accountName, address, accountNumber, customerId, ifsc, micr, false);
        }

        String of(String label) {
            return colons ? label + " :" : label;
        }
    }

    /**
     * One column: what it prints, its header (lines split at {@code \n}, possibly mid-word), width,
     * the alignment of its cells and of its header, and how far the header is moved left of where
     * that alignment puts it (amounts sticking out past a right-aligned header).
     */
    public record TableColumn(Cell cell, String header, float width, Align align, Align headerAlign, float headerShift) {

        public static TableColumn of(Cell cell, String header, float width, Align align) {
            return new TableColumn(cell, header, width, align, align, 0);
        }

        /** The header centred over the column, whatever the cells' alignment. */
        public TableColumn headerCentred() {
            return new TableColumn(cell, header, width, align, Align.CENTRE, 0);
        }

        /** The header right-aligned {@code points} short of the column's right edge: amounts stick out past it. */
        public TableColumn headerShort(float points) {
            return new TableColumn(cell, header, width, align, Align.RIGHT, points);
        }
    }

    public TableDesign {
        if (columns.count(c -> c.cell() == Cell.NARRATION) != 1 || !columns.exists(c -> c.cell() == Cell.DATE)
                || !columns.exists(c -> c.cell() == Cell.BALANCE)) {
            throw new IllegalArgumentException("a table needs one narration column, a date and a balance column");
        }
    }

    /**
     * A4, colons after labels, top-aligned rows oldest first, Indian grouping, {@code DR}/{@code CR},
     * signed balances, opening and closing lines, 30 characters of narration per line.
     */
    public static TableDesign of(Labels labels, String period, Form dates, List<TableColumn> columns) {
        return new TableDesign(new PageSize(595, 842), labels, period, columns, RowAlignment.TOP, dates, Option.none(),
                false, Amounts.Grouping.INDIAN, Markers.UPPER, Balances.SIGNED, Totals.LINES, false, 30,
                "This is a computer generated statement and does not require a signature.", false);
    }

    public TableDesign labels(Labels l) {
        return new TableDesign(pageSize, l, period, columns, rowAlignment, dates, alternateDates, wrapDates, grouping,
                markers, balances, totals, newestFirst, narrationWidth, footer, viewerPrint);
    }

    public TableDesign rowAlignment(RowAlignment a) {
        return new TableDesign(pageSize, labels, period, columns, a, dates, alternateDates, wrapDates, grouping,
                markers, balances, totals, newestFirst, narrationWidth, footer, viewerPrint);
    }

    public TableDesign dates(Form form, Option<Form> alternate, boolean wrapped) {
        return new TableDesign(pageSize, labels, period, columns, rowAlignment, form, alternate, wrapped, grouping,
                markers, balances, totals, newestFirst, narrationWidth, footer, viewerPrint);
    }

    public TableDesign amounts(Amounts.Grouping g, Markers m, Balances b) {
        return new TableDesign(pageSize, labels, period, columns, rowAlignment, dates, alternateDates, wrapDates, g,
                m, b, totals, newestFirst, narrationWidth, footer, viewerPrint);
    }

    public TableDesign totals(Totals t) {
        return new TableDesign(pageSize, labels, period, columns, rowAlignment, dates, alternateDates, wrapDates, grouping,
                markers, balances, t, newestFirst, narrationWidth, footer, viewerPrint);
    }

    public TableDesign newestFirst(boolean newest) {
        return new TableDesign(pageSize, labels, period, columns, rowAlignment, dates, alternateDates, wrapDates, grouping,
                markers, balances, totals, newest, narrationWidth, footer, viewerPrint);
    }

    public TableDesign narrationWidth(int characters) {
        return new TableDesign(pageSize, labels, period, columns, rowAlignment, dates, alternateDates, wrapDates, grouping,
                markers, balances, totals, newestFirst, characters, footer, viewerPrint);
    }

    public TableDesign viewerPrint(boolean print) {
        return new TableDesign(pageSize, labels, period, columns, rowAlignment, dates, alternateDates, wrapDates, grouping,
                markers, balances, totals, newestFirst, narrationWidth, footer, print);
    }

    // what the layout prints, for Layout.of

    public boolean printsValueDate() {
        return has(Cell.VALUE_DATE);
    }

    public Layout.References references() {
        return has(Cell.REFERENCE) ? Layout.References.ALL_BUT_INTEREST
                : has(Cell.CHEQUE) ? Layout.References.CHEQUES_ONLY : Layout.References.NONE;
    }

    public Set<Layout.Variant> variants() {
        Set<Layout.Variant> out = TreeSet.empty();
        if (balances == Balances.SOMETIMES_MARKED) {
            out = out.add(Layout.Variant.BALANCE_MARKERS);
        }
        return alternateDates.isDefined() ? out.add(Layout.Variant.ALTERNATE_DATES) : out;
    }

    private boolean has(Cell cell) {
        return columns.exists(c -> c.cell() == cell);
    }

    // LayoutDesign

    @Override
    public float pdfVersion() {
        return 1.4f;
    }

    @Override
    public float margin() {
        return M;
    }

    @Override
    public String creator() {
        return "Core Banking Statement Service";
    }

    @Override
    public TableSpec table() {
        List<Column> out = List.empty();
        float x = M;
        for (TableColumn c : columns) {
            out = out.append(new Column(c.header(), x, c.width(), c.align(), c.headerAlign(), c.headerShift()));
            x += c.width();
        }
        return new TableSpec(out, FONT, LINE, ROW_GAP, rowAlignment, false,
                viewerPrint ? columns.indexWhere(c -> c.cell() == Cell.NARRATION) : -1);
    }

    private Form dateForm(GeneratedStatement s) {
        return s.options().dottedDates() ? alternateDates.getOrElse(dates) : dates;
    }

    private String amount(BigDecimal v) {
        return Amounts.format(v, grouping);
    }

    private String marker(boolean debit) {
        return debit ? markers.debit() : markers.credit();
    }

    private String balance(GeneratedStatement s, BigDecimal v) {
        boolean marked = balances == Balances.MARKED || balances == Balances.SOMETIMES_MARKED && s.options().balanceMarkers();
        return marked ? amount(v.abs()) + " " + marker(v.signum() < 0) : amount(v);
    }

    /** A date's printed lines: one, or two split before the year when dates wrap. */
    private List<String> date(GeneratedStatement s, java.time.LocalDate d) {
        String text = dateForm(s).format(d);
        if (!wrapDates) {
            return List.of(text);
        }
        String year = Integer.toString(d.getYear());
        String yy = year.substring(2);
        int cut = text.endsWith(year) ? text.length() - 4 : text.length() - yy.length();
        return List.of(text.substring(0, cut).trim(), text.substring(cut));
    }

    private List<String> cell(GeneratedStatement s, Cell cell, Transaction t, int serial) {
        boolean debit = t.type() == TransactionType.DEBIT;
        String text = switch (cell) {
            case DATE -> "";
            case VALUE_DATE -> t.valueDate().map(d -> dateForm(s).format(d)).getOrElse("");
            case NARRATION -> "";
            case REFERENCE, CHEQUE -> t.reference().getOrElse("");
            case SERIAL -> Integer.toString(serial);
            case DEBIT -> debit ? amount(t.amount()) : "";
            case CREDIT -> debit ? "" : amount(t.amount());
            case AMOUNT -> amount(t.amount());
            case SIGNED_AMOUNT -> (debit ? "-" : "") + amount(t.amount());
            case MARKED_AMOUNT -> amount(t.amount()) + " " + marker(debit);
            case TYPE -> marker(debit);
            case BALANCE -> t.balance().map(b -> balance(s, b)).getOrElse("");
            case BRANCH -> s.identity().ifsc().map(i -> i.substring(i.length() - 4)).getOrElse("");
        };
        return switch (cell) {
            case DATE -> date(s, t.date());
            case NARRATION -> s.layout().wrap().wrap(t.note());
            default -> text.isEmpty() ? List.empty() : List.of(text);
        };
    }

    @Override
    public List<TableRow> rows(GeneratedStatement s) {
        List<Transaction> printed = newestFirst ? s.transactions().reverse() : s.transactions();
        List<TableRow> rows = printed.zipWithIndex()
                .map(ti -> new TableRow(columns.map(c -> cell(s, c.cell(), ti._1, ti._2 + 1))));
        if (totals == Totals.LINES) {
            return rows;
        }
        TableRow opening = special(s, "OPENING BALANCE", Cell.BALANCE, balance(s, s.openingBalance()), false);
        TableRow closing = special(s, "CLOSING BALANCE", Cell.BALANCE, balance(s, s.closingBalance()), false);
        List<TableRow> sums = has(Cell.AMOUNT) && has(Cell.TYPE)
                ? List.of(special(s, "TRANSACTION TOTAL", Cell.AMOUNT, amount(s.summary().debits().max(Money.ZERO)), true),
                        special(s, "TRANSACTION TOTAL", Cell.AMOUNT, amount(s.summary().credits().max(Money.ZERO)), false))
                : List.empty();
        return newestFirst ? rows.prepend(closing).append(opening) : rows.prepend(opening).appendAll(sums).append(closing);
    }

    /** A row that is no transaction: its label in the narration column, one figure, a marker for totals. */
    private TableRow special(GeneratedStatement s, String label, Cell figureCell, String figure, boolean debitTotal) {
        return new TableRow(columns.map(c -> c.cell() == Cell.NARRATION ? List.of(label)
                : c.cell() == figureCell ? List.of(figure)
                : c.cell() == Cell.TYPE && figureCell == Cell.AMOUNT ? List.of(marker(debitTotal))
                : List.<String>empty()));
    }

    @Override
    public Block header(GeneratedStatement s, int page, int pages, boolean full) {
        if (!full) {
            return Block.builder().at(8).build(4);
        }
        float size = 8;
        float label = M + 6;
        float value = M + 110;
        Identity id = s.identity();
        Block.Builder b = Block.builder().at(14)
                .centre(pageSize().width() / 2, s.bank().fullName().toUpperCase(Locale.ROOT), 13, true).line(22);
        b.text(label, labels.of(labels.accountName()), size).text(value, id.name(), size).line(size + 3);
        b.text(label, labels.of(labels.address()), size);
        for (String line : id.address().split("\n")) {
            b.text(value, line, size).line(size + 3);
        }
        List<String[]> fields = List.of(
                new String[] {labels.accountNumber(), id.accountNumber()},
                new String[] {labels.customerId(), id.customerId().getOrElse("")},
                new String[] {labels.ifsc(), id.ifsc().getOrElse("")},
                new String[] {labels.micr(), id.micr().getOrElse("")});
        for (String[] f : fields) {
            b.text(label, labels.of(f[0]), size).text(value, f[1], size).line(size + 3);
        }
        Form form = dateForm(s);
        b.line(4).bold(label, String.format(Locale.ROOT, period, form.format(s.declaredPeriod().from()),
                form.format(s.declaredPeriod().to())), size + 1).line(size + 4);
        if (totals == Totals.LINES) {
            balanceLine(b, label, value, "Opening Balance", balance(s, s.openingBalance()), size, false).line(size + 4);
        }
        if (viewerPrint && page == 1) {
            summaryTable(b, s, size);
        }
        return b.build(2);
    }

    /**
     * The account summary a viewer print lays out as a table of one row: titles naming a date, a type and
     * a balance (as a transaction table's do), one line of values, then the transactions' own title.
     */
    private void summaryTable(Block.Builder b, GeneratedStatement s, float size) {
        float[] x = {M + 6, M + 90, M + 170, M + 250};
        b.centre(pageSize().width() / 2, "SUMMARY", size, true).line(size + 3);
        b.bold(x[0], "Opening Date", size).bold(x[1], "Type", size).bold(x[2], "Branch", size)
                .bold(x[3], "Current Balance", size).line(size + 3);
        // the values in the table's own font, as the viewer sets the whole page's tables
        b.text(x[0], dateForm(s).format(s.declaredPeriod().from().minusYears(3)), FONT).text(x[1], "SAVINGS", FONT)
                .text(x[2], "MAIN", FONT).text(x[3], balance(s, s.closingBalance()), FONT).line(size + 8);
        b.centre(pageSize().width() / 2, "TRANSACTIONS", size, true).line(size + 4);
    }

    @Override
    public Block footer(GeneratedStatement s, int page, int pages) {
        return Block.builder().at(7)
                .text(M + 6, footer, 6)
                .right(pageSize().width() - M, "Page " + page + " of " + pages, 7).build(0);
    }

    @Override
    public Block trailer(GeneratedStatement s) {
        Block.Builder b = Block.builder().at(12);
        if (totals == Totals.LINES) {
            balanceLine(b, M + 6, M + 110, "Closing Balance", balance(s, s.closingBalance()), 8, true).line(11);
        }
        return b.build(2);
    }

    /**
     * {@code Label : value} as one text; without colons the value stands apart in the value column, as
     * statements print colon-less labels (a label glued to its value would read as running text).
     */
    private Block.Builder balanceLine(Block.Builder b, float label, float value, String text, String figure, float size,
                                      boolean bold) {
        if (labels.colons()) {
            return bold ? b.bold(label, labels.of(text) + " " + figure, size) : b.text(label, labels.of(text) + " " + figure, size);
        }
        return bold ? b.bold(label, text, size).bold(value, figure, size) : b.text(label, text, size).text(value, figure, size);
    }
}
