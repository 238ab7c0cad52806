package dev.passbook.parserkit;

import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Money;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.core.spi.ParseNotes;
import dev.passbook.core.spi.ParseRefusal;
import dev.passbook.core.spi.Place;
import dev.passbook.core.spi.ReadStage;
import dev.passbook.core.spi.support.Amounts;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Turns a {@link Table}'s rows into transactions, letting the running balance decide what the cells
 * leave open:
 * <ul>
 * <li>debit or credit: from the Debit/Credit columns, a Dr/Cr column, a {@code Cr}/{@code Dr} marker, a
 *     sign; else from the balance (the one direction that makes the printed balance follow);</li>
 * <li>print order: oldest or newest first, from the dates, and from the chain when the dates cannot tell;</li>
 * <li>opening, brought-forward and closing rows are balances, not transactions; a balance-only row is a
 *     checkpoint;</li>
 * <li>a row printed again at the top of the next page without its balance (a stub of the row the page
 *     break cut) is read once, when the balances say so; the repeat is reported.</li>
 * </ul>
 * Nothing is corrected: a balance that does not follow stays a break for core's reconciliation. A row
 * whose date or amount cannot be read refuses the statement.
 */
public final class Ledger {

    /**
     * What the ledger read: transactions in balance order with their pages, and the opening and closing
     * balances the table prints as rows.
     */
    public record Result(List<Transaction> transactions, List<Integer> rowPages, Option<BigDecimal> opening,
                         Option<BigDecimal> closing, List<String> decisions, List<ParseNotes.Unplaced> unplaced,
                         List<Integer> reversals) {

        public ParseNotes notes() {
            return new ParseNotes(rowPages, unplaced, decisions, reversals);
        }
    }

    private record Entry(Row row, int number, LocalDate date, Option<LocalDate> valueDate, String note,
                         Option<String> reference, Option<BigDecimal> debit, Option<BigDecimal> credit,
                         Option<BigDecimal> amount, Option<TransactionType> hint, boolean minus,
                         Option<BigDecimal> balance, boolean signed) {
    }

    private record Special(SpecialRow kind, int before, Option<BigDecimal> value, Row row) {
    }

    /** How a plugin says wrapped narrations go back together. */
    public enum Narrations {
        /** Cut at a fixed width mid-word when the pieces say so ({@link #cutMidWord}), else wrapped between words. */
        DETECT,
        /** The bank cuts narrations at a fixed width: pieces always join without a space. */
        CUT
    }

    private Ledger() {
    }

    public static Either<ParseRefusal, Result> read(Table table) {
        return read(table, Option.none(), Option.none());
    }

    public static Either<ParseRefusal, Result> read(Table table, Option<DateRange> period, Option<BigDecimal> opening) {
        return read(table, period, opening, Narrations.DETECT);
    }

