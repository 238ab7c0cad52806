package dev.passbook.redact;

import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.core.spi.ParsedStatement;
import dev.passbook.core.spi.StatementSummary;
import io.vavr.control.Option;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * New amounts and balances for a parsed statement, of any length.
 *
 * <p>Every row gets a new amount with the same number of whole digits (an amount below one stays below
 * one). The new balances are the old ones moved by a drift {@code D}: the opening balance's drift is
 * drawn (zero stays zero), and each row changes it by its own amount's change, {@code D_i = D_(i-1) +/-
 * (new_i - old_i)}. So each row's break ({@code printed - expected}, zero in a chain that holds) is kept:
 * a verified statement stays verified, an unverified one breaks at the same rows by the same sums.
 *
 * <p>A balance must stay on its side of zero, and zero must stay zero; that bounds {@code D} at every
 * row. The bounds are first carried backwards (at each row, the drifts from which the rest of the
 * statement can still be finished with amounts of the right width), then the amounts are drawn forwards
 * inside them, each near its old value and leaning against the drift so new balances stay near the old
 * ones. The forward pass never meets a dead end, so the chain does not give up on long statements: it
 * fails only when the bounds admit no chain at all. Worked in integer units of the finest decimal the rows
 * hold.
 *
 * <p>A new amount differs from the old one by a whole number of steps of the coarsest decimal every money
 * word prints (the unit), and so does the drift: every amount and balance keeps its digits below the unit.
 * A statement that prints each number in its shortest form ({@code 1234.5} for {@code 1234.50} beside
 * {@code 123.45}) has a unit of 0.1; a new amount of {@code 130.10} for {@code 123.45} would move the
 * balances by paise their one-decimal words cannot print, and the copy would break where they round.
 */
final class MoneyChain {

    private static final long INF = Long.MAX_VALUE / 4;
    /** How far a new amount may stray from the old one, before the bounds. */
    private static final double SPREAD = 0.4;

    final List<BigDecimal> amounts = new ArrayList<>();
    /** The new balance of each row, null where the row prints none. */
    final List<BigDecimal> balances = new ArrayList<>();
    /** Statement figures (old magnitude, two decimals) to their new magnitude. */
    final Map<BigDecimal, BigDecimal> figures = new HashMap<>();

    private final int scale;
    private final long step;
    private final Random random;
    private final Set<String> forbidden;

    private MoneyChain(int scale, long step, Random random, Set<String> forbidden) {
        this.scale = scale;
        this.step = step;
        this.random = random;
        this.forbidden = forbidden;
    }

    /**
     * @param unit      the coarsest step every money word prints (0.01, 0.1 or 1): new amounts and the
     *                  opening drift are multiples of it
     * @param forbidden digit strings of the original's amounts, which no new amount or balance may print
     */
    static Option<MoneyChain> generate(ParsedStatement s, BigDecimal unit, Random random, Set<String> forbidden) {
        List<Transaction> rows = s.transactions().toJavaList();
        Option<BigDecimal> opening = s.openingBalance().orElse(s.summary().map(StatementSummary::openingBalance));
        int scale = Math.max(2, unit.scale());
        for (Transaction t : rows) {
            scale = Math.max(scale, t.amount().stripTrailingZeros().scale());
            if (t.balance().isDefined()) {
                scale = Math.max(scale, t.balance().get().stripTrailingZeros().scale());
            }
        }
        long step = unit.movePointRight(scale).longValueExact();
        MoneyChain c = new MoneyChain(scale, step, random, forbidden);
        return c.build(s, rows, opening) ? Option.some(c) : Option.none();
    }

