package dev.passbook.redact;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Word;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.core.spi.ParsedStatement;
import dev.passbook.core.spi.StatementSummary;
import dev.passbook.core.spi.support.Amounts;
import io.vavr.control.Option;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * New money for a statement. Each row's amount and balance word is found on the page the parser read the
 * row from; the rows get new amounts of the same number of digits and a new opening balance, and every
 * balance is recomputed from them with the row's original break kept ({@code printed - expected}, zero in
 * a chain that holds). A verified statement therefore stays verified, and an unverified one breaks at the
 * same rows by the same sums. The closing balance and the summary figures are rewritten the same way (their
 * disagreement with the rows kept). Balances keep their sign. Amount words that belong to no row and to no
 * statement figure are scrambled digit by digit; zeros stay (an empty cell).
 */
final class MoneyPlan {

    /** What happened to the money words, and the new text of each. */
    record Result(Map<WordRef, String> texts, int rowsLocated, int rowsNotLocated, int figures, int scrambled,
                  boolean regenerated) {
    }

    private static final double[] SPREADS = {0.4, 0.2, 0.1};

    private final Document doc;
    private final Random random;
    private final Inventor inventor;
    private final Set<String> forbidden;
    private final Amounts.Grouping grouping;

    MoneyPlan(Document doc, Random random, Inventor inventor, Set<String> forbidden) {
        this.doc = doc;
        this.random = random;
        this.inventor = inventor;
        this.forbidden = forbidden;
        this.grouping = documentGrouping(doc);
    }

    Result plan(Option<ParsedStatement> parsed) {
        Map<WordRef, String> texts = new TreeMap<>();
        int located = 0;
        int notLocated = 0;
        int figures = 0;
        boolean regenerated = false;
        Map<BigDecimal, BigDecimal> byValue = new HashMap<>();
        if (parsed.isDefined()) {
            ParsedStatement s = parsed.get();
            List<RowWords> rows = locate(s);
            located = (int) rows.stream().filter(RowWords::found).count();
            notLocated = rows.size() - located;
            Option<Chain> chain = Option.none();
            for (double spread : SPREADS) {
                for (int attempt = 0; attempt < 3 && chain.isEmpty(); attempt++) {
                    chain = Chain.generate(s, unit(rows), spread, random, forbidden).filter(c -> !collides(c, rows));
                }
            }
            if (chain.isDefined()) {
                regenerated = true;
                Chain c = chain.get();
                for (int i = 0; i < rows.size(); i++) {
                    RowWords r = rows.get(i);
                    Transaction t = s.transactions().get(i);
                    if (r.amount != null) {
                        texts.put(r.amount, MoneyText.replace(text(r.amount), c.amounts.get(i), grouping));
                        byValue.putIfAbsent(key(t.amount()), c.amounts.get(i));
                    }
                    if (r.balance != null) {
                        texts.put(r.balance, MoneyText.replace(text(r.balance), c.balances.get(i).abs(), grouping));
                        byValue.put(key(t.balance().get().abs()), c.balances.get(i).abs());
                    }
                }
                // statement figures win over row values of the same size
                byValue.putAll(c.figures);
            }
        }
        int scrambled = 0;
        for (int p = 0; p < doc.pages().size(); p++) {
            List<Line> lines = doc.pages().get(p).lines().toJavaList();
            for (int l = 0; l < lines.size(); l++) {
                List<Word> words = lines.get(l).words().toJavaList();
                for (int w = 0; w < words.size(); w++) {
                    WordRef ref = new WordRef(p, l, w);
                    String printed = words.get(w).text();
                    if (texts.containsKey(ref) || !MoneyText.moneyLike(printed)) {
                        continue;
                    }
                    BigDecimal magnitude = Amounts.parse(printed).get().magnitude();
                    if (magnitude.signum() == 0) {
                        continue; // 0.00 is an empty cell, not a figure
                    }
                    BigDecimal replacement = byValue.get(key(magnitude));
                    if (replacement != null) {
                        texts.put(ref, MoneyText.replace(printed, replacement, grouping));
                        figures++;
                    } else {
                        texts.put(ref, scrambled(printed));
                        scrambled++;
                    }
                }
            }
        }
        return new Result(texts, located, notLocated, figures, scrambled, regenerated);
    }