    /**
     * @param period  the statement period, to resolve dates printed without a year
     * @param opening the opening balance printed outside the table (a label), if any: the chain starts
     *                there when the table prints no opening row
     * @param narrations whether the plugin knows its bank cuts narrations mid-word
     */
    public static Either<ParseRefusal, Result> read(Table table, Option<DateRange> period, Option<BigDecimal> opening,
                                                    Narrations narrations) {
        boolean cut = narrations == Narrations.CUT || cutMidWord(table.rows());
        List<String> decisions = table.decisions();
        if (cut) {
            decisions = decisions.append("narrations cut at a fixed width: pieces joined without spaces");
        }
        List<ParseNotes.Unplaced> unplaced = table.unplaced();
        java.util.List<Entry> entries = new java.util.ArrayList<>();
        java.util.List<Special> specials = new java.util.ArrayList<>();
        java.util.List<Row> checkpoints = new java.util.ArrayList<>();
        LocalDate lastDate = null;
        int inherited = 0;
        int reversals = 0;
        List<String> dotted = List.empty();
        int number = 0;
        for (Row row : table.rows()) {
            if (row.special().isDefined()) {
                Option<BigDecimal> value = CellReading.amount(row.fragments(Role.BALANCE)).map(Amounts.Amount::signed)
                        .orElse(() -> List.of(Role.AMOUNT, Role.CREDIT, Role.DEBIT).iterator()
                                .map(r -> CellReading.amount(row.fragments(r))).find(Option::isDefined)
                                .flatMap(o -> o).map(Amounts.Amount::signed))
                        // a balance printed as a label line, its figure (and Cr/Dr marker) wherever it stands
                        .orElse(() -> lastFigure(row.anchor().line().words().map(w -> w.text())));
                specials.add(new Special(row.special().get(), entries.size(), value, row));
                unplaced = unplaced.appendAll(extraLines(row));
                continue;
            }
            number++;
            // each column's pieces are asked for several times below: built once per row
            java.util.Map<Role, List<String>> pieces = new java.util.EnumMap<>(Role.class);
            java.util.function.Function<Role, List<String>> piecesOf = r -> pieces.computeIfAbsent(r, row::fragments);
            String where = "row " + number + " on page " + row.page();
            List<String> datePieces = piecesOf.apply(Role.DATE);
            Option<LocalDate> date = datePieces.isEmpty() ? Option.none() : CellReading.date(datePieces, period);
            if (datePieces.isEmpty() && !table.bands().band(Role.DATE).isDefined()) {
                date = CellReading.date(piecesOf.apply(Role.VALUE_DATE), period);
            }
            if (date.isEmpty() && !datePieces.isEmpty()) {
                return Either.left(ParseRefusal.at(ReadStage.ROWS, where + ": the date column does not read as a date",
                        row.anchor().place()));
            }
            if (date.isEmpty()) {
                if (lastDate == null) {
                    return Either.left(ParseRefusal.at(ReadStage.ROWS, where + ": no date, and no row above to take it from",
                            row.anchor().place()));
                }
                date = Option.some(lastDate);
                inherited++;
            }
            lastDate = date.get();
            List<String> valueDatePieces = piecesOf.apply(Role.VALUE_DATE);
            Option<LocalDate> valueDate = valueDatePieces.isEmpty() ? Option.none() : CellReading.date(valueDatePieces, period);
            Option<Amounts.Amount> debitCell = CellReading.amount(piecesOf.apply(Role.DEBIT));
            Option<Amounts.Amount> creditCell = CellReading.amount(piecesOf.apply(Role.CREDIT));
            Option<Amounts.Amount> amountCell = CellReading.amount(piecesOf.apply(Role.AMOUNT));
            Option<Amounts.Amount> balanceCell = CellReading.amount(piecesOf.apply(Role.BALANCE));
            if (List.of(Role.DEBIT, Role.CREDIT, Role.AMOUNT, Role.BALANCE).exists(r -> CellReading.dotGrouped(piecesOf.apply(r)))) {
                dotted = dotted.append(where);
            }
            if (!piecesOf.apply(Role.BALANCE).isEmpty() && !CellReading.empty(piecesOf.apply(Role.BALANCE)) && balanceCell.isEmpty()) {
                return Either.left(ParseRefusal.at(ReadStage.ROWS, where + ": the balance column does not read as an amount",
                        row.anchor().place()));
            }
            Option<BigDecimal> debit = debitCell.map(Amounts.Amount::magnitude).filter(v -> v.signum() != 0);
            Option<BigDecimal> credit = creditCell.map(Amounts.Amount::magnitude).filter(v -> v.signum() != 0);
            Option<BigDecimal> amount = amountCell.map(Amounts.Amount::magnitude).filter(v -> v.signum() != 0);
            if (debit.isEmpty() && credit.isEmpty() && amount.isEmpty()) {
                if (balanceCell.isDefined()) {
                    checkpoints.add(row);
                    number--;
                    continue;
                }
                return Either.left(ParseRefusal.at(ReadStage.ROWS, where + ": no amount", row.anchor().place()));
            }
            Option<TransactionType> hint = amountCell.isDefined() ? hintOf(row, amountCell.get()) : Option.none();
            // a minus in a debit or credit column (a reversal printed in the column of what it reverses):
            // the column no longer says the direction, the balances do
            boolean signed = debitCell.exists(Amounts.Amount::negative) || creditCell.exists(Amounts.Amount::negative);
            if (signed) {
                reversals++;
            }
            entries.add(new Entry(row, number, date.get(), valueDate, CellReading.text(piecesOf.apply(Role.NARRATION), cut),
                    Option.of(CellReading.reference(piecesOf.apply(Role.REFERENCE))).filter(s -> !s.isEmpty()),
                    debit, credit, amount, hint, amountCell.exists(Amounts.Amount::negative),
                    balanceCell.map(Amounts.Amount::signed), signed));
        }
        if (entries.isEmpty()) {
            return Either.left(ParseRefusal.at(ReadStage.ROWS, "the table has no transaction rows",
                    Place.page(table.header().page())));
        }
        if (inherited > 0) {
            decisions = decisions.append(inherited + " row(s) without a date take the date of the row above");
        }
        if (!dotted.isEmpty()) {
            decisions = decisions.append("figures grouped with dots instead of commas, read as grouped: " + dotted.mkString(", "));
        }
        if (reversals > 0) {
            decisions = decisions.append(reversals + " row(s) with a minus sign in the debit or credit column: "
                    + "the balances give their direction");
        }
        if (!checkpoints.isEmpty()) {
            decisions = decisions.append(checkpoints.size() + " row(s) with a balance and no amount read as balance checkpoints");
        }
        return chain(io.vavr.collection.Vector.ofAll(entries), List.ofAll(specials), opening, decisions, unplaced);
    }

