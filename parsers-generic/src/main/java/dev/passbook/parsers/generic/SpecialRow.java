package dev.passbook.parsers.generic;

import io.vavr.control.Option;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rows a table prints that are not transactions: the opening balance ({@code OPENING BALANCE},
 * {@code Brought Forward}, {@code B/F}), the closing balance ({@code CLOSING BALANCE},
 * {@code Carried Forward}, {@code C/F}) and totals ({@code TRANSACTION TOTAL}, {@code Total},
 * {@code Grand Total}, {@code Page Total}). Recognised by the whole narration, so a transaction
 * whose narration merely mentions a total is still a transaction.
 */
enum SpecialRow {
    OPENING("(OPENING BALANCE|BALANCE B/?F|BALANCE BROUGHT FORWARD|BROUGHT FORWARD|B/F|BALANCE FORWARD)"),
    CLOSING("(CLOSING BALANCE|BALANCE C/?F|BALANCE CARRIED FORWARD|CARRIED FORWARD|C/F)"),
    TOTAL("(TRANSACTION TOTALS?|TOTALS?|GRAND TOTALS?|PAGE TOTALS?|SUB ?TOTALS?)");

    // an undated row that starts with "TOTAL" is a total whatever follows (TOTAL WITHDRAWALS, ...)
    private static final Pattern UNDATED_TOTAL = Pattern.compile("^(TRANSACTION |GRAND |PAGE |SUB ?)?TOTALS?\\b.*");

    private final Pattern pattern;

    SpecialRow(String phrases) {
        // the phrase, optionally with a colon, an asterisk or the words "AS ON <date>" after it
        this.pattern = Pattern.compile("^\\*?\\s*" + phrases + "\\s*[:*.]?\\s*(AS ON .*)?$");
    }

    /**
     * What {@code narration} (the row's text outside number columns) says the row is; {@code dated}
     * when the row prints a date (a dated row needs the exact phrase to be more than a transaction).
     */
    static Option<SpecialRow> of(String narration, boolean dated) {
        String n = narration.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").replace(" / ", "/");
        for (SpecialRow r : values()) {
            if (r.pattern.matcher(n).matches()) {
                return Option.some(r);
            }
        }
        return !dated && UNDATED_TOTAL.matcher(n).matches() ? Option.some(TOTAL) : Option.none();
    }
}
