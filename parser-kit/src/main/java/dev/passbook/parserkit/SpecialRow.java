package dev.passbook.parserkit;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * Rows that carry a balance or totals but are not transactions: opening and closing balances,
 * balances brought or carried forward at page breaks, totals. Recognised by their wording: the
 * line's words without its dates, amounts and markers must spell one of the phrases exactly (as
 * {@link Vocabulary#key}s), so a narration that merely starts with {@code TOTAL} stays a transaction.
 */
public enum SpecialRow {
    OPENING("openingbalance", "openingbal", "openingbalanceason", "balanceason", "balanceasof", "balanceopening"),
    BROUGHT_FORWARD("balancebf", "balancebroughtforward", "broughtforward", "bf", "balanceforward", "balbf",
            "broughtforwardbalance"),
    CLOSING("closingbalance", "closingbal", "closingbalanceason", "balanceclosing"),
    CARRIED_FORWARD("balancecf", "balancecarriedforward", "carriedforward", "cf", "balcf", "carriedforwardbalance"),
    TOTAL("total", "totals", "transactiontotal", "transactiontotaldrcr", "transactiontotalcrdr", "pagetotal",
            "pagetotals", "grandtotal", "total");

    /** Digits and separators only: a date, time, count or reference, never wording. */
    private static final java.util.regex.Pattern FIGURES = java.util.regex.Pattern.compile("[0-9.,/:-]+");

    private final List<String> keys;

    SpecialRow(String... keys) {
        this.keys = List.of(keys);
    }

    /** The special row whose phrase is exactly {@code text} (as a key), if any. */
    public static Option<SpecialRow> of(String text) {
        String k = Vocabulary.key(text);
        if (k.isEmpty()) {
            return Option.none();
        }
        return List.of(values()).find(s -> s.keys.contains(k));
    }

    /** The special row a printed line is: its words without dates, amounts and markers spell the phrase. */
    static Option<SpecialRow> ofWords(List<String> words) {
        return of(words.filter(w -> !Tokens.isDate(w) && !Tokens.isAmount(w) && !Tokens.isMarker(w)
                && !Tokens.isPlaceholder(w) && !FIGURES.matcher(w).matches()).mkString(" "));
    }

    /** Rows whose balance is the balance before the transactions that follow. */
    public boolean opening() {
        return this == OPENING || this == BROUGHT_FORWARD;
    }
}