    private boolean build(ParsedStatement s, List<Transaction> rows, Option<BigDecimal> opening) {
        int n = rows.size();
        long[] old = new long[n];
        long[] sign = new long[n];
        long[][] width = new long[n][];
        for (int i = 0; i < n; i++) {
            Transaction t = rows.get(i);
            old[i] = units(t.amount());
            sign[i] = t.type() == TransactionType.CREDIT ? 1 : -1;
            width[i] = sameWidth(t.amount());
        }
        // the row from which the drift is known: the opening (-1), else the first row printing a balance
        int start = -1;
        if (opening.isEmpty()) {
            start = n;
            for (int i = 0; i < n && start == n; i++) {
                if (rows.get(i).balance().isDefined()) {
                    start = i;
                }
            }
        }
        // backwards: feasible drift after each row
        long[] lo = new long[n];
        long[] hi = new long[n];
        for (int i = n - 1; i >= Math.max(start, 0); i--) {
            long[] f = rows.get(i).balance().map(this::sideOf).getOrElse(new long[]{-INF, INF});
            if (i == n - 1) {
                f = intersect(f, endBounds(s));
            } else {
                f = intersect(f, new long[]{lo[i + 1] - deltaHi(i + 1, old, sign, width), hi[i + 1] - deltaLo(i + 1, old, sign, width)});
            }
            // the drift is a whole number of steps
            f = f == null ? null : intersect(f, new long[]{roundUp(f[0], 0), roundDown(f[1], 0)});
            if (f == null) {
                return false;
            }
            lo[i] = f[0];
            hi[i] = f[1];
        }
        // the first drift, drawn near a fraction of the value it moves (zero stays zero)
        long drift;
        BigDecimal anchor;
        long[] first;
        if (start == -1) {
            anchor = opening.get();
            first = sideOf(anchor);
            first = intersect(first, s.summary().map(sum -> sideOf(sum.openingBalance())).getOrElse(new long[]{-INF, INF}));
            if (first != null && n > 0) {
                first = intersect(first, new long[]{lo[0] - deltaHi(0, old, sign, width), hi[0] - deltaLo(0, old, sign, width)});
            } else if (first != null) {
                first = intersect(first, endBounds(s));
            }
        } else if (start < n) {
            anchor = rows.get(start).balance().get();
            first = new long[]{lo[start], hi[start]};
        } else {
            anchor = null;
            first = null;
        }
        Long running = null;
        if (anchor != null) {
            if (first == null) {
                return false;
            }
            double fraction = (0.1 + 0.3 * random.nextDouble()) * (random.nextBoolean() ? 1 : -1);
            Long d = pick(first, Math.round(units(anchor.abs()) * fraction), anchor);
            if (d == null) {
                return false;
            }
            running = d;
        }
        long openingDrift = start == -1 && running != null ? running : 0;
        for (int i = 0; i < n; i++) {
            Transaction t = rows.get(i);
            long amount;
            if (running == null || i <= start) {
                // before the drift is known, or the row that anchors it: the amount is free
                amount = drawAmount(i, old, width, new long[]{width[i][0], width[i][1]}, 0);
            } else {
                long d = running;
                // D_i = d + sign (a' - a) must lie in [lo, hi]
                long[] range = sign[i] > 0 ? new long[]{old[i] + lo[i] - d, old[i] + hi[i] - d}
                        : new long[]{old[i] - (hi[i] - d), old[i] - (lo[i] - d)};
                range = intersect(range, width[i]);
                if (range == null) {
                    return false;
                }
                amount = drawAmount(i, old, width, range, sign[i] * d);
                running = d + sign[i] * (amount - old[i]);
                // another amount in the range where this one makes the balance print an original figure
                for (int attempt = 0; attempt < 20 && t.balance().isDefined() && forbiddenPrint(t.balance().get(), running); attempt++) {
                    amount = drawAmount(i, old, width, range, sign[i] * d);
                    running = d + sign[i] * (amount - old[i]);
                }
            }
            amounts.add(money(amount));
            balances.add(t.balance().isDefined() && running != null ? t.balance().get().add(money(running)) : null);
        }
        if (opening.isDefined()) {
            figure(opening.get(), opening.get().add(money(openingDrift)));
        }
        if (running != null) {
            BigDecimal last = money(running);
            s.closingBalance().forEach(cl -> figure(cl, cl.add(last)));
            s.summary().forEach(sum -> {
                figure(sum.openingBalance(), sum.openingBalance().add(money(openingDrift)));
                figure(sum.closingBalance(), sum.closingBalance().add(last));
            });
        }
        totals(s);
        return figures.values().stream().allMatch(f -> f.signum() >= 0);
    }

    /** The drifts that keep {@code balance} on its side of zero (zero: only no drift), in steps of the scale. */
    private long[] sideOf(BigDecimal balance) {
        long b = units(balance);
        int side = balance.signum();
        return side > 0 ? new long[]{step - b, INF} : side < 0 ? new long[]{-INF, -step - b} : new long[]{0, 0};
    }

    /** The closing balance and the summary's closing figure keep their side of zero too. */
    private long[] endBounds(ParsedStatement s) {
        long[] f = s.closingBalance().map(this::sideOf).getOrElse(new long[]{-INF, INF});
        if (s.summary().isDefined()) {
            f = intersect(f, sideOf(s.summary().get().closingBalance()));
        }
        return f;
    }

    /**
     * New amounts of the old one's width ({@code [10^(d-1), 10^d)}, or above zero and below one when the old
     * one is), whole steps away from it.
     */
    private long[] sameWidth(BigDecimal old) {
        if (old.signum() == 0) {
            return new long[]{0, 0};
        }
        long one = BigDecimal.ONE.movePointRight(scale).longValueExact();
        long a = units(old);
        if (a < one) {
            long[] r = {roundUp(1, a), roundDown(one - 1, a)};
            return r[0] <= r[1] ? r : new long[]{a, a};
        }
        int digits = old.setScale(0, RoundingMode.DOWN).toPlainString().length();
        long min = BigDecimal.TEN.pow(digits - 1).movePointRight(scale).longValueExact();
        long max = BigDecimal.TEN.pow(digits).movePointRight(scale).longValueExact() - 1;
        return new long[]{roundUp(min, a), roundDown(max, a)};
    }

    private static long deltaLo(int i, long[] old, long[] sign, long[][] width) {
        return sign[i] > 0 ? width[i][0] - old[i] : old[i] - width[i][1];
    }

    private static long deltaHi(int i, long[] old, long[] sign, long[][] width) {
        return sign[i] > 0 ? width[i][1] - old[i] : old[i] - width[i][0];
    }

