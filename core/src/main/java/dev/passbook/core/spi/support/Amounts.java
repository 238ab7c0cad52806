package dev.passbook.core.spi.support;

import dev.passbook.core.domain.Money;
import io.vavr.control.Option;

import java.math.BigDecimal;

/**
 * Reads amounts as Indian statements print them (BANK-LAYOUTS.md, "What real exports showed"):
 * <ul>
 *   <li>Indian ({@code 1,23,456.78}), western ({@code 1,234,567.89}) or no grouping; two decimals,
 *   one ({@code 1234.5}) or none (whole rupees);</li>
 *   <li>a currency prefix {@code ₹}, {@code Rs.}, {@code Rs} or {@code INR}, glued or spaced;</li>
 *   <li>a sign: a leading minus or plus, also as a word of its own ({@code + ₹300.00}), a minus
 *   after the currency ({@code Rs.-100.00}), a trailing minus ({@code 100.00-}), or parentheses;</li>
 *   <li>a {@code Cr}/{@code Dr} marker in any case after the number: glued ({@code 456.00CR}), as a
 *   word, with a dot ({@code Cr.}) or in parentheses ({@code (Dr)}).</li>
 * </ul>
 * At most one sign; parentheses must pair. Anything else is not an amount. Empty-cell placeholders
 * ({@code -}, {@code --}, {@code NIL}, {@code N/A}) are not amounts either: {@link #isPlaceholder}
 * tells them apart.
 *
 * <p>The reader is hand-written and cheap on text that is not an amount (the first character
 * decides for most words), because table readers ask about every token.
 */
public final class Amounts {

    /** How a marker printed next to an amount reads. */
    public enum Marker { NONE, CR, DR }

    /** How an amount was signed in print. */
    public enum Sign { NONE, PLUS, MINUS, PARENTHESES }

    /** A parsed amount: its magnitude, its printed sign and its marker. */
    public record Amount(BigDecimal magnitude, Sign sign, Marker marker) {

        public Amount(BigDecimal magnitude, boolean negative, Marker marker) {
            this(magnitude, negative ? Sign.MINUS : Sign.NONE, marker);
        }

        /** Printed with a minus or in parentheses. */
        public boolean negative() {
            return sign == Sign.MINUS || sign == Sign.PARENTHESES;
        }

        /** Negative when printed with a minus or parentheses, or marked {@code Dr} (both: positive). */
        public BigDecimal signed() {
            return negative() ^ (marker == Marker.DR) ? magnitude.negate() : magnitude;
        }
    }

    public enum Grouping { NONE, INDIAN, WESTERN }

    private static final int MAX_LENGTH = 40;

    private Amounts() {
    }

    /** Parses {@code text}; none when it is not an amount in one of the accepted forms. */
    public static Option<Amount> parse(String text) {
        Reader reader = reader(text);
        return reader != null && reader.scan() ? Option.some(reader.amount()) : Option.none();
    }

    /** The signed value of {@code text}, or none. */
    public static Option<BigDecimal> parseSigned(String text) {
        return parse(text).map(Amount::signed);
    }

    /** True for text that reads as an amount: {@link #parse} without building the figure (table readers ask about every word). */
    public static boolean isAmount(String text) {
        Reader reader = reader(text);
        return reader != null && reader.scan();
    }

