package dev.passbook.parsers.generic;

import dev.passbook.core.spi.support.StatementDates;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** How generic tables print cells beyond a bare date or amount. */
final class CellText {

    /** What banks print in an empty number cell. */
    private static final Pattern PLACEHOLDER = Pattern.compile("^(-{1,2}|–|—|NIL|nil|Nil)$");
    private static final Pattern TIME = Pattern.compile("^\\d{1,2}:\\d{2}(:\\d{2})?(\\s*[AaPp][Mm])?$");

    private CellText() {
    }

    static boolean isPlaceholder(String text) {
        return PLACEHOLDER.matcher(text.strip()).matches();
    }

    /** The cell's date, also when a time follows it ({@code 01/04/2024 10:22:05}). */
    static Option<LocalDate> date(String text) {
        Option<LocalDate> whole = StatementDates.parse(text);
        if (whole.isDefined()) {
            return whole;
        }
        String[] words = text.strip().split("\\s+");
        for (int n = Math.min(3, words.length - 1); n >= 1; n--) {
            String rest = String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length));
            if (TIME.matcher(rest).matches()) {
                return StatementDates.parse(String.join(" ", java.util.Arrays.copyOfRange(words, 0, n)));
            }
        }
        return Option.none();
    }
}