    private String scrambled(String printed) {
        for (int attempt = 0; ; attempt++) {
            String s = inventor.scramble(printed);
            if (!forbidden.contains(MoneyText.digits(s)) || attempt > 20) {
                return s;
            }
        }
    }

    private String text(WordRef ref) {
        return doc.pages().get(ref.page()).lines().get(ref.line()).words().get(ref.word()).text();
    }

    /** True when a new amount or balance prints the digits of an original one. */
    private boolean collides(Chain c, List<RowWords> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (forbidden.contains(MoneyText.digits(c.amounts.get(i).abs().toPlainString()))
                    || c.balances.get(i) != null && forbidden.contains(MoneyText.digits(c.balances.get(i).abs().toPlainString()))) {
                return true;
            }
        }
        return false;
    }

    /** The coarsest step every located money word can print: 0.01, 0.1 or 1. */
    private BigDecimal unit(List<RowWords> rows) {
        int decimals = 2;
        for (RowWords r : rows) {
            if (r.amount != null) {
                decimals = Math.min(decimals, MoneyText.decimals(text(r.amount)));
            }
            if (r.balance != null) {
                decimals = Math.min(decimals, MoneyText.decimals(text(r.balance)));
            }
        }
        return BigDecimal.ONE.movePointLeft(decimals);
    }

    /** The words of one row: its amount and its balance (null when not found or not printed). */
    private record RowWords(WordRef amount, WordRef balance, boolean found) {
    }

    /**
     * For each transaction, the line on its page (anywhere, when the parser did not say) that prints both
     * its amount and its balance in words not taken by another row. Rows printed alike (same amount, same
     * balance) are told apart the way a reader would: the rows that have one possible line show the
     * print order (oldest or newest first) and where each direction's amounts stand (a debit and a credit
     * column); the others take, among their possible lines, one in their direction's column, and then the
     * next one in print order.
     */
    private List<RowWords> locate(ParsedStatement s) {
        int n = s.transactions().size();
        List<List<RowWords>> candidates = new ArrayList<>();
        java.util.Set<WordRef> none = java.util.Set.of();
        for (int i = 0; i < n; i++) {
            Transaction t = s.transactions().get(i);
            int page = s.notes().pageOf(i);
            List<RowWords> found = new ArrayList<>();
            for (int p = 0; p < doc.pages().size(); p++) {
                if (page > 0 && page <= doc.pages().size() && p != page - 1) {
                    continue;
                }
                for (int l = 0; l < doc.pages().get(p).lines().size(); l++) {
                    RowWords r = match(p, l, t, none);
                    if (r != null) {
                        found.add(r);
                    }
                }
            }
            candidates.add(found);
        }
        // what the rows with a single possible line say about order and columns
        int forward = 0;
        int backward = 0;
        long previous = -1;
        Map<TransactionType, double[]> columns = new HashMap<>(); // sum of x, count
        for (int i = 0; i < n; i++) {
            if (candidates.get(i).size() != 1) {
                continue;
            }
            RowWords r = candidates.get(i).get(0);
            long at = position(r);
            if (previous >= 0 && at != previous) {
                if (at > previous) {
                    forward++;
                } else {
                    backward++;
                }
            }
            previous = at;
            if (r.amount != null) {
                double[] c = columns.computeIfAbsent(s.transactions().get(i).type(), k -> new double[2]);
                c[0] += word(r.amount).centerX();
                c[1]++;
            }
        }
        boolean newestFirst = backward > forward;
        double debitX = mean(columns.get(TransactionType.DEBIT));
        double creditX = mean(columns.get(TransactionType.CREDIT));
        boolean twoColumns = !Double.isNaN(debitX) && !Double.isNaN(creditX) && Math.abs(debitX - creditX) > 5;

        RowWords[] out = new RowWords[n];
        java.util.Set<WordRef> taken = new java.util.HashSet<>();
        long cursor = newestFirst ? Long.MAX_VALUE : -1;
        for (int k = 0; k < n; k++) {
            int i = newestFirst ? n - 1 - k : k;
            Transaction t = s.transactions().get(i);
            RowWords best = null;
            long bestScore = Long.MAX_VALUE;
            for (RowWords r : candidates.get(i)) {
                if (r.amount != null && taken.contains(r.amount) || r.balance != null && taken.contains(r.balance)) {
                    continue;
                }
                long at = position(r);
                // lines after the cursor in print order first, then the rest (wrapping round)
                long distance = newestFirst ? (at < cursor ? cursor - at : Long.MAX_VALUE / 4 + at)
                        : (at > cursor ? at - cursor : Long.MAX_VALUE / 4 - at);
                boolean inColumn = !twoColumns || r.amount == null
                        || Math.abs(word(r.amount).centerX() - (t.type() == TransactionType.DEBIT ? debitX : creditX))
                        <= Math.abs(word(r.amount).centerX() - (t.type() == TransactionType.DEBIT ? creditX : debitX));
                long score = (inColumn ? 0 : Long.MAX_VALUE / 2) + distance;
                if (score < bestScore) {
                    bestScore = score;
                    best = r;
                }
            }
            if (best == null) {
                out[i] = new RowWords(null, null, false);
            } else {
                if (best.amount != null) {
                    taken.add(best.amount);
                }
                if (best.balance != null) {
                    taken.add(best.balance);
                }
                cursor = position(best);
                out[i] = best;
            }
        }
        return java.util.Arrays.asList(out);
    }

    private static long position(RowWords r) {
        WordRef w = r.balance != null ? r.balance : r.amount;
        return (long) w.page() * 1_000_000L + w.line();
    }

    private Word word(WordRef ref) {
        return doc.pages().get(ref.page()).lines().get(ref.line()).words().get(ref.word());
    }

    private static double mean(double[] sumAndCount) {
        return sumAndCount == null || sumAndCount[1] == 0 ? Double.NaN : sumAndCount[0] / sumAndCount[1];
    }

    private RowWords match(int page, int lineIndex, Transaction t, java.util.Set<WordRef> taken) {
        List<Word> words = doc.pages().get(page).lines().get(lineIndex).words().toJavaList();
        WordRef balance = null;
        if (t.balance().isDefined()) {
            for (int w = words.size() - 1; w >= 0 && balance == null; w--) {
                WordRef ref = new WordRef(page, lineIndex, w);
                if (!taken.contains(ref) && magnitudeIs(words.get(w).text(), t.balance().get().abs())) {
                    balance = ref;
                }
            }
            if (balance == null) {
                return null;
            }
        }
        if (t.amount().signum() == 0) {
            return new RowWords(null, balance, true);
        }
        for (int w = words.size() - 1; w >= 0; w--) {
            WordRef ref = new WordRef(page, lineIndex, w);
            if (!ref.equals(balance) && !taken.contains(ref) && magnitudeIs(words.get(w).text(), t.amount())
                    && (balance == null || w < balance.word())) {
                return new RowWords(ref, balance, true);
            }
        }
        return null;
    }

    static BigDecimal key(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static boolean magnitudeIs(String text, BigDecimal value) {
        Option<Amounts.Amount> a = Amounts.parse(text);
        return a.isDefined() && a.get().magnitude().compareTo(value) == 0;
    }

    private static Amounts.Grouping documentGrouping(Document doc) {
        int indian = 0;
        int western = 0;
        for (var page : doc.pages()) {
            for (var line : page.lines()) {
                for (var word : line.words()) {
                    Amounts.Grouping g = MoneyText.shownGrouping(word.text());
                    if (g == Amounts.Grouping.INDIAN) {
                        indian++;
                    } else if (g == Amounts.Grouping.WESTERN) {
                        western++;
                    }
                }
            }
        }
        return western > indian ? Amounts.Grouping.WESTERN : Amounts.Grouping.INDIAN;
    }

    /**
     * New amounts and balances, row by row. The new opening balance (or, when none is printed, the first
     * printed balance) is near the old one, zero when it was zero; each row's new amount is near its old
     * one, of the same number of digits where the balance allows, and otherwise the nearest amount that
     * keeps the new balance on the old balance's side of zero.
     */
    private static final class Chain {
        final List<BigDecimal> amounts = new ArrayList<>();
        final List<BigDecimal> balances = new ArrayList<>();
        final Map<BigDecimal, BigDecimal> figures = new HashMap<>();

        static Option<Chain> generate(ParsedStatement s, BigDecimal unit, double spread, Random random, Set<String> forbidden) {
            Option<BigDecimal> opening = s.openingBalance().orElse(s.summary().map(StatementSummary::openingBalance));
            Chain c = new Chain();
            BigDecimal oldRunning = opening.getOrNull();
            BigDecimal newRunning = opening.map(o -> anchor(o, unit, spread, random)).getOrNull();
            BigDecimal newOpening = newRunning;
            for (Transaction t : s.transactions()) {
                boolean credit = t.type() == TransactionType.CREDIT;
                if (t.balance().isDefined() && oldRunning == null) {
                    newRunning = anchor(t.balance().get(), unit, spread, random);
                    oldRunning = t.balance().get();
                    c.balances.add(newRunning);
                    c.amounts.add(near(t.amount(), unit, spread, random, true));
                    continue;
                }
                // new balance = base ± amount; a drawn amount that prints an original figure is drawn again
                BigDecimal error = t.balance().isDefined() ? t.balance().get().subtract(oldRunning.add(t.signedAmount()))
                        : BigDecimal.ZERO;
                BigDecimal base = oldRunning == null ? null : newRunning.add(error);
                BigDecimal[] bounds = base == null || t.balance().isEmpty() ? new BigDecimal[]{BigDecimal.ZERO, null}
                        : bounds(t, base, unit);
                if (bounds == null) {
                    return Option.none();
                }
                BigDecimal amount = null;
                BigDecimal balance = null;
                for (int attempt = 0; attempt < 20; attempt++) {
                    amount = near(t.amount(), unit, spread, random, true).max(bounds[0]);
                    if (bounds[1] != null) {
                        amount = amount.min(bounds[1]);
                    }
                    balance = base == null ? null : credit ? base.add(amount) : base.subtract(amount);
                    if (!forbidden.contains(MoneyText.digits(amount.toPlainString()))
                            && (balance == null || !forbidden.contains(MoneyText.digits(balance.abs().toPlainString())))) {
                        break;
                    }
                }
                if (t.balance().isDefined()) {
                    oldRunning = t.balance().get();
                    newRunning = balance;
                    c.balances.add(balance);
                } else {
                    if (oldRunning != null) {
                        oldRunning = oldRunning.add(t.signedAmount());
                        newRunning = balance;
                    }
                    c.balances.add(null);
                }
                c.amounts.add(amount);
            }
            if (opening.isDefined()) {
                c.figure(opening.get(), newOpening);
            }
            if (oldRunning != null && s.closingBalance().isDefined()) {
                c.figure(s.closingBalance().get(), newRunning.add(s.closingBalance().get().subtract(oldRunning)));
            }
            if (s.summary().isDefined() && opening.isDefined() && oldRunning != null) {
                StatementSummary sum = s.summary().get();
                c.figure(sum.openingBalance(), newOpening.add(sum.openingBalance().subtract(opening.get())));
                c.figure(sum.closingBalance(), newRunning.add(sum.closingBalance().subtract(oldRunning)));
            }
            c.totals(s, c.amounts);
            return c.figures.entrySet().stream().allMatch(f -> f.getValue().signum() >= 0) ? Option.some(c) : Option.none();
        }

        /**
         * The amounts {lo, hi} (hi null: unbounded) that keep {@code base ± amount} on the printed balance's
         * side of zero; null when none does. A zero amount stays zero.
         */
        private static BigDecimal[] bounds(Transaction t, BigDecimal base, BigDecimal unit) {
            boolean credit = t.type() == TransactionType.CREDIT;
            BigDecimal lo = t.amount().signum() == 0 ? BigDecimal.ZERO : unit;
            BigDecimal hi = t.amount().signum() == 0 ? BigDecimal.ZERO : null;
            int side = t.balance().get().signum();
            if (credit) {
                if (side > 0) {
                    lo = lo.max(unit.subtract(base));
                } else if (side < 0) {
                    hi = min(hi, unit.negate().subtract(base));
                } else {
                    lo = lo.max(base.negate());
                }
            } else if (side > 0) {
                hi = min(hi, base.subtract(unit));
            } else if (side < 0) {
                lo = lo.max(base.add(unit));
            } else {
                hi = min(hi, base);
            }
            return hi != null && lo.compareTo(hi) > 0 ? null : new BigDecimal[]{lo, hi};
        }

        private static BigDecimal min(BigDecimal a, BigDecimal b) {
            return a == null ? b : a.min(b);
        }

        /** A balance-like statement figure: the old value's magnitude maps to the new value's, on the same side of zero. */
        private void figure(BigDecimal old, BigDecimal now) {
            boolean sameSide = old.signum() == 0 ? now.signum() >= 0 : old.signum() == now.signum();
            figures.putIfAbsent(key(old.abs()), sameSide ? now.abs() : BigDecimal.ONE.negate());
        }

        private static BigDecimal anchor(BigDecimal old, BigDecimal unit, double spread, Random random) {
            if (old.signum() == 0) {
                return old; // a printed 0.00 is never rewritten (it is also what empty cells print)
            }
            BigDecimal magnitude = near(old.abs(), unit, spread, random, false);
            return old.signum() < 0 ? magnitude.negate() : magnitude;
        }

        /** Debit and credit totals (printed in a summary or a total row), their disagreement with the rows kept. */
        private void totals(ParsedStatement s, List<BigDecimal> newAmounts) {
            BigDecimal oldDebits = BigDecimal.ZERO;
            BigDecimal oldCredits = BigDecimal.ZERO;
            BigDecimal newDebits = BigDecimal.ZERO;
            BigDecimal newCredits = BigDecimal.ZERO;
            int i = 0;
            for (Transaction t : s.transactions()) {
                if (t.type() == TransactionType.CREDIT) {
                    oldCredits = oldCredits.add(t.amount());
                    newCredits = newCredits.add(newAmounts.get(i));
                } else {
                    oldDebits = oldDebits.add(t.amount());
                    newDebits = newDebits.add(newAmounts.get(i));
                }
                i++;
            }
            BigDecimal printedDebits = s.summary().map(StatementSummary::debits).getOrElse(oldDebits);
            BigDecimal printedCredits = s.summary().map(StatementSummary::credits).getOrElse(oldCredits);
            figures.putIfAbsent(key(printedDebits),
                    newDebits.add(printedDebits.subtract(oldDebits)).abs());
            figures.putIfAbsent(key(printedCredits),
                    newCredits.add(printedCredits.subtract(oldCredits)).abs());
        }

        /**
         * A value near {@code old} (within {@code spread} of it), a multiple of {@code unit}, with the same
         * number of whole digits when {@code sameWidth}, and never {@code old} itself (zero stays zero).
         */
        static BigDecimal near(BigDecimal old, BigDecimal unit, double spread, Random random, boolean sameWidth) {
            if (old.signum() == 0) {
                return sameWidth ? old : unit.multiply(BigDecimal.valueOf(1 + random.nextInt(1000)));
            }
            BigDecimal factor = BigDecimal.valueOf(1 - spread + 2 * spread * random.nextDouble());
            BigDecimal value = old.multiply(factor).divide(unit, 0, RoundingMode.HALF_UP).multiply(unit);
            if (sameWidth) {
                int digits = old.setScale(0, RoundingMode.DOWN).toPlainString().length();
                BigDecimal min = old.compareTo(BigDecimal.ONE) < 0 ? unit : BigDecimal.TEN.pow(digits - 1);
                BigDecimal max = BigDecimal.TEN.pow(digits).subtract(unit);
                if (old.compareTo(BigDecimal.ONE) < 0) {
                    max = BigDecimal.ONE.subtract(unit);
                }
                value = value.max(min).min(max);
            }
            if (value.compareTo(old) == 0) {
                value = value.add(unit).compareTo(BigDecimal.TEN.pow(old.setScale(0, RoundingMode.DOWN).toPlainString().length())) < 0
                        ? value.add(unit) : value.subtract(unit);
            }
            return value.max(unit).setScale(Math.max(0, unit.scale()), RoundingMode.UNNECESSARY);
        }
    }
}
