package dev.passbook.testkit;

import dev.passbook.testkit.arbitraries.BankFormat;
import dev.passbook.testkit.render.GenericDesigns;
import dev.passbook.testkit.render.HdfcLegacyDesign;
import dev.passbook.testkit.render.HdfcNetbankingPrintDesign;
import dev.passbook.testkit.render.HdfcNewerDesign;
import dev.passbook.testkit.render.LayoutDesign;
import dev.passbook.testkit.render.TableDesign;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;

import static dev.passbook.testkit.IdentityField.*;

/**
 * A statement layout the testkit can generate, draw and check: the {@link LayoutDesign} the renderer
 * draws, the banks it is drawn for, and what it prints (so what a parser must return). Layouts are
 * ordinary values: the built-in ones below follow BANK-LAYOUTS.md, and a plugin describes its own bank
 * with {@link #of(String, List, TableDesign)} (a table described as data) or the canonical constructor
 * (a design of its own).
 *
 * @param id               stable name, used in test names and to seed the generator
 * @param banks            the banks it is drawn for; the first is the default
 * @param wrap             how long narrations are broken over lines
 * @param printsValueDate  whether rows print a value date
 * @param printsSummary    whether a summary block (opening, counts, totals, closing) is printed, so parsers must return it
 * @param printedIdentity  the identity fields printed, hence expected from a parser
 * @param references       which rows print a reference
 * @param variants         printing variants the generator may switch on (recorded in {@link StatementOptions})
 * @param printsOpening    whether the opening balance is printed (a line, a row or the summary); when not, a parser
 *                         must return none: the truth's opening balance only seeds the printed balances
 * @param printsPeriod     whether the statement period is printed; when not, a parser must return none
 */
