package dev.passbook.parsers.generic;

import dev.passbook.core.domain.Bank;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the bank of a statement from the text printed around the transaction table (header block,
 * labels, footers), never from transaction rows: narrations are full of other banks' IFSC codes and
 * names ({@code NEFT CR-ICIC0001234-...}, {@code IMPS-...-STATE BANK OF INDIA-...}).
 *
 * <p>Order of trust: an IFSC printed under an IFSC label, then any IFSC code, then a printed bank
 * name (the earliest and, among those starting at the same place, the longest, so that
 * {@code STATE BANK OF INDIA} is not read as {@code BANK OF INDIA}).
 */
final class BankIdentifier {

    /** A recognised bank and why. */
    record Found(Bank bank, String evidence) {
    }

    private static final Pattern IFSC_LABEL = Pattern.compile("\\bIFSC?\\b");
    private static final List<Tuple2<Pattern, Bank>> NAMES = IndianBanks.entries()
            .flatMap(e -> e.printedNames().map(n -> Tuple.of(namePattern(n), e.bank())));

    private BankIdentifier() {
    }

    /** The bank named by {@code lines} (text outside the transaction table), if any. */
    static Option<Found> identify(List<String> lines) {
        List<String> upper = lines.map(l -> l.toUpperCase(Locale.ROOT));
        return labelledIfsc(upper).orElse(() -> anyIfsc(upper)).orElse(() -> printedName(upper));
    }

    private static Option<Found> labelledIfsc(List<String> lines) {
        return lines.filter(l -> IFSC_LABEL.matcher(l).find())
                .flatMap(Ifsc::findAll)
                .flatMap(code -> IndianBanks.byIfsc(code).map(b -> new Found(b, "IFSC " + code + " under an IFSC label")))
                .headOption();
    }

    private static Option<Found> anyIfsc(List<String> lines) {
        return lines.flatMap(Ifsc::findAll)
                .flatMap(code -> IndianBanks.byIfsc(code).map(b -> new Found(b, "IFSC " + code)))
                .headOption();
    }

    private static Option<Found> printedName(List<String> lines) {
        for (String line : lines) {
            Option<Tuple2<Integer, Integer>> best = Option.none();
            Bank bank = null;
            String name = null;
            for (Tuple2<Pattern, Bank> candidate : NAMES) {
                Matcher m = candidate._1.matcher(line);
                if (m.find()) {
                    int start = m.start();
                    int length = m.end() - m.start();
                    if (best.isEmpty() || start < best.get()._1 || (start == best.get()._1 && length > best.get()._2)) {
                        best = Option.some(Tuple.of(start, length));
                        bank = candidate._2;
                        name = m.group();
                    }
                }
            }
            if (bank != null) {
                return Option.some(new Found(bank, "printed name \"" + name + "\""));
            }
        }
        return Option.none();
    }

    /** The name in any case, words separated by any whitespace, not inside a longer word. */
    private static Pattern namePattern(String name) {
        String words = List.of(name.split("\\s+")).map(Pattern::quote).mkString("\\s+");
        return Pattern.compile("(?<![A-Z0-9&])" + words + "(?![A-Z0-9])");
    }
}