    /** The direction an amount cell or the row's Dr/Cr column gives, if any. */
    private static Option<TransactionType> hintOf(Row row, Amounts.Amount amount) {
        Option<TransactionType> column = Option.of(String.join(" ", row.fragments(Role.DIRECTION)))
                .flatMap(CellReading::direction);
        if (column.isDefined()) {
            return column;
        }
        if (amount.marker() == Amounts.Marker.DR) {
            return Option.some(TransactionType.DEBIT);
        }
        if (amount.marker() == Amounts.Marker.CR) {
            return Option.some(TransactionType.CREDIT);
        }
        if (amount.negative()) {
            return Option.some(TransactionType.DEBIT);
        }
        boolean plus = row.fragments(Role.AMOUNT).exists(p -> p.strip().startsWith("+"));
        return plus ? Option.some(TransactionType.CREDIT) : Option.none();
    }

    // ---- the chain decides

    private record Reading(List<Entry> entries, List<TransactionType> types, int breaks, int checked, boolean swapped) {
    }

    private static Either<ParseRefusal, Result> chain(io.vavr.collection.Vector<Entry> printed, List<Special> specials,
                                                      Option<BigDecimal> openingOutside, List<String> decisions,
                                                      List<ParseNotes.Unplaced> unplaced) {
        int up = 0;
        int down = 0;
        for (int i = 1; i < printed.size(); i++) {
            int c = printed.get(i).date().compareTo(printed.get(i - 1).date());
            up += c > 0 ? 1 : 0;
            down += c < 0 ? 1 : 0;
        }
        // the opening row stands before the first transaction: at the top of an oldest-first table, at the bottom of a newest-first one
        Option<BigDecimal> rowTop = specials.filter(s -> s.kind().opening() && s.before() == 0).headOption()
                .flatMap(Special::value);
        Option<BigDecimal> rowBottom = specials.filter(s -> s.kind().opening() && s.before() == printed.size())
                .lastOption().flatMap(Special::value);
        Option<BigDecimal> closingPrinted = specials.filter(s -> s.kind() == SpecialRow.CLOSING).lastOption()
                .flatMap(Special::value);
        Reading oldestFirst = reading(printed.toList(), rowTop.orElse(openingOutside), false);
        Reading newestFirst = reading(printed.toList().reverse(), rowBottom.orElse(openingOutside), false);
        // the dates decide; when they cannot (one day, or both ways), the balances do: fewer breaks, then more checked
        boolean chainPrefersNewest = newestFirst.breaks() < oldestFirst.breaks()
                || newestFirst.breaks() == oldestFirst.breaks() && newestFirst.checked() > oldestFirst.checked();
        boolean newest = up == 0 && down > 0 || (up == down || up > 0 && down > 0) && chainPrefersNewest;
        Reading best = newest ? newestFirst : oldestFirst;
        Option<BigDecimal> openingRow = newest ? rowBottom : rowTop;
        Option<BigDecimal> openingPrinted = openingRow.orElse(openingOutside);
        if (newest) {
            decisions = decisions.append("rows printed newest first: read in reverse");
        }
        if (best.breaks() >= 3 && best.breaks() * 2 > best.checked()) {
            Reading swapped = reading(best.entries(), openingPrinted, true);
            if (swapped.breaks() * 4 < best.breaks()) {
                decisions = decisions.append("the balances follow only with debit and credit the other way round "
                        + "from their column titles: read so");
                best = swapped;
            }
        }
        // a stub of a row cut by a page break: same date and amount at the top of the next page, no balance
        Reading merged = mergeStubs(best, openingPrinted);
        if (merged.entries().size() < best.entries().size()) {
            java.util.Set<Entry> kept = new java.util.HashSet<>(merged.entries().toJavaList());
            List<Entry> gone = best.entries().filter(e -> !kept.contains(e));
            decisions = decisions.append(gone.size() + " row(s) at the top of a page repeat the row the page break cut "
                    + "(same date and amount, no balance): read once");
            unplaced = unplaced.appendAll(gone.map(e -> new ParseNotes.Unplaced(e.row().anchor().place(), e.row().anchor().line().text())));
            best = merged;
        }
        Option<Entry> unknown = best.entries().zip(best.types()).find(t -> t._2 == null).map(t -> t._1);
        if (unknown.isDefined()) {
            return Either.left(ParseRefusal.at(ReadStage.ROWS, "row " + unknown.get().number() + " on page "
                    + unknown.get().row().page() + ": neither a Dr/Cr mark, a sign nor the balances tell debit from credit",
                    unknown.get().row().anchor().place()));
        }
        List<Transaction> transactions = best.entries().zip(best.types()).map(t -> new Transaction(t._1.date(), t._1.valueDate(),
                t._1.note(), t._1.reference(), t._2, Money.of(magnitude(t._1, t._2)), t._1.balance().map(Money::of)));
        return Either.right(new Result(transactions, best.entries().map(e -> e.row().page()), openingRow.map(Money::of),
                closingPrinted.map(Money::of), decisions, unplaced,
                reversals(best)));
    }

