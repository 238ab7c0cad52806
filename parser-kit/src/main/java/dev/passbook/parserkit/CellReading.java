package dev.passbook.parserkit;

import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.core.spi.support.Amounts;
import dev.passbook.core.spi.support.StatementDates;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reading one cell's pieces: a wrapped date or time, a wrapped amount, a direction word, wrapped text. */
final class CellReading {

    /** A time of day: {@code 10:22}, {@code 10:22:05 AM}, {@code 6.21 PM} (a dot only with AM/PM: 01.04 is a date). */
    private static final Pattern TIME = Pattern.compile(
            "(?i)\\b\\d{1,2}:\\d{2}(:\\d{2})?\\s*([ap]\\.?m\\.?)?|\\b\\d{1,2}\\.\\d{2}\\s*[ap]\\.?m\\.?");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^A-Z]");
    private static final Pattern DOT_GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{2,3})+\\.\\d{2}");
    /** Fixed-width cuts are wide; short equal fragments are just short words. */
    static final int MIN_CUT_WIDTH = 12;

    private CellReading() {
    }

    /**
     * The date of a cell printed over one or more lines ({@code 28-Apr-} / {@code 2021}, {@code 2 Jun} /
     * {@code 2021}), a time of day beside or under it ignored. Pieces ending in a separator join without a
     * space. The longest run of leading pieces that reads as a date wins, so a time on the line below
     * does not spoil it.
     */
    static Option<LocalDate> date(List<String> pieces) {
        return date(pieces, Option.none());
    }

    /**
     * As {@link #date(List)}; with the statement {@code period} known, a day and month printed without a
     * year ({@code Apr 05}) is the one such day inside the period.
     */
    static Option<LocalDate> date(List<String> pieces, Option<DateRange> period) {
        for (int n = pieces.size(); n >= 1; n--) {
            for (String joined : joins(pieces.take(n))) {
                Option<LocalDate> d = parseDate(joined);
                if (d.isEmpty() && period.isDefined()) {
                    d = StatementDates.parseDayMonth(TIME.matcher(joined).replaceAll(" ").strip())
                            .flatMap(md -> StatementDates.resolve(md, period.get()));
                }
                if (d.isDefined()) {
                    return d;
                }
            }
        }
        return Option.none();
    }

    /**
     * The ways pieces of a wrapped cell may go back together: the likely one first (no space after a
     * separator), then every other choice of space or none between pieces ({@code 12/Mar/202} / {@code 2}
     * was cut inside a number). At most four pieces are tried every way.
     */
    private static List<String> joins(List<String> pieces) {
        List<String> out = List.of(join(pieces));
        if (pieces.size() < 2 || pieces.size() > 4) {
            return out;
        }
        int gaps = pieces.size() - 1;
        for (int mask = 0; mask < (1 << gaps); mask++) {
            StringBuilder sb = new StringBuilder(pieces.head().strip());
            for (int g = 0; g < gaps; g++) {
                sb.append((mask & (1 << g)) != 0 ? " " : "").append(pieces.get(g + 1).strip());
            }
            out = out.append(sb.toString());
        }
        return out.distinct();
    }

    private static String join(List<String> pieces) {
        StringBuilder sb = new StringBuilder();
        for (String p : pieces) {
            String t = p.strip();
            if (sb.length() > 0 && !(endsWithSeparator(sb) || t.startsWith("-") || t.startsWith("/"))) {
                sb.append(' ');
            }
            sb.append(t);
        }
        return sb.toString();
    }

    private static boolean endsWithSeparator(StringBuilder sb) {
        char c = sb.charAt(sb.length() - 1);
        return c == '-' || c == '/' || c == '.';
    }

    static Option<LocalDate> parseDate(String text) {
        String t = SPACES.matcher(TIME.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
        if (t.endsWith(",")) {
            t = t.substring(0, t.length() - 1);
        }
        Option<LocalDate> d = StatementDates.parse(t);
        if (d.isDefined() || t.indexOf(' ') < 0) {
            return d;
        }
        // three words, as some exports print d Mon yyyy
        return StatementDates.parse(t.replace(", ", " ").replace(' ', '-'));
    }

    /**
     * The amount of a money cell over its pieces. An amount wrapped onto the next line ({@code 1,23,456.7} /
     * {@code 8}) joins without a space; a marker or sign word joins with one.
     */
    static Option<Amounts.Amount> amount(List<String> pieces) {
        List<String> real = pieces.map(String::strip).filter(p -> !p.isEmpty() && !Tokens.isPlaceholder(p));
        if (real.isEmpty()) {
            return Option.none();
        }
        StringBuilder sb = new StringBuilder(real.head());
        for (String p : real.tail()) {
            if (Tokens.isShortNumber(p)) {
                sb.append(p);
            } else {
                sb.append(' ').append(p);
            }
        }
        String text = sb.toString().replace("+ ", "+").replace("- ", "-");
        if (text.startsWith("+")) {
            text = text.substring(1);
        }
        if (text.startsWith(".") || text.startsWith("-.")) {
            text = text.replaceFirst("\\.", "0."); // .73 is 0.73
        }
        Option<Amounts.Amount> read = Amounts.parse(text);
        return read.isEmpty() && DOT_GROUPED.matcher(text).matches()
                ? Amounts.parse(text.substring(0, text.lastIndexOf('.')).replace('.', ',') + text.substring(text.lastIndexOf('.')))
                : read;
    }

    /**
     * Whether a money cell groups its digits with dots ({@code 12.345.67}): two dots or more, the last before the
     * paise. Banks group with commas; such a figure is read (it has one meaning) and the ledger says so.
     */
    static boolean dotGrouped(List<String> pieces) {
        return pieces.size() == 1 && DOT_GROUPED.matcher(pieces.head().strip()).matches();
    }

    static boolean empty(List<String> pieces) {
        return pieces.forAll(p -> p.isBlank() || Tokens.isPlaceholder(p));
    }

    /** A direction printed in its own column or as a word: {@code Dr}, {@code CR.}, {@code DEBIT}, {@code C}. */
    static Option<TransactionType> direction(String text) {
        String t = NOT_LETTERS.matcher(text.strip().toUpperCase(Locale.ROOT)).replaceAll("");
        return switch (t) {
            case "DR", "D", "DEBIT", "WITHDRAWAL" -> Option.some(TransactionType.DEBIT);
            case "CR", "C", "CREDIT", "DEPOSIT" -> Option.some(TransactionType.CREDIT);
            default -> Option.none();
        };
    }

    /**
     * Wrapped text put back together: cut at a fixed width mid-word ({@code cut}: pieces join without a
     * space) or wrapped between words (one space).
     */
    static String text(List<String> pieces, boolean cut) {
        List<String> real = pieces.map(String::strip).filter(s -> !s.isEmpty());
        return cut ? real.mkString("") : real.mkString(" ");
    }

    /** A reference wrapped inside its cell ({@code 123456789} / {@code 012}) joins without a space. */
    static String reference(List<String> pieces) {
        List<String> real = pieces.map(String::strip).filter(s -> !s.isEmpty() && !Tokens.isPlaceholder(s));
        return real.forAll(s -> s.indexOf(' ') < 0) ? real.mkString("") : real.mkString(" ");
    }
}
