package dev.passbook.testkit.render;

import dev.passbook.core.domain.Identity;
import dev.passbook.core.spi.StatementSummary;
import dev.passbook.core.spi.support.StatementDates.Form;
import dev.passbook.testkit.GeneratedStatement;
import io.vavr.collection.List;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What both HDFC layouts share (BANK-LAYOUTS.md): the holder block on the left and labelled account
 * fields on the right, repeated on every page; the fixed footer sentences; the summary block in
 * western grouping while rows use Indian grouping. Subclasses give page geometry, columns and the
 * layout's own labels and date forms.
 */
abstract class HdfcDesign implements LayoutDesign {

    static final List<String> FOOTER = List.of(
            "HDFC BANK LIMITED",
            "*Closing balance includes funds earmarked for hold and uncleared funds",
            "Contents of this statement will be considered correct if no error is reported within 30 days of receipt of statement.",
            "Registered Office Address: HDFC Bank House, Senapati Bapat Marg, Lower Parel, Mumbai 400013",
            "This is a computer generated statement and does not require signature.");
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm:ss", Locale.ENGLISH);

    /** Label of the account number line ({@code Account No} or {@code Account Number}). */
    abstract String accountLabel(GeneratedStatement s);

    abstract String pageLabel(int page, int pages);

    /** The period line printed next to the statement title. */
    abstract String periodLine(GeneratedStatement s);

    abstract String closingLabel();

    abstract Form rowDateForm();

    abstract Form valueDateForm();

    /** What an empty withdrawal/deposit cell shows: nothing (legacy) or {@code 0.00} (newer). */
    abstract String emptyAmount();

    abstract float textSize();

    /** Where the right-hand field column starts. */
    abstract float rightColumn();

    @Override
    public String creator() {
        return "HDFC Bank NetBanking";
    }

    @Override
    public List<TableRow> rows(GeneratedStatement s) {
        return s.transactions().map(t -> TableRow.of(List.of(
                rowDateForm().format(t.date()), "", t.reference().getOrElse(""),
                t.valueDate().map(d -> valueDateForm().format(d)).getOrElse(""),
                Formats.debitColumn(t, emptyAmount()),
                Formats.creditColumn(t, emptyAmount()),
                t.balance().map(Formats::indian).getOrElse("")), 1, s.layout().wrap().wrap(t.note())));
    }

    /**
     * The columns as drawn for {@code s}: as {@link #table()} (amounts flush right, sticking out past their
     * titles), or with {@link dev.passbook.testkit.StatementOptions#leftAlignedAmounts()} every amount and
     * balance flush left under its title, as one real export prints them.
     */
    @Override
    public TableSpec table(GeneratedStatement s) {
        TableSpec t = table();
        if (!s.options().leftAlignedAmounts()) {
            return t;
        }
        return new TableSpec(t.columns().map(c -> c.align() == Align.RIGHT
                ? new Column(c.header(), c.left(), c.width(), Align.LEFT) : c), t.fontSize(), t.lineHeight(), t.rowGap(),
                t.rowAlignment(), t.rowsMaySplit());
    }

    @Override
    public Block header(GeneratedStatement s, int page, int pages, boolean full) {
        float size = textSize();
        float lead = size + 3;
        float left = margin() + 6;
        Block.Builder b = pageLabelLine(Block.builder().at(size), page, pages, size).line(lead + 4);
        if (!full) {
            return b.build(4);
        }
        Identity id = s.identity();
        List<String> address = List.of(id.address().split("\n"));
        String city = address.size() >= 2 ? address.get(address.size() - 2) : "";
        String state = address.last().replace(" INDIA", "");
        String ifsc = id.ifsc().getOrElse("");
        String branchCode = ifsc.length() >= 4 ? ifsc.substring(ifsc.length() - 4) : "";
        String account = id.accountNumber() + "   REGULAR SAVINGS";
        List<String> rightLines = List.of(
                "Account Branch : " + id.branch().getOrElse(""),
                "Address : BRANCH PREMISES " + id.branch().getOrElse(""),
                "City : " + city,
                "State : " + state,
                "Phone no. : 18002026161",
                (s.options().alternateLabels() ? "Limit : " : "OD Limit : ") + Formats.indian(id.odLimit())
                        + "   Currency : " + id.currency(),
                "Email : " + emailOf(id.name()),
                "Cust ID : " + id.customerId().getOrElse(""),
                accountLabel(s) + " : " + account,
                "A/C Open Date : " + id.accountOpeningDate().map(Form.DD_MM_YYYY_SLASH::format).getOrElse(""),
                "Account Status : Regular",
                "RTGS/NEFT IFSC : " + ifsc + "   MICR : " + id.micr().getOrElse(""),
                "Branch Code : " + branchCode + "   Product Code : 100");
        if (s.options().offsetHolderBlock()) {
            return offsetHolderBlock(b, s, address, rightLines, accountLabel(s), account);
        }
        List<String> leftLines = List.of(id.name()).appendAll(address).appendAll(List.of("", "JOINT HOLDERS :",
                "Nomination : Registered"));
        int lines = Math.max(leftLines.size(), rightLines.size());
        for (int i = 0; i < lines; i++) {
            if (i < leftLines.size() && !leftLines.get(i).isEmpty()) {
                if (i == 0) {
                    b.bold(left, leftLines.get(i), size + 1);
                } else {
                    b.text(left, leftLines.get(i), size);
                }
            }
            if (i < rightLines.size()) {
                b.text(rightColumn(), rightLines.get(i), size);
            }
            b.line(lead);
        }
        b.line(4).bold(left, "Statement of account", size + 1).text(rightColumn(), periodLine(s), size).line(lead);
        return b.build(2);
    }

