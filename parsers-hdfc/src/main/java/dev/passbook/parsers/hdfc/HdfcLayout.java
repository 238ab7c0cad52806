package dev.passbook.parsers.hdfc;

import dev.passbook.core.document.Line;
import dev.passbook.core.spi.support.StatementDates.Form;
import dev.passbook.core.spi.support.table.Alignment;
import dev.passbook.core.spi.support.table.ColumnSpec;
import dev.passbook.core.spi.support.table.RowAlignment;
import dev.passbook.core.spi.support.table.TableReader;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HDFC layouts this plugin reads, each a versioned description (BANK-LAYOUTS.md): column header
 * texts, row date form, how multi-line rows are aligned, the page label. Everything else (header block,
 * summary, footer) is shared by {@link HdfcStatementParser}.
 */
enum HdfcLayout {

    /** Netbanking export: 638 x 842 pt, {@code Page No .: N}, dd/mm/yy rows, narrations below the date line. */
    LEGACY_V1("hdfc-legacy-v1", List.of("Chq./Ref.No."), List.of("Value Dt"), List.of("Withdrawal Amt."),
            List.of("Deposit Amt."), Form.DD_MM_YY_SLASH, RowAlignment.TOP,
            Pattern.compile("(?i)^Page\\s*No\\s*\\.?\\s*:\\s*(\\d{1,6})$")),

    /** Newer export: 786 x 982 pt, {@code Page N of M}, dd/mm/yyyy rows, narration centred on the date line. */
    NEWER_V1("hdfc-newer-v1", List.of("Chq. / Ref No."), List.of("Value Date"), List.of("Withdrawal Amount"),
            List.of("Deposit Amount"), Form.DD_MM_YYYY_SLASH, RowAlignment.CENTRED,
            Pattern.compile("(?i)^Page\\s+(\\d{1,6})\\s+of\\s+(\\d{1,6})$"));

    static final String DATE = "date";
    static final String NARRATION = "narration";
    static final String REF = "ref";
    static final String VALUE_DATE = "valueDate";
    static final String WITHDRAWAL = "withdrawal";
    static final String DEPOSIT = "deposit";
    static final String BALANCE = "balance";

    private final String id;
    private final List<ColumnSpec> columns;
    private final Form rowDates;
    private final RowAlignment alignment;
    private final Pattern pageLabel;

    HdfcLayout(String id, List<String> ref, List<String> valueDate, List<String> withdrawal, List<String> deposit,
               Form rowDates, RowAlignment alignment, Pattern pageLabel) {
        this.id = id;
        this.columns = List.of(
                ColumnSpec.of(DATE, Alignment.LEFT, "Date"),
                ColumnSpec.of(NARRATION, Alignment.LEFT, "Narration"),
                new ColumnSpec(REF, ref, Alignment.LEFT, false),
                new ColumnSpec(VALUE_DATE, valueDate, Alignment.LEFT, false),
                new ColumnSpec(WITHDRAWAL, withdrawal, Alignment.RIGHT, false),
                new ColumnSpec(DEPOSIT, deposit, Alignment.RIGHT, false),
                ColumnSpec.of(BALANCE, Alignment.RIGHT, "Closing Balance", "Closing Balance*"));
        this.rowDates = rowDates;
        this.alignment = alignment;
        this.pageLabel = pageLabel;
    }

    /** Versioned id reported in {@code ParsedStatement.layoutId}. */
    String id() {
        return id;
    }

    List<ColumnSpec> columns() {
        return columns;
    }

    Form rowDates() {
        return rowDates;
    }

    /** {@code Page No .: 3} or {@code Page 3 of 7}: the page-number groups, when {@code line} is this layout's label. */
    Option<MatchResult> pageLabel(Line line) {
        Matcher m = pageLabel.matcher(line.text().strip());
        return m.matches() ? Option.some(m.toMatchResult()) : Option.none();
    }

    /** How this layout's transaction table is read with the shared machinery. */
    TableReader table() {
        return TableReader.of(columns)
                .anchor(cells -> cells.date(DATE, rowDates).isDefined())
                .alignment(alignment)
                .skip(line -> pageLabel(line).isDefined())
                .pageEnd(HdfcText::isFooterLine)
                .tableEnd(HdfcText::isSummaryTitle)
                .pageTop(HdfcText::isPeriodOrTitleLine);
    }
}