    /**
     * The rows printed with a minus in one direction's column whose balance moves the other way
     * (reversals), by index: a printed summary counts them in their column with a negative amount.
     */
    private static List<Integer> reversals(Reading r) {
        return r.entries().zip(r.types()).zipWithIndex().filter(t -> t._1._1.signed()
                && (t._1._1.debit().isDefined() ? t._1._2 == TransactionType.CREDIT : t._1._2 == TransactionType.DEBIT))
                .map(t -> t._2);
    }

    private static BigDecimal magnitude(Entry e, TransactionType type) {
        if (e.amount().isDefined()) {
            return e.amount().get();
        }
        if (e.debit().isDefined() && e.credit().isDefined()) {
            return type == TransactionType.DEBIT ? e.debit().get() : e.credit().get();
        }
        return e.debit().orElse(e.credit()).get();
    }

    /**
     * The directions of {@code entries} in balance order, and how many printed balances break. A row's
     * direction comes from its cells; when they leave it open, from the balance before and after it; when
     * the balances cannot tell either (a balance that does not follow, its neighbour), an unsigned amount
     * in a single amount column that marks its debits with a minus is a credit.
     */
    private static Reading reading(List<Entry> entries, Option<BigDecimal> opening, boolean swapColumns) {
        java.util.List<TransactionType> types = new java.util.ArrayList<>();
        Option<BigDecimal> previous = opening;
        int breaks = 0;
        int checked = 0;
        boolean signedColumn = entries.exists(Entry::minus);
        for (Entry e : entries) {
            TransactionType type = given(e, swapColumns);
            if (type == null) {
                type = byBalance(e, previous);
            }
            if (type == null && signedColumn && e.amount().isDefined() && e.hint().isEmpty()) {
                type = TransactionType.CREDIT;
            }
            types.add(type);
            if (type != null && previous.isDefined() && e.balance().isDefined()) {
                checked++;
                BigDecimal signed = type == TransactionType.CREDIT ? magnitude(e, type) : magnitude(e, type).negate();
                if (previous.get().add(signed).compareTo(e.balance().get()) != 0) {
                    breaks++;
                }
            }
            Option<BigDecimal> prev = previous;
            TransactionType t = type;
            previous = e.balance().orElse(() -> t == null ? Option.none()
                    : prev.map(p -> p.add(t == TransactionType.CREDIT ? magnitude(e, t) : magnitude(e, t).negate())));
        }
        return new Reading(entries, List.ofAll(types), breaks, checked, swapColumns);
    }

