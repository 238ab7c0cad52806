package dev.passbook.core.spi.support;

import dev.passbook.core.domain.DateRange;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * The date forms Indian statements print (BANK-LAYOUTS.md, "What real exports showed"):
 * {@code 05/03/24}, {@code 05/03/2024}, {@code 05-03-2024}, {@code 05.03.2024}, {@code 05-MAR-2024},
 * {@code 05-Mar-24}, {@code 5 Mar 2024}, {@code 05/Mar/2024}, {@code Mar 05, 2024},
 * {@code 5 March 2024}, {@code 2024-03-05}; and any of them followed by a time of day
 * ({@code 05/03/2024 14:22:05}, {@code 05-03-2024 02:22 PM}), where the date is what counts.
 *
 * <p>Reading is strict: real calendar days only (no 31 April, no 29 February outside leap years),
 * numeric days and months with two digits ({@code 5/3/2024} is refused: browsers print US-ordered
 * {@code m/d/yyyy} dates in their page footers), two-digit years are 2000-2099 and four-digit years
 * 1900-2199, month names in English in any case ({@code Sep} and {@code Sept}, full names too), days
 * before a month name with one or two digits and, in {@code 5th Apr 2024}, an English ordinal.
 *
 * <p>Fast on text that is not a date: the table engine asks about every token of every row, so
 * a cheap look at the first characters rejects most words, and the reader is hand-written (no
 * formatter, no exception on a miss).
 *
 * <p>Dates printed without a year ({@code Apr 05}, {@code 05 Apr}) are read as a {@link MonthDay} by
 * {@link #parseDayMonth}; a caller that knows the statement period gets the full date from
 * {@link #resolve} (the one day in the period that has that month and day) or {@link #candidates}.
 */
public final class StatementDates {

    /** How a form orders day, month and year. */
    private enum Order { DMY, MDY, YMD }

    /** How a form prints the month. */
    private enum MonthStyle { NUMBER, ABBREVIATION, FULL }

    /** One printed form; {@link #format} and {@link #parse} round-trip. */
    public enum Form {
        DD_MM_YYYY_SLASH("dd/MM/uuuu", Order.DMY, '/', MonthStyle.NUMBER, 4, 2),
        DD_MM_YY_SLASH("dd/MM/yy", Order.DMY, '/', MonthStyle.NUMBER, 2, 2),
        DD_MM_YYYY_DASH("dd-MM-uuuu", Order.DMY, '-', MonthStyle.NUMBER, 4, 2),
        DD_MM_YY_DASH("dd-MM-yy", Order.DMY, '-', MonthStyle.NUMBER, 2, 2),
        DD_MM_YYYY_DOT("dd.MM.uuuu", Order.DMY, '.', MonthStyle.NUMBER, 4, 2),
        D_MMM_YYYY_SPACE("d MMM uuuu", Order.DMY, ' ', MonthStyle.ABBREVIATION, 4, 1),
        DD_MMM_YYYY_SPACE("dd MMM uuuu", Order.DMY, ' ', MonthStyle.ABBREVIATION, 4, 2),
        DD_MMM_YYYY_DASH("dd-MMM-uuuu", Order.DMY, '-', MonthStyle.ABBREVIATION, 4, 2),
        DD_MMM_YY_DASH("dd-MMM-yy", Order.DMY, '-', MonthStyle.ABBREVIATION, 2, 2),
        DD_MMM_YYYY_SLASH("dd/MMM/uuuu", Order.DMY, '/', MonthStyle.ABBREVIATION, 4, 2),
        D_MMMM_YYYY_SPACE("d MMMM uuuu", Order.DMY, ' ', MonthStyle.FULL, 4, 1),
        MMM_DD_YYYY("MMM dd, uuuu", Order.MDY, ' ', MonthStyle.ABBREVIATION, 4, 2),
        ISO("uuuu-MM-dd", Order.YMD, '-', MonthStyle.NUMBER, 4, 2);

        private final String pattern;
        private final Order order;
        private final char separator;
        private final MonthStyle month;
        private final int yearDigits;
        /** 1: one or two digits ({@code d}); 2: exactly two ({@code dd}). */
        private final int dayDigits;
        private final DateTimeFormatter formatter;

        Form(String pattern, Order order, char separator, MonthStyle month, int yearDigits, int dayDigits) {
            this.pattern = pattern;
            this.order = order;
            this.separator = separator;
            this.month = month;
            this.yearDigits = yearDigits;
            this.dayDigits = dayDigits;
            DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().parseCaseInsensitive();
            if (yearDigits == 2) {
                b.appendPattern(pattern.substring(0, pattern.length() - 2)).appendValueReduced(ChronoField.YEAR, 2, 2, 2000);
            } else {
                b.appendPattern(pattern);
            }
            this.formatter = b.toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
        }

        public String pattern() {
            return pattern;
        }

        public String format(LocalDate date) {
            return formatter.format(date);
        }

        /** The date when {@code text} (surrounding whitespace aside) is printed in exactly this form. */
        public Option<LocalDate> parse(String text) {
            if (text == null) {
                return Option.none();
            }
            String t = text.strip();
            Scan s = new Scan(t);
            if (!s.date(0, false) || s.end != t.length() || !accepts(s)) {
                return Option.none();
            }
            return Option.some(s.toDate());
        }

        private boolean accepts(Scan s) {
            if (s.order != order || s.separator != separator || s.yearDigits != yearDigits || s.ordinal) {
                return false;
            }
            if (dayDigits == 2 && s.dayDigits != 2) {
                return false;
            }
            return switch (month) {
                case NUMBER -> s.monthStyle == MonthStyle.NUMBER;
                case ABBREVIATION -> s.monthStyle == MonthStyle.ABBREVIATION || s.monthBoth;
                case FULL -> s.monthStyle == MonthStyle.FULL || s.monthBoth;
            };
        }
    }

    /** A date found inside longer text: its characters {@code [start, end)} and the day it names. */
    public record Found(int start, int end, LocalDate date) {
    }

    private static final int MAX_LENGTH = 40;
    private static final String[] ABBREVIATIONS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    private static final String[] FULL_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"};

    private StatementDates() {
    }

    /**
     * The date {@code text} prints in any of the forms, also when a time of day follows it
     * ({@code hh:mm}, {@code hh:mm:ss}, with or without {@code AM}/{@code PM}); none otherwise.
     */
    public static Option<LocalDate> parse(String text) {
        if (text == null) {
            return Option.none();
        }
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        int length = to - from;
        if (length < 6 || length > MAX_LENGTH || !possibleStart(text.charAt(from))) {
            return Option.none();
        }
        String t = from == 0 && to == text.length() ? text : text.substring(from, to);
        Scan s = new Scan(t);
        if (!s.date(0, true)) {
            return Option.none();
        }
        if (s.end == t.length() || Scan.isTime(t, s.end)) {
            return Option.some(s.toDate());
        }
        return Option.none();
    }

    public static boolean isDate(String text) {
        return parse(text).isDefined();
    }

    /**
     * Every date printed inside {@code text}, left to right, not overlapping, each standing on its own
     * (not glued to a letter or digit on either side; punctuation such as the dash of
     * {@code 01/04/2024-30/04/2024} or a bracket may touch it). Times after a date are not included.
     */
    public static List<Found> find(String text) {
        if (text == null || text.length() < 6) {
            return List.empty();
        }
        List<Found> out = List.empty();
        Scan s = new Scan(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean boundary = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            if (boundary && possibleStart(c) && s.date(i, true) && (s.end == text.length() || !Character.isLetterOrDigit(text.charAt(s.end)))) {
                out = out.append(new Found(i, s.end, s.toDate()));
                i = s.end;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * A day and month printed without a year: {@code Apr 05}, {@code Apr 5}, {@code 05 Apr},
     * {@code 5 April} (any case, one space or more between). 29 February is a valid answer; whether it
     * exists depends on the year, which {@link #resolve} settles.
     */
    public static Option<MonthDay> parseDayMonth(String text) {
        if (text == null) {
            return Option.none();
        }
        String t = text.strip();
        if (t.length() < 5 || t.length() > 13 || !possibleStart(t.charAt(0))) {
            return Option.none();
        }
        Scan s = new Scan(t);
        int month;
        int day;
        int end;
        if (Scan.isAsciiDigit(t.charAt(0))) {
            int d = s.digits(0, 1, 2);
            if (d < 0 || !Scan.isSpace(t, s.end)) {
                return Option.none();
            }
            day = d;
            int m = s.monthName(s.skipSpaces(s.end));
            if (m < 0) {
                return Option.none();
            }
            month = m;
            end = s.end;
        } else {
            int m = s.monthName(0);
            if (m < 0 || !Scan.isSpace(t, s.end)) {
                return Option.none();
            }
            month = m;
            int d = s.digits(s.skipSpaces(s.end), 1, 2);
            if (d < 0) {
                return Option.none();
            }
            day = d;
            end = s.end;
        }
        if (end != t.length() || day < 1 || day > Month.of(month).maxLength()) {
            return Option.none();
        }
        return Option.some(MonthDay.of(month, day));
    }

    /**
     * Every real day within {@code period} (both ends included) that falls on {@code monthDay}, oldest
     * first: one for a period shorter than a year, two when a longer period holds that day twice, none
     * when the period does not reach it (or it is 29 February and the period has no leap day).
     */
    public static List<LocalDate> candidates(MonthDay monthDay, DateRange period) {
        List<LocalDate> out = List.empty();
        for (int year = period.from().getYear(); year <= period.to().getYear(); year++) {
            if (monthDay.isValidYear(year)) {
                LocalDate day = monthDay.atYear(year);
                if (period.contains(day)) {
                    out = out.append(day);
                }
            }
        }
        return out;
    }

    /**
     * The date of a year-less {@code monthDay} on a statement covering {@code period}: the single
     * candidate, or none when there is no candidate or more than one (a period over a year long
     * cannot tell which year is meant).
     */
    public static Option<LocalDate> resolve(MonthDay monthDay, DateRange period) {
        List<LocalDate> c = candidates(monthDay, period);
        return c.size() == 1 ? Option.some(c.head()) : Option.none();
    }

    private static boolean possibleStart(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** A hand-written reader over one text; each call overwrites the fields it fills. */
    private static final class Scan {
        private final String t;
        int end;
        int year;
        int month;
        int day;
        Order order;
        char separator;
        MonthStyle monthStyle;
        /** The month name reads both as an abbreviation and a full name ({@code May}). */
        boolean monthBoth;
        int yearDigits;
        int dayDigits;
        boolean ordinal;

        Scan(String t) {
            this.t = t;
        }

        LocalDate toDate() {
            return LocalDate.of(year, month, day);
        }

        /** Reads a date starting at {@code i}; {@code lenient} allows forms only whole-text reading takes (ordinals). */
        boolean date(int i, boolean lenient) {
            ordinal = false;
            monthBoth = false;
            if (i >= t.length()) {
                return false;
            }
            char c = t.charAt(i);
            boolean ok = isAsciiDigit(c) ? numericStart(i, lenient) : monthFirst(i);
            return ok && valid();
        }

        private boolean numericStart(int i, boolean lenient) {
            int n = digits(i, 1, 4);
            if (n < 0) {
                return false;
            }
            int width = end - i;
            if (width == 4) {
                return iso(n);
            }
            if (width > 2) {
                return false;
            }
            day = n;
            dayDigits = width;
            int p = end;
            if (p >= t.length()) {
                return false;
            }
            char sep = t.charAt(p);
            if (sep == '/' || sep == '-' || sep == '.') {
                return dayFirstWithSeparator(p, sep);
            }
            if (lenient && p + 2 <= t.length() && isOrdinal(n, p)) {
                ordinal = true;
                p += 2;
            }
            if (isSpace(t, p)) {
                return dayFirstWithSpaces(p);
            }
            return false;
        }

        private boolean iso(int y) {
            int p = end;
            if (!at(p, '-')) {
                return false;
            }
            int m = digits(p + 1, 2, 2);
            if (m < 0 || !at(end, '-')) {
                return false;
            }
            int d = digits(end + 1, 2, 2);
            if (d < 0) {
                return false;
            }
            year = y;
            month = m;
            day = d;
            order = Order.YMD;
            separator = '-';
            monthStyle = MonthStyle.NUMBER;
            yearDigits = 4;
            dayDigits = 2;
            return true;
        }

        /** {@code dd/mm/yy[yy]}, {@code dd-mm-yyyy}, {@code dd.mm.yyyy}, {@code dd-Mon-yy[yy]}, {@code dd/Mon/yyyy}. */
        private boolean dayFirstWithSeparator(int p, char sep) {
            int q = p + 1;
            if (q >= t.length()) {
                return false;
            }
            order = Order.DMY;
            separator = sep;
            if (isAsciiDigit(t.charAt(q))) {
                int m = digits(q, 2, 2);
                if (m < 0 || dayDigits != 2) {
                    return false;
                }
                month = m;
                monthStyle = MonthStyle.NUMBER;
            } else {
                if (sep == '.') {
                    return false;
                }
                int m = monthName(q);
                if (m < 0) {
                    return false;
                }
                month = m;
            }
            if (!at(end, sep)) {
                return false;
            }
            int start = end + 1;
            int y = digits(start, 2, 4);
            if (y < 0 || end - start == 3) {
                return false;
            }
            yearDigits = end - start;
            year = yearDigits == 2 ? 2000 + y : y;
            return true;
        }

        /** {@code d Mon yyyy}, {@code d Month yyyy}: words separated by spaces. */
        private boolean dayFirstWithSpaces(int p) {
            int m = monthName(skipSpaces(p));
            if (m < 0 || !isSpace(t, end)) {
                return false;
            }
            int start = skipSpaces(end);
            int y = digits(start, 4, 4);
            if (y < 0) {
                return false;
            }
            month = m;
            year = y;
            order = Order.DMY;
            separator = ' ';
            yearDigits = 4;
            return true;
        }

        /** {@code Mon dd, yyyy}, {@code Mon d yyyy}. */
        private boolean monthFirst(int i) {
            int m = monthName(i);
            if (m < 0 || !isSpace(t, end)) {
                return false;
            }
            int ds = skipSpaces(end);
            int d = digits(ds, 1, 2);
            if (d < 0) {
                return false;
            }
            dayDigits = end - ds;
            int p = end;
            if (at(p, ',')) {
                p++;
            }
            if (!isSpace(t, p)) {
                return false;
            }
            int start = skipSpaces(p);
            int y = digits(start, 4, 4);
            if (y < 0) {
                return false;
            }
            month = m;
            day = d;
            year = y;
            order = Order.MDY;
            separator = ' ';
            yearDigits = 4;
            return true;
        }

        private boolean valid() {
            if (month < 1 || month > 12 || day < 1) {
                return false;
            }
            if (yearDigits == 4 && (year < 1900 || year > 2199)) {
                return false;
            }
            return day <= Month.of(month).length(Year.isLeap(year));
        }

        /** The number of {@code min..max} ASCII digits at {@code i} (then not followed by another digit), or -1. */
        int digits(int i, int min, int max) {
            int n = 0;
            int k = i;
            while (k < t.length() && k - i < max && isAsciiDigit(t.charAt(k))) {
                n = n * 10 + (t.charAt(k) - '0');
                k++;
            }
            if (k - i < min || (k < t.length() && isAsciiDigit(t.charAt(k)))) {
                return -1;
            }
            end = k;
            return n;
        }

        /** The month (1-12) named by the letters at {@code i}, abbreviated or in full, or -1; sets the style. */
        int monthName(int i) {
            int k = i;
            while (k < t.length() && isAsciiLetter(t.charAt(k))) {
                k++;
            }
            int length = k - i;
            if (length < 3 || length > 9) {
                return -1;
            }
            for (int m = 0; m < 12; m++) {
                boolean abbreviation = length == 3 && t.regionMatches(true, i, ABBREVIATIONS[m], 0, 3)
                        || m == 8 && length == 4 && t.regionMatches(true, i, "sept", 0, 4);
                boolean full = length == FULL_NAMES[m].length() && t.regionMatches(true, i, FULL_NAMES[m], 0, length);
                if (abbreviation || full) {
                    monthStyle = abbreviation ? MonthStyle.ABBREVIATION : MonthStyle.FULL;
                    monthBoth = abbreviation && full;
                    end = k;
                    return m + 1;
                }
            }
            return -1;
        }

        private boolean isOrdinal(int n, int p) {
            String expected = (n % 10 == 1 && n != 11) ? "st" : (n % 10 == 2 && n != 12) ? "nd" : (n % 10 == 3 && n != 13) ? "rd" : "th";
            return t.regionMatches(true, p, expected, 0, 2);
        }

        int skipSpaces(int i) {
            int k = i;
            while (k < t.length() && Character.isWhitespace(t.charAt(k))) {
                k++;
            }
            return k;
        }

        private boolean at(int i, char c) {
            return i < t.length() && t.charAt(i) == c;
        }

        static boolean isSpace(String t, int i) {
            return i < t.length() && Character.isWhitespace(t.charAt(i));
        }

        static boolean isAsciiDigit(char c) {
            return c >= '0' && c <= '9';
        }

        static boolean isAsciiLetter(char c) {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        }

        /**
         * Whitespace then a time of day to the end of {@code t} from {@code i}: {@code h:mm},
         * {@code hh:mm:ss}, optionally followed by {@code AM}/{@code PM} (any case, a space or not).
         */
        static boolean isTime(String t, int i) {
            if (!isSpace(t, i)) {
                return false;
            }
            Scan s = new Scan(t);
            int p = s.skipSpaces(i);
            int hour = s.digits(p, 1, 2);
            if (hour < 0 || !s.at(s.end, ':')) {
                return false;
            }
            int minute = s.digits(s.end + 1, 2, 2);
            if (minute < 0 || minute > 59) {
                return false;
            }
            if (s.at(s.end, ':')) {
                int second = s.digits(s.end + 1, 2, 2);
                if (second < 0 || second > 59) {
                    return false;
                }
            }
            int q = s.skipSpaces(s.end);
            if (q == t.length()) {
                return s.end == t.length() && hour <= 23;
            }
            boolean meridiem = q + 2 == t.length() && (t.regionMatches(true, q, "am", 0, 2) || t.regionMatches(true, q, "pm", 0, 2));
            return meridiem && hour >= 1 && hour <= 12;
        }
    }
}
