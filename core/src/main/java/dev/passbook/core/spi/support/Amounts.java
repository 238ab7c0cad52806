package dev.passbook.core.spi.support;

import dev.passbook.core.domain.Money;
import io.vavr.control.Option;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads amounts as Indian statements print them: Indian ({@code 1,23,456.78}) or western
 * ({@code 1,234,567.89}) grouping or none, a leading minus, parentheses, a currency prefix
 * ({@code ₹}, {@code Rs.}, {@code INR}) and a {@code Cr}/{@code Dr} marker in any case, with or
 * without a space or parentheses ({@code 1,000.00 Cr}, {@code 1,000.00(Dr)}).
 */
public final class Amounts {

    /** How a marker printed next to an amount reads. */
    public enum Marker { NONE, CR, DR }

    /** A parsed amount: its magnitude, whether it was printed negative, and its marker. */
    public record Amount(BigDecimal magnitude, boolean negative, Marker marker) {
        /** Negative when printed with a minus or parentheses, or marked {@code Dr}. */
        public BigDecimal signed() {
            return negative ^ (marker == Marker.DR) ? magnitude.negate() : magnitude;
        }
    }

    public enum Grouping { NONE, INDIAN, WESTERN }

    private static final Pattern SHAPE = Pattern.compile(
            "^(?<neg>-)?\\s*(?<open>\\()?\\s*(?:₹|RS\\.?|INR)?\\s*(?<neg2>-)?(?<digits>[0-9][0-9,]*)(?:\\.(?<frac>[0-9]{1,2}))?\\s*(?<close>\\))?"
                    + "\\s*(?:\\(?(?<marker>CR|DR)\\.?\\)?)?$");
    private static final Pattern INDIAN = Pattern.compile("^[0-9]{1,2}(,[0-9]{2})*,[0-9]{3}$");
    private static final Pattern WESTERN = Pattern.compile("^[0-9]{1,3}(,[0-9]{3})+$");
    private static final Pattern PLAIN = Pattern.compile("^[0-9]+$");

    private Amounts() {
    }

    /** Parses {@code text}; none when it is not an amount in one of the accepted forms. */
    public static Option<Amount> parse(String text) {
        if (text == null) {
            return Option.none();
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.isEmpty() || t.length() > 40) {
            return Option.none();
        }
        Matcher m = SHAPE.matcher(t);
        if (!m.matches()) {
            return Option.none();
        }
        boolean open = m.group("open") != null;
        boolean close = m.group("close") != null;
        if (open != close) {
            return Option.none();
        }
        boolean minus = m.group("neg") != null || m.group("neg2") != null;
        if (minus && open) {
            return Option.none();
        }
        String digits = m.group("digits");
        if (!(PLAIN.matcher(digits).matches() || INDIAN.matcher(digits).matches() || WESTERN.matcher(digits).matches())) {
            return Option.none();
        }
        String frac = m.group("frac") == null ? "" : m.group("frac");
        BigDecimal magnitude = Money.of(new BigDecimal(digits.replace(",", "") + (frac.isEmpty() ? "" : "." + frac)));
        Marker marker = m.group("marker") == null ? Marker.NONE : Marker.valueOf(m.group("marker"));
        return Option.some(new Amount(magnitude, minus || open, marker));
    }

    /** The signed value of {@code text}, or none. */
    public static Option<BigDecimal> parseSigned(String text) {
        return parse(text).map(Amount::signed);
    }

    /** True for text that reads as an amount. */
    public static boolean isAmount(String text) {
        return parse(text).isDefined();
    }

    /** Formats a non-negative magnitude with two decimals in the given grouping. */
    public static String format(BigDecimal value, Grouping grouping) {
        BigDecimal v = Money.of(value.abs());
        String plain = v.toPlainString();
        int dot = plain.indexOf('.');
        String whole = plain.substring(0, dot);
        String frac = plain.substring(dot);
        String sign = value.signum() < 0 ? "-" : "";
        return sign + group(whole, grouping) + frac;
    }

    private static String group(String whole, Grouping grouping) {
        if (grouping == Grouping.NONE || whole.length() <= 3) {
            return whole;
        }
        String last3 = whole.substring(whole.length() - 3);
        String rest = whole.substring(0, whole.length() - 3);
        int size = grouping == Grouping.INDIAN ? 2 : 3;
        StringBuilder sb = new StringBuilder();
        int first = rest.length() % size == 0 ? size : rest.length() % size;
        sb.append(rest, 0, first);
        for (int i = first; i < rest.length(); i += size) {
            sb.append(',').append(rest, i, i + size);
        }
        return sb.append(',').append(last3).toString();
    }
}
