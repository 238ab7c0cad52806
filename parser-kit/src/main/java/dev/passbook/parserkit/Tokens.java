package dev.passbook.parserkit;

import dev.passbook.core.spi.support.Amounts;
import dev.passbook.core.spi.support.StatementDates;

import java.util.Locale;
import java.util.regex.Pattern;

/** What a printed word looks like: money, a date or part of one, a Cr/Dr or sign marker, a placeholder. */
final class Tokens {

    private static final Pattern DATE_SHAPE = Pattern.compile(
            "(?i)^(\\d{1,2}[-/.](\\d{1,2}|[a-z]{3,9})([-/.]\\d{0,4})?-?|\\d{4}-\\d{2}-\\d{2}|[a-z]{3}-?)$");
    private static final Pattern MONTH = Pattern.compile(
            "(?i)^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}[.,]?$");
    private static final Pattern MARKER = Pattern.compile("(?i)^(\\(?(cr|dr)\\.?\\)?|[+\\-]|₹|rs\\.?|inr)$");
    private static final Pattern PLACEHOLDER = Pattern.compile("^(-{1,3}|—|–|N/?A|nil)$", Pattern.CASE_INSENSITIVE);

    private Tokens() {
    }

    /** An amount with a decimal point or grouping comma: how money looks in a row (an integer may be a code). */
    static boolean isMoney(String text) {
        return (text.indexOf('.') >= 0 || text.indexOf(',') >= 0) && Amounts.isAmount(text);
    }

    /** One or two digits: a day, or the tail of an amount wrapped onto the next line. */
    static boolean isShortNumber(String text) {
        int n = text.length();
        return (n == 1 || n == 2) && allOf(text, "0123456789");
    }

    /** A serial number cell: digits and dots ({@code 12}, {@code 12.}). */
    static boolean isSerial(String text) {
        return !text.isEmpty() && allOf(text, "0123456789.");
    }

    private static boolean allOf(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isAmount(String text) {
        return Amounts.isAmount(text);
    }

    /** {@code Cr}, {@code Dr.}, {@code (Cr)}, {@code +}, {@code -}, {@code ₹}, {@code Rs.}, {@code INR}. */
    static boolean isMarker(String text) {
        return MARKER.matcher(text.strip()).matches();
    }

    static boolean isPlaceholder(String text) {
        return PLACEHOLDER.matcher(text.strip()).matches();
    }

    /** A whole date, or the start of one that wraps ({@code 28-Apr-}, {@code 12/Mar/20}), or a month name. */
    static boolean isDate(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 12) {
            return false;
        }
        return Character.isDigit(t.charAt(0)) ? DATE_SHAPE.matcher(t).matches() || StatementDates.isDate(t)
                : MONTH.matcher(t).matches();
    }

    private static final Pattern DATE_PART = Pattern.compile(
            "(?i)^([0-9]{1,4}[-/.,]?|[0-9]{1,2}[:.][0-9]{2}([:.][0-9]{2})?|[ap]\\.?m\\.?|[0-9]{1,2}(st|nd|rd|th))$");

    /** A date, or a piece a wrapped date or a time leaves on a line: {@code 2021}, {@code 2 Jun}, {@code 10:22:05}, {@code PM}. */
    static boolean isDatePart(String text) {
        String t = text.strip();
        return isDate(t) || DATE_PART.matcher(t).matches() || MONTH.matcher(t).matches();
    }

    static boolean isMonth(String text) {
        return MONTH.matcher(text.strip()).matches();
    }

    static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}