    private static TransactionType given(Entry e, boolean swapColumns) {
        if (e.amount().isDefined()) {
            return e.hint().getOrNull();
        }
        if (e.signed()) {
            return null;
        }
        if (e.debit().isDefined() != e.credit().isDefined()) {
            boolean debit = e.debit().isDefined() ^ swapColumns;
            return debit ? TransactionType.DEBIT : TransactionType.CREDIT;
        }
        return null;
    }

    private static TransactionType byBalance(Entry e, Option<BigDecimal> previous) {
        if (previous.isEmpty() || e.balance().isEmpty()) {
            return null;
        }
        BigDecimal delta = e.balance().get().subtract(previous.get());
        if (e.amount().isDefined() || e.debit().isDefined() != e.credit().isDefined()) {
            BigDecimal m = e.amount().orElse(e.debit()).orElse(e.credit()).get();
            return delta.compareTo(m) == 0 ? TransactionType.CREDIT : delta.compareTo(m.negate()) == 0 ? TransactionType.DEBIT : null;
        }
        // both columns filled: the one that makes the balance follow
        if (delta.compareTo(e.credit().get()) == 0) {
            return TransactionType.CREDIT;
        }
        return delta.compareTo(e.debit().get().negate()) == 0 ? TransactionType.DEBIT : null;
    }

    private static Reading mergeStubs(Reading r, Option<BigDecimal> opening) {
        // a Java list: vavr's List.append copies the list, which made this quadratic in the rows (7 % of a
        // 150-page statement's pipeline)
        java.util.List<Entry> kept = new java.util.ArrayList<>(r.entries().size());
        Entry previous = null;
        for (Entry e : r.entries()) {
            boolean stub = previous != null && e.balance().isEmpty() && previous.balance().isDefined()
                    && e.row().page() != previous.row().page() && e.date().equals(previous.date())
                    && e.debit().equals(previous.debit()) && e.credit().equals(previous.credit())
                    && e.amount().equals(previous.amount());
            if (!stub) {
                kept.add(e);
            }
            previous = e;
        }
        if (kept.size() == r.entries().size()) {
            return r;
        }
        Reading without = reading(List.ofAll(kept), opening, r.swapped());
        return without.breaks() < r.breaks() ? without : r;
    }

    /** The last amount on a line, with the Cr/Dr marker printed as the word after it. */
    private static Option<BigDecimal> lastFigure(List<String> words) {
        for (int i = words.size() - 1; i >= 0; i--) {
            if (Tokens.isMoney(words.get(i))) {
                String marker = i + 1 < words.size() && Tokens.isMarker(words.get(i + 1)) ? " " + words.get(i + 1) : "";
                return Amounts.parseSigned(words.get(i) + marker);
            }
        }
        return Option.none();
    }

    private static List<ParseNotes.Unplaced> extraLines(Row row) {
        return row.lines().filter(l -> l != row.anchor()).map(l -> new ParseNotes.Unplaced(l.place(), l.line().text()));
    }

    /**
     * Whether narrations are cut at a fixed width mid-word (pieces then join without spaces): every
     * non-final piece of at least three wrapped narrations has the same length.
     */
    static boolean cutMidWord(List<Row> rows) {
        List<Integer> lengths = rows.map(r -> r.fragments(Role.NARRATION)).filter(l -> l.size() > 1)
                .flatMap(l -> l.init().map(String::length));
        return lengths.size() >= 3 && lengths.distinct().size() == 1 && lengths.head() >= CellReading.MIN_CUT_WIDTH;
    }
}
