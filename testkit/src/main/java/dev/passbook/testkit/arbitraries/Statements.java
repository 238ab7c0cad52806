package dev.passbook.testkit.arbitraries;

import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Identity;
import dev.passbook.core.domain.Money;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.Layout;
import dev.passbook.testkit.StatementOptions;
import io.vavr.collection.List;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Whole synthetic statements, the entry point of the arbitraries. Every statement is consistent
 * (balances follow from the opening balance and the rows; the summary agrees); overdraft ones go
 * negative. Notes and references are shaped for the layout, so the result is exactly what the
 * renderer prints.
 *
 * <pre>{@code
 * @Property(tries = 20)
 * void parsesLegacy(@ForAll("legacy") GeneratedStatement s) { ... }
 * @Provide Arbitrary<GeneratedStatement> legacy() { return Statements.hdfcLegacy(); }
 * }</pre>
 */
public final class Statements {

    private Statements() {
    }

    public static Arbitrary<GeneratedStatement> hdfcLegacy() {
        return forLayout(Layout.HDFC_LEGACY);
    }

    public static Arbitrary<GeneratedStatement> hdfcNewer() {
        return forLayout(Layout.HDFC_NEWER);
    }

    public static Arbitrary<GeneratedStatement> genericDebitCredit() {
        return forLayout(Layout.GENERIC_DEBIT_CREDIT);
    }

    public static Arbitrary<GeneratedStatement> genericAmountDrCr() {
        return forLayout(Layout.GENERIC_AMOUNT_DRCR);
    }

    public static Arbitrary<GeneratedStatement> genericSerialFirst() {
        return forLayout(Layout.GENERIC_SERIAL_FIRST);
    }

    /** Statements in {@code layout} for any bank the layout is drawn for. */
    public static Arbitrary<GeneratedStatement> forLayout(Layout layout) {
        return forLayout(layout, StatementShape.defaults());
    }

    public static Arbitrary<GeneratedStatement> forLayout(Layout layout, StatementShape shape) {
        return Arbitraries.of(layout.bankIds().asJava()).flatMap(bank -> forLayout(layout, bank, shape));
    }

    /** Statements in {@code layout} of one of the banks it is drawn for. */
    public static Arbitrary<GeneratedStatement> forLayout(Layout layout, String bankId, StatementShape shape) {
        BankFormat format = layout.banks().find(f -> f.bank().id().equals(bankId)).getOrElseThrow(() ->
                new IllegalArgumentException(layout + " is not drawn for bank " + bankId + "; use one of " + layout.bankIds()));
        Arbitrary<BigDecimal> interestAmount = Arbitraries.bigDecimals()
                .between(new BigDecimal("1"), new BigDecimal("5000")).ofScale(2);
        return chance(shape.overdraftShare()).flatMap(od -> Combinators.combine(Identities.forBank(format, od),
                        Periods.any(), chance(shape.interestShare()), Arbitraries.integers().between(0, variantBits(layout)),
                        Arbitraries.integers().between(1, 30 * 24 * 60), opening(od),
                        Arbitraries.integers().between(0, 10_000), interestAmount)
                .flatAs((identity, period, interest, variant, minutesAfter, base, pivot, interestPaid) ->
                        drafts(period, shape).map(drafts -> build(layout, format, identity, period,
                                interest ? withInterest(drafts, period, interestPaid) : drafts,
                                options(layout, od, variant, period.to().plusDays(1).atStartOfDay().plusMinutes(minutesAfter)),
                                base, pivot))));
    }

    /** The variants without a flag of their own in {@link StatementOptions}, each on its own bit from 32 up. */
    private static final List<Layout.Variant> MORE_VARIANTS = List.of(Layout.Variant.ONE_LINE_HEADER,
            Layout.Variant.OTHER_BROWSER_FURNITURE, Layout.Variant.INDIAN_GROUPING);

    /**
     * The highest variant number: eight bits for a layout with one of {@link #MORE_VARIANTS}, five for a layout with
     * HDFC's geometry variants, else three, so the other layouts draw exactly the statements (and seeds replay the
     * samples) they drew before those existed.
     */
    static int variantBits(Layout layout) {
        if (MORE_VARIANTS.exists(layout::allows)) {
            return (32 << MORE_VARIANTS.size()) - 1;
        }
        return layout.allows(Layout.Variant.OFFSET_HOLDER_BLOCK) || layout.allows(Layout.Variant.LEFT_ALIGNED_AMOUNTS) ? 31 : 7;
    }

    /** Printing variants that apply to the layout, picked from the bits of {@code variant}. */
    static StatementOptions options(Layout layout, boolean overdraft, int variant, java.time.LocalDateTime generatedOn) {
        return new StatementOptions(overdraft, (variant & 1) != 0 && layout.allows(Layout.Variant.BALANCE_MARKERS),
                (variant & 2) != 0 && layout.allows(Layout.Variant.ALTERNATE_DATES),
                (variant & 4) != 0 && layout.allows(Layout.Variant.ALTERNATE_LABELS), generatedOn, Option.none(),
                (variant & 8) != 0 && layout.allows(Layout.Variant.OFFSET_HOLDER_BLOCK),
                (variant & 16) != 0 && layout.allows(Layout.Variant.LEFT_ALIGNED_AMOUNTS),
                io.vavr.collection.TreeSet.ofAll(MORE_VARIANTS.zipWithIndex()
                        .filter(v -> (variant & (32 << v._2)) != 0 && layout.allows(v._1)).map(v -> v._1)));
    }

