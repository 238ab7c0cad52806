package dev.passbook.parsers.generic;

import io.vavr.collection.List;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Indian Financial System Codes: four letters naming the bank, a zero, six branch characters. */
final class Ifsc {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{4}0[A-Z0-9]{6}");
    // A code inside running text: not glued to other letters or digits on either side.
    private static final Pattern IN_TEXT = Pattern.compile("(?<![A-Z0-9])([A-Z]{4}0[A-Z0-9]{6})(?![A-Z0-9])");

    private Ifsc() {
    }

    static boolean isIfsc(String text) {
        return text != null && SHAPE.matcher(text.toUpperCase(Locale.ROOT)).matches();
    }

    /** Every IFSC-shaped code in {@code text}, in order, upper-cased. */
    static List<String> findAll(String text) {
        Matcher m = IN_TEXT.matcher(text.toUpperCase(Locale.ROOT));
        List<String> out = List.empty();
        while (m.find()) {
            out = out.append(m.group(1));
        }
        return out;
    }
}
