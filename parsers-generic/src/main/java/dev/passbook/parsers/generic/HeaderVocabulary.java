package dev.passbook.parsers.generic;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;

import java.util.Locale;

/**
 * Reads a column's role from its header text, whatever the bank's wording:
 * {@code Txn Date}, {@code Tran Date}, {@code Transaction Date}, {@code Value Dt}, {@code Narration},
 * {@code Description}, {@code Particulars}, {@code Transaction Remarks}, {@code Chq./Ref.No.},
 * {@code Ref No./Cheque No.}, {@code Withdrawal Amt.}, {@code Withdrawal (Dr)}, {@code Debit},
 * {@code Deposit Amount (INR )}, {@code Credit}, {@code Amount}, {@code Dr/Cr}, {@code Balance (INR )},
 * {@code Closing Balance*}, {@code S No.}. Rules are tried in order; the first that fits wins.
 */
final class HeaderVocabulary {

    private static final Set<String> NARRATION = io.vavr.collection.HashSet.of("narration", "description", "particulars",
            "remarks", "details", "naration", "desc");
    private static final Set<String> REFERENCE = io.vavr.collection.HashSet.of("ref", "chq", "cheque", "check", "instrument",
            "reference", "refno", "chqno", "utr");
    private static final Set<String> SERIAL_FIRST = io.vavr.collection.HashSet.of("s", "sl", "sr", "serial", "sno", "slno", "srno");

    private HeaderVocabulary() {
    }

    /** The role of a column headed {@code header}; none for text that names no known column. */
    static Option<ColumnRole> classify(String header) {
        List<String> t = tokens(header);
        if (t.isEmpty()) {
            return Option.none();
        }
        if (t.contains("value") && (t.contains("date") || t.contains("dt"))) {
            return Option.some(ColumnRole.VALUE_DATE);
        }
        if (t.contains("date") || t.contains("dt")) {
            return Option.some(ColumnRole.DATE);
        }
        if (t.contains("balance") || t.contains("bal")) {
            return Option.some(ColumnRole.BALANCE);
        }
        if ((t.contains("dr") && t.contains("cr")) || (t.contains("debit") && t.contains("credit"))
                || t.equals(List.of("type")) || t.equals(List.of("txn", "type")) || t.equals(List.of("d", "c"))) {
            return Option.some(ColumnRole.DR_CR);
        }
        if (t.exists(w -> w.startsWith("withdrawal")) || t.contains("debit") || t.contains("debits") || t.contains("dr")) {
            return Option.some(ColumnRole.DEBIT);
        }
        if (t.exists(w -> w.startsWith("deposit")) || t.contains("credit") || t.contains("credits") || t.contains("cr")) {
            return Option.some(ColumnRole.CREDIT);
        }
        if (t.contains("amount") || t.contains("amt")) {
            return Option.some(ColumnRole.AMOUNT);
        }
        if (t.exists(NARRATION::contains)) {
            return Option.some(ColumnRole.NARRATION);
        }
        if (t.exists(REFERENCE::contains)) {
            return Option.some(ColumnRole.REFERENCE);
        }
        if (SERIAL_FIRST.contains(t.head()) && (t.size() == 1 || t.tail().forAll(w -> w.equals("no") || w.equals("number")))) {
            return Option.some(ColumnRole.SERIAL);
        }
        if (t.equals(List.of("no")) || t.equals(List.of("#"))) {
            return Option.some(ColumnRole.SERIAL);
        }
        return Option.none();
    }

    /** Lower-case words; punctuation separates words except {@code #}; currency notes dropped. */
    static List<String> tokens(String header) {
        String s = header.toLowerCase(Locale.ROOT).replace('₹', ' ');
        return List.of(s.split("[^a-z0-9#]+"))
                .filter(w -> !w.isEmpty())
                .filter(w -> !w.equals("inr") && !w.equals("rs") && !w.equals("in"));
    }
}
