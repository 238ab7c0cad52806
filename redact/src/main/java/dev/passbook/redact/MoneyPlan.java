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
                    chain = Chain.generate(s, rows, unit(rows), spread, random).filter(c -> !collides(c, rows));
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
     * For each transaction, the line on its page (or anywhere, when the parser did not say) that prints
     * both its amount and its balance in words not yet taken; searched from the line after the previous
     * row's, round the page.
     */
    private List<RowWords> locate(ParsedStatement s) {
        List<RowWords> out = new ArrayList<>();
        java.util.Set<WordRef> taken = new java.util.HashSet<>();
        int[] cursor = {0, 0};
        for (int i = 0; i < s.transactions().size(); i++) {
            Transaction t = s.transactions().get(i);
            int page = s.notes().pageOf(i);
            RowWords found = null;
            int pages = doc.pages().size();
            List<int[]> order = new ArrayList<>();
            if (page > 0 && page <= pages) {
                int start = cursor[0] == page - 1 ? cursor[1] : 0;
                int count = doc.pages().get(page - 1).lines().size();
                for (int k = 0; k < count; k++) {
                    order.add(new int[]{page - 1, (start + k) % count});
                }
            } else {
                for (int pp = 0; pp < pages; pp++) {
                    int p = (cursor[0] + pp) % pages;
                    int count = doc.pages().get(p).lines().size();
                    for (int k = 0; k < count; k++) {
                        order.add(new int[]{p, pp == 0 ? (cursor[1] + k) % count : k});
                    }
                }
            }
            for (int[] at : order) {
                found = match(at[0], at[1], t, taken);
                if (found != null) {
                    cursor[0] = at[0];
                    cursor[1] = at[1] + 1;
                    break;
                }
            }
            if (found == null) {
                out.add(new RowWords(null, null, false));
            } else {
                if (found.amount != null) {
                    taken.add(found.amount);
                }
                if (found.balance != null) {
                    taken.add(found.balance);
                }
                out.add(found);
            }
        }
        return out;
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

        static Option<Chain> generate(ParsedStatement s, List<RowWords> rows, BigDecimal unit, double spread, Random random) {
            Option<BigDecimal> opening = s.openingBalance().orElse(s.summary().map(StatementSummary::openingBalance));
            Chain c = new Chain();
            BigDecimal oldRunning = opening.getOrNull();
            BigDecimal newRunning = opening.map(o -> anchor(o, unit, spread, random)).getOrNull();
            BigDecimal newOpening = newRunning;
            for (Transaction t : s.transactions()) {
                BigDecimal amount = near(t.amount(), unit, spread, random, true);
                boolean credit = t.type() == TransactionType.CREDIT;
                if (t.balance().isDefined()) {
                    BigDecimal printed = t.balance().get();
                    if (oldRunning == null) {
                        newRunning = anchor(printed, unit, spread, random);
                    } else {
                        BigDecimal error = printed.subtract(oldRunning.add(t.signedAmount()));
                        // new balance = base ± amount, which must stay on the printed balance's side of zero
                        BigDecimal base = newRunning.add(error);
                        BigDecimal lo = t.amount().signum() == 0 ? BigDecimal.ZERO : unit;
                        BigDecimal hi = null;
                        int side = printed.signum();
                        if (credit) {
                            if (side > 0) {
                                lo = lo.max(unit.subtract(base));
                            } else if (side < 0) {
                                hi = unit.negate().subtract(base);
                            } else {
                                lo = lo.max(base.negate());
                            }
                        } else if (side > 0) {
                            hi = base.subtract(unit);
                        } else if (side < 0) {
                            lo = lo.max(base.add(unit));
                        } else {
                            hi = base;
                        }
                        if (t.amount().signum() == 0) {
                            hi = BigDecimal.ZERO;
                        }
                        if (hi != null && lo.compareTo(hi) > 0) {
                            return Option.none();
                        }
                        amount = amount.max(lo);
                        if (hi != null) {
                            amount = amount.min(hi);
                        }
                        newRunning = credit ? base.add(amount) : base.subtract(amount);
                    }
                    oldRunning = printed;
                    c.balances.add(newRunning);
                } else {
                    if (oldRunning != null) {
                        oldRunning = oldRunning.add(t.signedAmount());
                        newRunning = credit ? newRunning.add(amount) : newRunning.subtract(amount);
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
