package dev.passbook.redact;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Word;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.core.spi.ParsedStatement;
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

    /** @param counts words printed as they are: the summary's counts ({@link #countWords}) */
    Result plan(Option<ParsedStatement> parsed, Set<WordRef> counts) {
        Map<WordRef, String> texts = new TreeMap<>();
        counts.forEach(ref -> texts.put(ref, text(ref)));
        int located = 0;
        int notLocated = 0;
        int figures = 0;
        boolean regenerated = false;
        Map<BigDecimal, BigDecimal> byValue = new HashMap<>();
        // located balances and amounts in print order: position, old magnitude, new magnitude
        TreeMap<Long, BigDecimal[]> balancesAt = new TreeMap<>();
        TreeMap<Long, BigDecimal[]> amountsAt = new TreeMap<>();
        if (parsed.isDefined()) {
            ParsedStatement s = parsed.get();
            List<RowWords> rows = locate(s);
            located = (int) rows.stream().filter(RowWords::found).count();
            notLocated = rows.size() - located;
            Option<MoneyChain> chain = Option.none();
            for (int attempt = 0; attempt < 5 && chain.isEmpty(); attempt++) {
                chain = MoneyChain.generate(s, unit(rows), random, forbidden).filter(c -> !collides(c, rows));
            }
            if (chain.isDefined()) {
                regenerated = true;
                MoneyChain c = chain.get();
                for (int i = 0; i < rows.size(); i++) {
                    RowWords r = rows.get(i);
                    Transaction t = s.transactions().get(i);
                    if (r.amount != null) {
                        write(texts, r.amount, r.amountTail, c.amounts.get(i));
                        byValue.putIfAbsent(key(t.amount()), c.amounts.get(i));
                        amountsAt.put(position(r), new BigDecimal[]{key(t.amount()), c.amounts.get(i)});
                    }
                    if (r.balance != null) {
                        write(texts, r.balance, r.balanceTail, c.balances.get(i).abs());
                        byValue.put(key(t.balance().get().abs()), c.balances.get(i).abs());
                        balancesAt.put(position(r), new BigDecimal[]{key(t.balance().get().abs()), c.balances.get(i).abs()});
                    }
                }
                // statement figures win over row values of the same size
                byValue.putAll(c.figures);
            }
        }
        int scrambled = 0;
        // an amount printed again (a figure repeated on every page) is scrambled once: the same old value always
        // takes the same new one, so a line that repeats on every page still repeats in the copy
        Map<BigDecimal, BigDecimal> scrambledValues = new HashMap<>();
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
                    BigDecimal magnitude = MoneyText.magnitude(printed).get();
                    if (magnitude.signum() == 0) {
                        continue; // 0.00 is an empty cell, not a figure
                    }
                    long at = (long) p * 1_000_000L + l;
                    BigDecimal replacement = nearby(balancesAt, at, key(magnitude))
                            .orElse(() -> nearby(amountsAt, at, key(magnitude)))
                            .getOrElse(() -> byValue.get(key(magnitude)));
                    if (replacement != null) {
                        texts.put(ref, MoneyText.replace(printed, replacement, grouping));
                        figures++;
                    } else if (scrambledValues.containsKey(key(magnitude))) {
                        texts.put(ref, MoneyText.replace(printed, scrambledValues.get(key(magnitude)), grouping));
                        scrambled++;
                    } else {
                        String s = scrambled(printed);
                        texts.put(ref, s);
                        MoneyText.magnitude(s).forEach(m -> scrambledValues.put(key(magnitude), m));
                        scrambled++;
                    }
                }
            }
        }
        return new Result(texts, located, notLocated, figures, scrambled, regenerated);
    }

    /**
     * The words printing the summary's debit and credit counts: whole numbers (grouped or not) equal to a
     * count, on a line that prints two or more of the summary's money figures (opening and closing balance,
     * debit and credit totals). The copy has the same rows, hence the same counts, so these words tell nothing
     * the copy does not; invented like any other number of four digits or more, they made the copy's summary
     * disagree with its rows (a statement of a thousand debits or more).
     */
    static Set<WordRef> countWords(Document doc, Option<ParsedStatement> parsed) {
        Set<WordRef> out = new java.util.HashSet<>();
        if (parsed.isEmpty() || parsed.get().summary().isEmpty()) {
            return out;
        }
        var sum = parsed.get().summary().get();
        Set<BigDecimal> figures = new java.util.HashSet<>();
        for (BigDecimal f : List.of(sum.openingBalance(), sum.closingBalance(), sum.debits(), sum.credits())) {
            figures.add(key(f.abs()));
        }
        Set<String> counts = new java.util.HashSet<>(List.of(Integer.toString(sum.debitCount()), Integer.toString(sum.creditCount()))); // the two counts may be equal
        for (int p = 0; p < doc.pages().size(); p++) {
            List<Line> lines = doc.pages().get(p).lines().toJavaList();
            for (int l = 0; l < lines.size(); l++) {
                List<Word> words = lines.get(l).words().toJavaList();
                long shown = words.stream().map(Word::text)
                        .filter(t -> MoneyText.moneyLike(t) && figures.contains(key(MoneyText.magnitude(t).get()))).count();
                for (int w = 0; w < words.size() && shown >= 2; w++) {
                    String t = words.get(w).text();
                    if (t.matches("\\d+|\\d{1,3}(,\\d{2,3})+") && counts.contains(t.replace(",", ""))) {
                        out.add(new WordRef(p, l, w));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The new value of a row balance (or amount) printed near {@code at} with the same old value: a page's
     * balance brought or carried forward repeats the balance of the row before it (or, printed newest first,
     * after it), which need not be the last row of all with that balance; a row the page break cut, printed
     * again at the top of the next page without its balance (a stub the parser reads once), repeats the
     * amount of the row before it, which need not be the first row of all with that amount.
     */
    private static Option<BigDecimal> nearby(TreeMap<Long, BigDecimal[]> balancesAt, long at, BigDecimal old) {
        var before = balancesAt.headMap(at, false).descendingMap().values().iterator();
        var after = balancesAt.tailMap(at, false).values().iterator();
        for (int i = 0; i < 3; i++) {
            for (var side : List.of(before, after)) {
                if (side.hasNext()) {
                    BigDecimal[] b = side.next();
                    if (b[0].compareTo(old) == 0) {
                        return Option.some(b[1]);
                    }
                }
            }
        }
        return Option.none();
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

    /** The text of a money cell: one word, or a word and the piece wrapped onto the line below it. */
    private String text(WordRef head, WordRef tail) {
        return tail == null ? text(head) : text(head) + text(tail);
    }

    /** A new value printed in a cell's form; a wrapped cell keeps as many characters below as before. */
    private void write(Map<WordRef, String> texts, WordRef head, WordRef tail, BigDecimal value) {
        String printed = MoneyText.replace(text(head, tail), value, grouping);
        if (tail == null) {
            texts.put(head, printed);
            return;
        }
        int below = Math.min(text(tail).length(), printed.length() - 1);
        texts.put(head, printed.substring(0, printed.length() - below));
        texts.put(tail, printed.substring(printed.length() - below));
    }

    /** True when a new amount or balance prints the digits of an original one. */
    private boolean collides(MoneyChain c, List<RowWords> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (forbidden.contains(MoneyText.digits(c.amounts.get(i).abs().toPlainString()))
                    || c.balances.get(i) != null && forbidden.contains(MoneyText.digits(c.balances.get(i).abs().toPlainString()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The coarsest step every located money word can print: 0.01, 0.1 or 1. Words printed as money decide;
     * a bare integer taken for an amount (no decimal point, no comma) counts only when no word is money-like.
     */
    private BigDecimal unit(List<RowWords> rows) {
        int decimals = 2;
        int bare = 2;
        for (RowWords r : rows) {
            for (String cell : r.texts()) {
                if (MoneyText.moneyLike(cell)) {
                    decimals = Math.min(decimals, MoneyText.decimals(cell));
                } else {
                    bare = 0;
                }
            }
        }
        return BigDecimal.ONE.movePointLeft(rows.stream().anyMatch(r -> r.texts().stream().anyMatch(MoneyText::moneyLike))
                ? decimals : bare);
    }

    /** The words of one row: its amount and its balance (null when not found or not printed). */
    private record RowWords(WordRef amount, WordRef amountTail, WordRef balance, WordRef balanceTail, boolean found,
                            List<String> texts) {

        /** Every word of the row's cells. */
        List<WordRef> refs() {
            List<WordRef> out = new ArrayList<>();
            for (WordRef r : new WordRef[]{amount, amountTail, balance, balanceTail}) {
                if (r != null) {
                    out.add(r);
                }
            }
            return out;
        }
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
                if (r.refs().stream().anyMatch(taken::contains)) {
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
                out[i] = new RowWords(null, null, null, null, false, List.of());
            } else {
                taken.addAll(best.refs());
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

    /**
     * The words of row {@code t} on one line: its balance (the rightmost word of that value) and its amount
     * (the rightmost word of that value left of the balance). Words printed as money (with a decimal point
     * or a grouping comma) are taken before bare integers of the same value, which may be anything.
     */
    private RowWords match(int page, int lineIndex, Transaction t, java.util.Set<WordRef> taken) {
        List<Word> words = doc.pages().get(page).lines().get(lineIndex).words().toJavaList();
        WordRef[] balance = {null, null};
        if (t.balance().isDefined()) {
            balance = rightmost(words, page, lineIndex, words.size(), t.balance().get().abs(), taken);
            if (balance == null) {
                return null;
            }
        }
        WordRef[] amount = {null, null};
        if (t.amount().signum() != 0) {
            amount = rightmost(words, page, lineIndex, balance[0] == null ? words.size() : balance[0].word(), t.amount(), taken);
            if (amount == null) {
                return null;
            }
        }
        List<String> texts = new ArrayList<>();
        for (WordRef[] cell : List.of(amount, balance)) {
            if (cell[0] != null) {
                texts.add(text(cell[0], cell[1]));
            }
        }
        return new RowWords(amount[0], amount[1], balance[0], balance[1], true, texts);
    }

    /**
     * The rightmost word before index {@code before} printing {@code value} (money-like words first), as
     * {head, null}; else a word that prints it with the piece wrapped onto the line below ({@code 12,34,567.8}
     * over {@code 9}), as {head, tail}; null when neither.
     */
    private WordRef[] rightmost(List<Word> words, int page, int line, int before, BigDecimal value, java.util.Set<WordRef> taken) {
        for (boolean moneyOnly : new boolean[]{true, false}) {
            for (int w = before - 1; w >= 0; w--) {
                WordRef ref = new WordRef(page, line, w);
                String text = words.get(w).text();
                if (!taken.contains(ref) && (!moneyOnly || MoneyText.moneyLike(text)) && magnitudeIs(text, value)) {
                    return new WordRef[]{ref, null};
                }
            }
        }
        var lines = doc.pages().get(page).lines();
        if (line + 1 >= lines.size()) {
            return null;
        }
        List<Word> below = lines.get(line + 1).words().toJavaList();
        for (int w = before - 1; w >= 0; w--) {
            Word head = words.get(w);
            WordRef ref = new WordRef(page, line, w);
            if (taken.contains(ref) || lines.get(line + 1).y() - lines.get(line).y() > 2.5 * Math.max(4, head.size())) {
                continue;
            }
            for (int u = 0; u < below.size(); u++) {
                Word tail = below.get(u);
                WordRef tailRef = new WordRef(page, line + 1, u);
                if (!taken.contains(tailRef) && tail.text().matches("[0-9.,]{1,4}") && tail.x() < head.right() && head.x() < tail.right()
                        && magnitudeIs(head.text() + tail.text(), value)) {
                    return new WordRef[]{ref, tailRef};
                }
            }
        }
        return null;
    }

    static BigDecimal key(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static boolean magnitudeIs(String text, BigDecimal value) {
        Option<BigDecimal> a = MoneyText.magnitude(text);
        return a.isDefined() && a.get().compareTo(value) == 0;
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
}