public record Layout(String id, List<BankFormat> banks, LayoutDesign design, NarrationWrap wrap,
                     boolean printsValueDate, boolean printsSummary, Set<IdentityField> printedIdentity,
                     References references, Set<Variant> variants, boolean printsOpening, boolean printsPeriod) {

    /** What a row's reference cell holds. */
    public enum References {
        /** No reference column. */
        NONE,
        /** Every row's reference, zero-padded to 16 characters (15 for ATM and interest; RTGS UTRs 22): HDFC. */
        ZERO_PADDED,
        /** Every row's reference except interest credits. */
        ALL_BUT_INTEREST,
        /** Only cheque numbers. */
        CHEQUES_ONLY
    }

    /** A printing variant; the generator switches each one the layout allows on for about half the statements. */
    public enum Variant {
        /** Balances printed with a {@code CR}/{@code DR} suffix ({@link StatementOptions#balanceMarkers()}). */
        BALANCE_MARKERS,
        /** The design's alternate date form, e.g. dd.mm.yyyy ({@link StatementOptions#dottedDates()}). */
        ALTERNATE_DATES,
        /** HDFC's other label wording ({@link StatementOptions#alternateLabels()}). */
        ALTERNATE_LABELS,
        /** HDFC's holder block on baselines of its own, the period line among it ({@link StatementOptions#offsetHolderBlock()}). */
        OFFSET_HOLDER_BLOCK,
        /** Amounts flush left under their titles ({@link StatementOptions#leftAlignedAmounts()}). */
        LEFT_ALIGNED_AMOUNTS,
        /** A browser print's column titles all on one line (else a title wraps onto a second line). */
        ONE_LINE_HEADER,
        /** A browser print's furniture as Firefox arranges it: title and address on top, page and print time below. */
        OTHER_BROWSER_FURNITURE,
        /** Amounts in Indian grouping ({@code 1,23,456.78}) where the layout's usual is western. */
        INDIAN_GROUPING
    }

    /** The identity fields a generic table layout prints. */
    public static final Set<IdentityField> GENERIC_IDENTITY = TreeSet.of(ACCOUNT_NUMBER, NAME, ADDRESS, IFSC, MICR, CUSTOMER_ID);
    private static final Set<IdentityField> HDFC_IDENTITY = TreeSet.of(ACCOUNT_NUMBER, NAME, ADDRESS, IFSC, MICR,
            CUSTOMER_ID, BRANCH, ACCOUNT_OPENING_DATE, OD_LIMIT, CURRENCY);
    private static final Set<Variant> HDFC_VARIANTS = TreeSet.of(Variant.ALTERNATE_LABELS, Variant.OFFSET_HOLDER_BLOCK,
            Variant.LEFT_ALIGNED_AMOUNTS);
    private static final List<BankFormat> OTHER_BANKS = List.of(BankFormat.SBI, BankFormat.ICICI, BankFormat.AXIS, BankFormat.KOTAK);

    /** HDFC netbanking, 638 x 842 pt, PDF 1.3, dd/mm/yy rows, narrations cut mid-word. */
    public static final Layout HDFC_LEGACY = new Layout("hdfc-legacy", List.of(BankFormat.HDFC), new HdfcLegacyDesign(),
            NarrationWrap.cut(28), true, true, HDFC_IDENTITY, References.ZERO_PADDED, HDFC_VARIANTS);
    /** HDFC newer, 786 x 982 pt, {@code Page N of M}, 0.00 placeholders, vertically centred narrations. */
    public static final Layout HDFC_NEWER = new Layout("hdfc-newer", List.of(BankFormat.HDFC), new HdfcNewerDesign(),
            NarrationWrap.cut(36), true, true, HDFC_IDENTITY, References.ZERO_PADDED, HDFC_VARIANTS);
    /**
     * A customer's browser print of HDFC's NetBanking statement page (A4, dates {@code 1 Jul 2022}, western
     * grouping, newest row first, browser furniture): prints no opening balance, no period and no summary.
     * Not among {@link #builtIn()}: properties drawing from that list keep their samples.
     */
    public static final Layout HDFC_NETBANKING_PRINT = new Layout("hdfc-netbanking-print", List.of(BankFormat.HDFC),
            new HdfcNetbankingPrintDesign(), NarrationWrap.words(HdfcNetbankingPrintDesign.NARRATION_WIDTH), true, false,
            TreeSet.of(ACCOUNT_NUMBER, BRANCH), References.ALL_BUT_INTEREST, TreeSet.of(Variant.ALTERNATE_DATES,
            Variant.ONE_LINE_HEADER, Variant.OTHER_BROWSER_FURNITURE, Variant.INDIAN_GROUPING), false, false);

    /** SBI-like: Txn Date | Value Date | Description | Ref No./Cheque No. | Debit | Credit | Balance. */
    public static final Layout GENERIC_DEBIT_CREDIT = of("generic-debit-credit", OTHER_BANKS, GenericDesigns.DEBIT_CREDIT);
    /** Axis/Kotak-like: one Amount column plus Dr/Cr, OPENING BALANCE and CLOSING BALANCE rows. */
    public static final Layout GENERIC_AMOUNT_DRCR = of("generic-amount-drcr",
            List.of(BankFormat.AXIS, BankFormat.KOTAK, BankFormat.SBI, BankFormat.ICICI), GenericDesigns.AMOUNT_DRCR);
    /** ICICI-like: S No. | Value Date | Transaction Date | Cheque Number | Transaction Remarks | ... */
    public static final Layout GENERIC_SERIAL_FIRST = of("generic-serial-first",
            List.of(BankFormat.ICICI, BankFormat.SBI, BankFormat.AXIS, BankFormat.KOTAK), GenericDesigns.SERIAL_FIRST);

    /** Titles centred or short of their cells and split mid-word; dd-Mon-yyyy; western grouping. */
    public static final Layout GENERIC_SPLIT_HEADERS = of("generic-split-headers", OTHER_BANKS, GenericDesigns.SPLIT_HEADERS);
    /** Rows aligned to the bottom, labels without colons, dd/mm/yy. */
    public static final Layout GENERIC_BOTTOM_ALIGNED = of("generic-bottom-aligned", OTHER_BANKS, GenericDesigns.BOTTOM_ALIGNED);
    /** Every cell centred on its row, d Mon yyyy wrapped before the year. */
    public static final Layout GENERIC_CELL_CENTRED = of("generic-cell-centred", OTHER_BANKS, GenericDesigns.CELL_CENTRED);
    /** Newest row first, ISO dates, one amount column signed with a minus. */
    public static final Layout GENERIC_NEWEST_FIRST = of("generic-newest-first", OTHER_BANKS, GenericDesigns.NEWEST_FIRST);
    /** One amount column plus a Dr/Cr type column, dd-Mon-yy wrapped. */
    public static final Layout GENERIC_AMOUNT_TYPE = of("generic-amount-type", OTHER_BANKS, GenericDesigns.AMOUNT_TYPE);
    /** Amounts and balances with a trailing Cr/Dr, labels without colons, dd/Mon/yyyy, western grouping. */
    public static final Layout GENERIC_MARKED_AMOUNTS = of("generic-marked-amounts", OTHER_BANKS, GenericDesigns.MARKED_AMOUNTS);
    /** A viewer print: a one-row summary table above the transactions, narrations copied in white into other cells. */
    public static final Layout GENERIC_VIEWER_PRINT = of("generic-viewer-print", OTHER_BANKS, GenericDesigns.VIEWER_PRINT);

    /** A layout printing its opening balance and period. */
    public Layout(String id, List<BankFormat> banks, LayoutDesign design, NarrationWrap wrap, boolean printsValueDate,
                  boolean printsSummary, Set<IdentityField> printedIdentity, References references, Set<Variant> variants) {
        this(id, banks, design, wrap, printsValueDate, printsSummary, printedIdentity, references, variants, true, true);
    }

    public Layout {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a layout needs an id");
        }
        if (banks.isEmpty()) {
            throw new IllegalArgumentException(id + ": a layout is drawn for at least one bank");
        }
    }

    /**
     * A layout drawn from a {@link TableDesign}: what it prints (value dates, references, variants,
     * the narration width) follows from the design's columns; identity as {@link #GENERIC_IDENTITY}.
     */
    public static Layout of(String id, List<BankFormat> banks, TableDesign design) {
        return new Layout(id, banks, design, NarrationWrap.words(design.narrationWidth()), design.printsValueDate(),
                false, GENERIC_IDENTITY, design.references(), design.variants());
    }

    /** The built-in layouts, HDFC's first, then the generic ones in {@link GenericDesigns}. */
    public static List<Layout> builtIn() {
        return List.of(HDFC_LEGACY, HDFC_NEWER, GENERIC_DEBIT_CREDIT, GENERIC_AMOUNT_DRCR, GENERIC_SERIAL_FIRST)
                .appendAll(realWorldTraits());
    }

    /** The generic layouts with the traits of real exports (issue 15), each passing the TCK with the generic parser. */
    public static List<Layout> realWorldTraits() {
        return List.of(GENERIC_SPLIT_HEADERS, GENERIC_BOTTOM_ALIGNED, GENERIC_CELL_CENTRED, GENERIC_NEWEST_FIRST,
                GENERIC_AMOUNT_TYPE, GENERIC_MARKED_AMOUNTS, GENERIC_VIEWER_PRINT);
    }

    /**
     * The built-in layout (or {@link #HDFC_NETBANKING_PRINT}) with this id, also written as its constant's name
     * ({@code HDFC_LEGACY}); JUnit converts {@code @ValueSource} and {@code @CsvSource} strings to layouts with it.
     */
    public static Layout builtIn(String id) {
        String wanted = id.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return builtIn().append(HDFC_NETBANKING_PRINT).find(l -> l.id().equals(wanted)).getOrElseThrow(() -> new IllegalArgumentException(
                "no built-in layout " + id + "; known: " + builtIn().map(Layout::id).mkString(", ")));
    }

    /** Bank ids, the first is the default. */
    public List<String> bankIds() {
        return banks.map(f -> f.bank().id());
    }

    public String defaultBank() {
        return banks.head().bank().id();
    }

    public boolean allows(Variant variant) {
        return variants.contains(variant);
    }

    @Override
    public String toString() {
        return id;
    }
}