    /** A reader over {@code text} without its surrounding whitespace; null when it cannot be an amount at a glance. */
    private static Reader reader(String text) {
        if (text == null) {
            return null;
        }
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to == from || to - from > MAX_LENGTH || !possibleStart(text.charAt(from))) {
            return null;
        }
        return new Reader(text, from, to);
    }

    /**
     * True for what banks print in an empty amount cell: one to three dashes (hyphen, en or em dash),
     * {@code NIL}, {@code NA}, {@code N/A}, {@code N.A.} (any case, surrounding whitespace aside).
     * A zero ({@code 0.00}) is an amount, not a placeholder.
     */
    public static boolean isPlaceholder(String text) {
        if (text == null) {
            return false;
        }
        String t = text.strip();
        if (t.isEmpty() || t.length() > 4) {
            return false;
        }
        boolean dashes = true;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            dashes &= c == '-' || c == '\u2013' || c == '\u2014';
        }
        if (dashes) {
            return t.length() <= 3;
        }
        return t.equalsIgnoreCase("NIL") || t.equalsIgnoreCase("NA") || t.equalsIgnoreCase("N/A") || t.equalsIgnoreCase("N.A.");
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

    private static boolean possibleStart(char c) {
        return (c >= '0' && c <= '9') || isMinus(c) || c == '+' || c == '(' || c == '₹'
                || c == 'R' || c == 'r' || c == 'I' || c == 'i';
    }

    private static boolean isMinus(char c) {
        return c == '-' || c == '\u2212';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** One pass over {@code text[from, to)}. */
    private static final class Reader {
        private final String t;
        private final int to;
        private int p;
        private Sign sign = Sign.NONE;
        private Marker marker = Marker.NONE;
        /** Where {@link #scan} found the digits before and after the decimal point (an empty range: none). */
        private int wholeFrom;
        private int wholeTo;
        private int fractionFrom;
        private int fractionTo;

        Reader(String t, int from, int to) {
            this.t = t;
            this.p = from;
            this.to = to;
        }

        /** Checks the text and notes where its parts are; true when it is an amount, then {@link #amount} reads it. */
        boolean scan() {
            if (!sign() && p < to && t.charAt(p) != '(' && !currencyAt(p) && !isDigit(t.charAt(p))) {
                return false;
            }
            skipSpaces();
            boolean open = false;
            if (at('(')) {
                if (sign != Sign.NONE) {
                    return false;
                }
                open = true;
                p++;
                skipSpaces();
            }
            if (currency()) {
                skipSpaces();
            }
            int signAt = p;
            if (sign()) {
                if (open || p - signAt > 1) {
                    return false;
                }
                skipSpaces();
            }
            int digitsFrom = p;
            while (p < to && (isDigit(t.charAt(p)) || t.charAt(p) == ',')) {
                p++;
            }
            if (p == digitsFrom || !grouped(digitsFrom, p)) {
                return false;
            }
            wholeFrom = digitsFrom;
            wholeTo = p;
            fractionFrom = p;
            fractionTo = p;
            if (at('.')) {
                int f = p + 1;
                int k = f;
                while (k < to && isDigit(t.charAt(k))) {
                    k++;
                }
                if (k == f || k - f > 2) {
                    return false;
                }
                fractionFrom = f;
                fractionTo = k;
                p = k;
            }
            if (at('-') || (p < to && t.charAt(p) == '\u2212')) {
                if (sign != Sign.NONE || open) {
                    return false;
                }
                sign = Sign.MINUS;
                p++;
            }
            skipSpaces();
            if (open) {
                if (!at(')')) {
                    return false;
                }
                sign = Sign.PARENTHESES;
                p++;
                skipSpaces();
            }
            Marker marker = Marker.NONE;
            if (p < to) {
                boolean bracket = at('(');
                if (bracket) {
                    p++;
                    skipSpaces();
                }
                marker = marker();
                if (marker == Marker.NONE) {
                    return false;
                }
                if (at('.')) {
                    p++;
                }
                if (bracket) {
                    skipSpaces();
                    if (!at(')')) {
                        return false;
                    }
                    p++;
                }
                skipSpaces();
            }
            if (p != to) {
                return false;
            }
            this.marker = marker;
            return true;
        }

        /** The amount {@link #scan} found. */
        Amount amount() {
            String whole = t.substring(wholeFrom, wholeTo).replace(",", "");
            String fraction = t.substring(fractionFrom, fractionTo);
            BigDecimal magnitude = Money.of(new BigDecimal(fraction.isEmpty() ? whole : whole + "." + fraction));
            return new Amount(magnitude, sign, marker);
        }

        /** Reads a sign at {@code p} if there is one and no sign was read before; false otherwise. */
        private boolean sign() {
            if (p >= to) {
                return false;
            }
            char c = t.charAt(p);
            if (isMinus(c) || c == '+') {
                if (sign != Sign.NONE) {
                    p = to + 1; // two signs: never an amount
                    return true;
                }
                sign = c == '+' ? Sign.PLUS : Sign.MINUS;
                p++;
                return true;
            }
            return false;
        }

        private boolean currencyAt(int i) {
            if (i >= to) {
                return false;
            }
            char c = t.charAt(i);
            return c == '₹' || t.regionMatches(true, i, "RS", 0, 2) || t.regionMatches(true, i, "INR", 0, 3);
        }

        private boolean currency() {
            if (!currencyAt(p)) {
                return false;
            }
            if (t.charAt(p) == '₹') {
                p++;
            } else if (t.regionMatches(true, p, "INR", 0, 3)) {
                p += 3;
            } else {
                p += 2;
                if (at('.')) {
                    p++;
                }
            }
            return true;
        }

        private Marker marker() {
            if (p + 2 > to) {
                return Marker.NONE;
            }
            if (t.regionMatches(true, p, "CR", 0, 2)) {
                p += 2;
                return Marker.CR;
            }
            if (t.regionMatches(true, p, "DR", 0, 2)) {
                p += 2;
                return Marker.DR;
            }
            return Marker.NONE;
        }

        /** Plain digits, or commas in Indian ({@code 12,34,567}) or western ({@code 1,234,567}) groups. */
        private boolean grouped(int from, int end) {
            if (!isDigit(t.charAt(from)) || !isDigit(t.charAt(end - 1))) {
                return false;
            }
            int groups = 0;
            int first = -1;
            int last = 0;
            boolean middlesTwo = true;
            boolean middlesThree = true;
            int run = 0;
            for (int i = from; i <= end; i++) {
                if (i == end || t.charAt(i) == ',') {
                    if (run == 0) {
                        return false;
                    }
                    if (groups == 0) {
                        first = run;
                    } else if (i != end) {
                        middlesTwo &= run == 2;
                        middlesThree &= run == 3;
                    }
                    last = run;
                    groups++;
                    run = 0;
                } else {
                    run++;
                }
            }
            if (groups == 1) {
                return true;
            }
            boolean western = first <= 3 && last == 3 && middlesThree;
            boolean indian = first <= 2 && last == 3 && middlesTwo;
            return western || indian;
        }

        private boolean at(char c) {
            return p < to && t.charAt(p) == c;
        }

        private void skipSpaces() {
            while (p < to && Character.isWhitespace(t.charAt(p))) {
                p++;
            }
        }
    }
}