    /** True with probability {@code share}. */
    static Arbitrary<Boolean> chance(double share) {
        if (share <= 0) {
            return Arbitraries.just(false);
        }
        if (share >= 1) {
            return Arbitraries.just(true);
        }
        int w = (int) Math.round(share * 1000);
        return Arbitraries.frequency(Tuple.of(Math.max(1, w), true), Tuple.of(Math.max(1, 1000 - w), false));
    }

    /** Rows of mixed kinds, the common ones (UPI, POS) most often. */
    public static Arbitrary<java.util.List<Draft>> drafts(DateRange period, StatementShape shape) {
        Arbitrary<Integer> day = Periods.dayOffset(period);
        Arbitrary<Draft> row = Arbitraries.frequencyOf(
                Tuple.of(10, Narrations.draft(TransactionKind.UPI, day)),
                Tuple.of(3, Narrations.draft(TransactionKind.IMPS, day)),
                Tuple.of(3, Narrations.draft(TransactionKind.NEFT_CR, day)),
                Tuple.of(2, Narrations.draft(TransactionKind.NEFT_DR, day)),
                Tuple.of(1, Narrations.draft(TransactionKind.RTGS_CR, day)),
                Tuple.of(1, Narrations.draft(TransactionKind.RTGS_DR, day)),
                Tuple.of(3, Narrations.draft(TransactionKind.ATM, day)),
                Tuple.of(4, Narrations.draft(TransactionKind.POS, day)),
                Tuple.of(2, Narrations.draft(TransactionKind.ACH, day)),
                Tuple.of(1, Narrations.draft(TransactionKind.CHEQUE_DEPOSIT, day)),
                Tuple.of(1, Narrations.draft(TransactionKind.CHEQUE_PAID, day)));
        return row.list().ofMinSize(shape.minRows()).ofMaxSize(shape.maxRows());
    }

    /**
     * Builds the statement: rows ordered by date, placed in the layout, and an opening balance that
     * keeps every balance non-negative ({@code base} above the lowest point) or, for an overdraft,
     * puts one row {@code base} below zero.
     */
    static GeneratedStatement build(Layout layout, BankFormat format, Identity identity, DateRange period,
                                    java.util.List<Draft> drafts, StatementOptions options, BigDecimal base, int pivot) {
        List<Draft> ordered = List.ofAll(drafts).zipWithIndex()
                .sortBy(t -> t._1.dayOffset() * 10_000L + (t._1.kind() == TransactionKind.INTEREST ? 0 : 1 + t._2))
                .map(t -> t._1);
        List<Transaction> rows = ordered.map(d -> place(layout, period, d));
        List<BigDecimal> prefix = rows.scanLeft(Money.ZERO, (acc, t) -> acc.add(t.signedAmount())).tail();
        BigDecimal opening;
        if (options.overdraft()) {
            opening = prefix.get(pivot % prefix.size()).negate().subtract(base);
        } else {
            BigDecimal lowest = prefix.min().get().min(Money.ZERO);
            opening = lowest.negate().add(base);
        }
        return GeneratedStatement.consistent(layout, format.bank(), identity, period, Money.of(opening), rows, options);
    }

    static Transaction place(Layout layout, DateRange period, Draft d) {
        LocalDate date = period.from().plusDays(d.dayOffset());
        Option<LocalDate> valueDate = layout.printsValueDate() ? Option.some(date.plusDays(d.valueLag())) : Option.none();
        return new Transaction(date, valueDate, layout.wrap().fit(d.narration()), reference(layout, d), d.type(),
                d.amount(), Option.none());
    }

    /** What the layout prints in its reference column, if it has one for this row. */
    static Option<String> reference(Layout layout, Draft d) {
        return switch (layout.references()) {
            case NONE -> Option.none();
            case ZERO_PADDED -> Option.some(hdfcReference(d));
            case ALL_BUT_INTEREST -> d.kind() == TransactionKind.INTEREST ? Option.none() : Option.some(d.reference());
            case CHEQUES_ONLY -> d.chequeNumber();
        };
    }

    /** Zero-padded to 16 characters (15 for ATM and interest rows); RTGS UTRs stay at 22. */
    static String hdfcReference(Draft d) {
        int width = d.kind() == TransactionKind.ATM || d.kind() == TransactionKind.INTEREST ? 15 : 16;
        String core = d.kind() == TransactionKind.INTEREST ? "" : d.reference();
        return core.length() >= width ? core : "0".repeat(width - core.length()) + core;
    }

    /** A credit of month-end interest on each 1st of the month inside the period. */
    static java.util.List<Draft> withInterest(java.util.List<Draft> drafts, DateRange period, BigDecimal amount) {
        java.util.List<Draft> out = new java.util.ArrayList<>(drafts);
        int n = Periods.days(period);
        for (int i = 0; i < n; i++) {
            LocalDate day = period.from().plusDays(i);
            if (day.getDayOfMonth() == 1) {
                out.add(new Draft(TransactionKind.INTEREST, TransactionType.CREDIT, amount, Narrations.interest(day), "0",
                        Option.none(), i, 0));
            }
        }
        return out;
    }

    /** Balance cushion: mostly modest, sometimes above ten lakh so western and Indian grouping differ. */
    static Arbitrary<BigDecimal> opening(boolean overdraft) {
        if (overdraft) {
            return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("200000")).ofScale(2);
        }
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Money.ZERO)),
                Tuple.of(4, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("50000")).ofScale(2)),
                Tuple.of(3, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("500000")).ofScale(2)),
                Tuple.of(2, Arbitraries.bigDecimals().between(new BigDecimal("1000000"), new BigDecimal("12000000")).ofScale(2)));
    }

}
