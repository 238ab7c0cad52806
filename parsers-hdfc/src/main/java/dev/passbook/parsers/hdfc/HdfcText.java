package dev.passbook.parsers.hdfc;

import dev.passbook.parserkit.Vocabulary;
import io.vavr.collection.List;

import java.util.regex.Pattern;

/** The fixed texts HDFC statements print, and how to recognise them. */
final class HdfcText {

    static final String BANK_LINE = "HDFC BANK LIMITED";
    static final String EARMARKED = "*Closing balance includes funds earmarked for hold and uncleared funds";
    static final String REGISTERED_OFFICE =
            "Registered Office Address: HDFC Bank House, Senapati Bapat Marg, Lower Parel, Mumbai 400013";
    static final String COMPUTER_GENERATED = "This is a computer generated statement and does not require signature.";
    static final List<String> FOOTER = List.of(BANK_LINE, EARMARKED, REGISTERED_OFFICE, COMPUTER_GENERATED);
    /** The title of the NetBanking page a browser print shows, and the bank's NetBanking address. */
    static final List<String> NETBANKING = List.of("Welcome to HDFC Bank NetBanking", "netbanking.hdfcbank.com");

    /**
     * {@code From : 01/04/2024 To : 30/04/2024}, optionally preceded by {@code Statement}; either date form,
     * {@code TO} in capitals in the newer export.
     */
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

    /** Letters and digits only, lower case: how fixed texts are compared, whatever the spacing. */
    static String squeeze(String s) {
        return Vocabulary.key(s);
    }
}
