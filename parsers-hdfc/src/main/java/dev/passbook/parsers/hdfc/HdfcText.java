package dev.passbook.parsers.hdfc;

import dev.passbook.core.document.Line;
import io.vavr.collection.List;

import java.util.Locale;
import java.util.regex.Pattern;

/** The fixed texts every HDFC statement prints, and how to recognise them on a line. */
final class HdfcText {

    static final String BANK_LINE = "HDFC BANK LIMITED";
    static final String EARMARKED = "*Closing balance includes funds earmarked for hold and uncleared funds";
    static final String REGISTERED_OFFICE =
            "Registered Office Address: HDFC Bank House, Senapati Bapat Marg, Lower Parel, Mumbai 400013";
    static final String COMPUTER_GENERATED = "This is a computer generated statement and does not require signature.";
    static final String CONTENTS_CORRECT =
            "Contents of this statement will be considered correct if no error is reported within 30 days of receipt of statement.";
    static final List<String> FOOTER = List.of(BANK_LINE, EARMARKED, CONTENTS_CORRECT, REGISTERED_OFFICE, COMPUTER_GENERATED);
    private static final List<String> FOOTER_SQUEEZED = FOOTER.map(HdfcText::squeeze);
    private static final String SUMMARY_SQUEEZED = "statementsummary";

    /** {@code From : 01/04/2024 To : 30/04/2024}, optionally preceded by {@code Statement}. */
    static final Pattern PERIOD = Pattern.compile(
            "(?i)(?:Statement\\s+)?From\\s*:\\s*(\\d{1,2}/\\d{1,2}/\\d{2,4})\\s+To\\s*:\\s*(\\d{1,2}/\\d{1,2}/\\d{2,4})");
    /**
     * A labelled IFSC ({@code IFSC :}, {@code IFS Code :}, {@code IFSC Code:}); the colon is required so a
     * bank code inside a narration ({@code NEFT-HDFC0001234}, {@code IFSC HDFC0001234}) is not taken for the account's.
     */
    static final Pattern LABELLED_IFSC = Pattern.compile("(?i)\\bIFSC?\\s*(?:Code)?\\s*:\\s*([A-Z]{4}0[A-Z0-9]{6})\\b");
    static final String SUMMARY_TITLE = "STATEMENT SUMMARY";

    private HdfcText() {
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /**
     * A footer sentence starts here: the table body of the page ends. The short bank line must be the
     * whole line, so a narration piece beginning {@code HDFC BANK LIMITED} does not end the page.
     */
    static boolean isFooterLine(Line line) {
        String t = squeeze(line.text());
        return !t.isEmpty() && (t.equals(FOOTER_SQUEEZED.head()) || FOOTER_SQUEEZED.tail().exists(t::startsWith));
    }

    static boolean isSummaryTitle(Line line) {
        return squeeze(line.text()).startsWith(SUMMARY_SQUEEZED);
    }

    /** The last line of the repeated header block: {@code Statement of account ... From : ... To : ...}. */
    static boolean isPeriodOrTitleLine(Line line) {
        return PERIOD.matcher(line.text()).find() || squeeze(line.text()).startsWith("statementofaccount");
    }
}