    /** Index of the account-number line among the labelled fields; {@code Cust ID} is the one before. */
    private static final int ACCOUNT_LINE = 8;

    /**
     * The holder block as real exports print it (BANK-LAYOUTS.md): name, address, the period line,
     * {@code JOINT HOLDERS} and {@code Nomination} half a line off the labelled fields' baselines, the period
     * line between {@code Cust ID} and the account number, and the account-number label 2 pt below its
     * {@code : value} piece.
     */
    private Block offsetHolderBlock(Block.Builder b, GeneratedStatement s, List<String> address, List<String> rightLines,
                                    String accountLabel, String account) {
        float size = textSize();
        float lead = size + 3;
        float left = margin() + 6;
        float top = b.y();
        for (int i = 0; i < rightLines.size(); i++) {
            float y = top + i * lead;
            if (i == ACCOUNT_LINE) {
                b.add(TextItem.left(rightColumn(), y + LABEL_DROP, accountLabel, size));
                b.add(TextItem.left(rightColumn() + size * 10, y, ": " + account, size));
            } else {
                b.add(TextItem.left(rightColumn(), y, rightLines.get(i), size));
            }
        }
        b.add(TextItem.left(left, top + lead / 2, s.identity().name(), size + 1).asBold());
        for (int i = 0; i < address.size(); i++) {
            b.add(TextItem.left(left, top + (i + 1.5f) * lead, address.get(i), size));
        }
        float period = top + Math.max(ACCOUNT_LINE - 0.5f, address.size() + 1.5f) * lead;
        b.add(TextItem.left(left, period, periodLine(s), size));
        b.add(TextItem.left(left, period + 2 * lead, "JOINT HOLDERS :", size));
        b.add(TextItem.left(left, period + 4 * lead, "Nomination : Registered", size));
        b.at(Math.max(top + rightLines.size() * lead, period + 5 * lead));
        b.line(4).bold(left, "Statement of account", size + 1).line(lead);
        return b.build(2);
    }

    /** How far the account-number label of {@link #offsetHolderBlock} stands below its value (one real export: 2 pt). */
    static final float LABEL_DROP = 2.1f;

    @Override
    public Block footer(GeneratedStatement s, int page, int pages) {
        float size = textSize() - 1;
        Block.Builder b = Block.builder().at(size);
        float left = margin() + 6;
        for (int i = 0; i < FOOTER.size(); i++) {
            if (i == 0) {
                b.bold(left, FOOTER.get(i), size + 1);
            } else {
                b.text(left, FOOTER.get(i), size);
            }
            b.line(size + 2);
        }
        return b.build(0);
    }

    /** {@code STATEMENT SUMMARY :-}, six labels, six values in western grouping. */
    @Override
    public Block trailer(GeneratedStatement s) {
        float size = textSize();
        float left = margin() + 6;
        float step = (pageSize().width() - 2 * margin() - 12) / 6;
        StatementSummary sum = s.summary();
        List<String> labels = List.of("Opening Balance", "Dr Count", "Cr Count", "Debits", "Credits", closingLabel());
        List<String> values = List.of(Formats.western(sum.openingBalance()), Integer.toString(sum.debitCount()),
                Integer.toString(sum.creditCount()), Formats.western(sum.debits()), Formats.western(sum.credits()),
                Formats.western(sum.closingBalance()));
        Block.Builder b = Block.builder().at(size + 4).bold(left, "STATEMENT SUMMARY :-", size + 1).line(size + 5);
        // as real exports: each label centred over its column, the value flush right in it, so values of
        // different widths end at one edge and do not stand under their label's edges
        for (int i = 0; i < 6; i++) {
            b.centre(left + i * step + step / 2, labels.get(i), size, true);
        }
        b.line(size + 3);
        for (int i = 0; i < 6; i++) {
            b.right(left + (i + 1) * step - SUMMARY_PAD, values.get(i), size);
        }
        b.line(size + 8);
        generatedLine(s).forEach(line -> b.text(left, line, size).line(size + 3));
        return b.build(2);
    }

    /** Space between a summary value's right edge and its column's. */
    static final float SUMMARY_PAD = 8;

    /** The line carrying the page label: alone at the top right by default. */
    Block.Builder pageLabelLine(Block.Builder b, int page, int pages, float size) {
        return b.right(pageSize().width() - margin(), pageLabel(page, pages), size);
    }

    /** The legacy layout's {@code Generated On: ...} line; none by default. */
    List<String> generatedLine(GeneratedStatement s) {
        return List.empty();
    }

    static String generatedOn(GeneratedStatement s) {
        return "Generated On: " + GENERATED.format(s.options().generatedOn()).toUpperCase(Locale.ROOT)
                + "   Generated By: " + s.identity().customerId().getOrElse("") + "   Requesting Branch Code: NET";
    }

    private static String emailOf(String name) {
        String[] parts = name.split(" ");
        String first = parts.length > 1 ? parts[1] : parts[0];
        return first.charAt(0) + "XXXXXX" + first.charAt(first.length() - 1) + "@EXAMPLE.COM";
    }

    static Column col(String header, float left, float width, Align align) {
        return new Column(header, left, width, align);
    }

    /** The narration column: its title centred over it, its text starting at its left edge (every real HDFC file). */
    static Column narration(float left, float width) {
        return new Column("Narration", left, width, Align.LEFT, Align.CENTRE, 0);
    }

    /** An amount column: figures flush right, {@code stickOut} points past the right edge of their title. */
    static Column amount(String header, float left, float width, float stickOut) {
        return new Column(header, left, width, Align.RIGHT, Align.RIGHT, stickOut);
    }
}