    /**
     * A new amount for row {@code i} inside {@code range}, whole steps away from the old one: near it, moved
     * against the drift ({@code against}: half of it is taken back where the range allows), never the old
     * amount when another fits, and not one printing an original figure when another fits.
     */
    private long drawAmount(int i, long[] old, long[][] width, long[] range, long against) {
        long lo = roundUp(Math.max(range[0], width[i][0]), old[i]);
        long hi = roundDown(Math.min(range[1], width[i][1]), old[i]);
        if (lo > hi) {
            // no value whole steps away in the range (cannot happen: the bounds are whole steps from the old amount)
            return Math.max(range[0], width[i][0]);
        }
        double factor = 1 - SPREAD + 2 * SPREAD * random.nextDouble();
        long target = Math.round(old[i] * factor) - against / 2;
        long value = Math.max(lo, roundDown(Math.min(hi, target), old[i]));
        for (int attempt = 0; attempt < 20 && (value == old[i] && lo < hi || forbiddenPrint(value)); attempt++) {
            value = lo + roundDown((long) (random.nextDouble() * (hi - lo + 1)), 0);
            value = Math.min(hi, Math.max(lo, value));
        }
        return value;
    }

    /** A value in {@code range} near {@code target}, a multiple of the step, that does not make {@code base} print an original figure. */
    private Long pick(long[] range, long target, BigDecimal base) {
        long lo = roundUp(range[0], 0);
        long hi = roundDown(range[1], 0);
        if (lo > hi) {
            return null;
        }
        long value = Math.max(lo, Math.min(hi, roundDown(target, 0)));
        for (int attempt = 0; attempt < 20 && lo < hi && (value == 0 && base.signum() != 0 || forbiddenPrint(base, value)); attempt++) {
            long span = Math.min(hi - lo, Math.max(step, Math.abs(target)) * 2);
            value = Math.max(lo, Math.min(hi, roundDown(Math.max(lo, target - span / 2) + (long) (random.nextDouble() * span), 0)));
        }
        return value;
    }

    private boolean forbiddenPrint(long amount) {
        return forbidden.contains(MoneyText.digits(money(amount).abs().toPlainString()));
    }

    private boolean forbiddenPrint(BigDecimal base, long drift) {
        return forbidden.contains(MoneyText.digits(base.add(money(drift)).abs().toPlainString()));
    }

    /** A balance-like statement figure: the old value's magnitude maps to the new value's, on the same side of zero. */
    private void figure(BigDecimal old, BigDecimal now) {
        boolean sameSide = old.signum() == 0 ? now.signum() == 0 : old.signum() == now.signum();
        figures.putIfAbsent(MoneyPlan.key(old.abs()), sameSide ? now.abs() : BigDecimal.ONE.negate());
    }

    /**
     * Debit and credit totals (printed in a summary or a total row), their disagreement with the rows kept.
     * Added up as a summary adds its columns: a reversal (a minus under the other direction's column) counts
     * in that column, negative, as {@code Reconciliation} reads it.
     */
    private void totals(ParsedStatement s) {
        java.util.Set<Integer> reversed = s.notes().reversals().toJavaSet();
        BigDecimal[] old = {BigDecimal.ZERO, BigDecimal.ZERO};
        BigDecimal[] now = {BigDecimal.ZERO, BigDecimal.ZERO};
        for (int i = 0; i < s.transactions().size(); i++) {
            Transaction t = s.transactions().get(i);
            boolean reversal = reversed.contains(i);
            int column = (t.type() == TransactionType.CREDIT) != reversal ? 1 : 0;
            old[column] = old[column].add(reversal ? t.amount().negate() : t.amount());
            now[column] = now[column].add(reversal ? amounts.get(i).negate() : amounts.get(i));
        }
        BigDecimal printedDebits = s.summary().map(StatementSummary::debits).getOrElse(old[0]);
        BigDecimal printedCredits = s.summary().map(StatementSummary::credits).getOrElse(old[1]);
        figures.putIfAbsent(MoneyPlan.key(printedDebits), now[0].add(printedDebits.subtract(old[0])).abs());
        figures.putIfAbsent(MoneyPlan.key(printedCredits), now[1].add(printedCredits.subtract(old[1])).abs());
    }

    private long units(BigDecimal value) {
        return value.movePointRight(scale).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private BigDecimal money(long units) {
        return BigDecimal.valueOf(units, scale);
    }

    /** The least value whole steps away from {@code base} that is not below {@code v}. */
    private long roundUp(long v, long base) {
        return base + Math.floorDiv(v - base + step - 1, step) * step;
    }

    /** The greatest value whole steps away from {@code base} that is not above {@code v}. */
    private long roundDown(long v, long base) {
        return base + Math.floorDiv(v - base, step) * step;
    }

    private static long[] intersect(long[] a, long[] b) {
        if (a == null || b == null) {
            return null;
        }
        long lo = Math.max(a[0], b[0]);
        long hi = Math.min(a[1], b[1]);
        return lo > hi ? null : new long[]{Math.max(lo, -INF), Math.min(hi, INF)};
    }
}
