package dev.passbook.core.spi.support;

import io.vavr.collection.List;
import io.vavr.control.Option;
import io.vavr.control.Try;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * The date forms Indian statements print (BANK-LAYOUTS.md): {@code 05/03/24}, {@code 05/03/2024},
 * {@code 05-03-2024}, {@code 05.03.2024}, {@code 5 Mar 2024}, {@code 05-MAR-2024}, {@code 2024-03-05}.
 * Two-digit years are 2000-2099. Month names are read in any case.
 */
public final class StatementDates {

    /** One printed form; {@link #format} and {@link #parse} round-trip. */
    public enum Form {
        DD_MM_YYYY_SLASH("dd/MM/uuuu"),
        DD_MM_YY_SLASH("dd/MM/yy"),
        DD_MM_YYYY_DASH("dd-MM-uuuu"),
        DD_MM_YY_DASH("dd-MM-yy"),
        DD_MM_YYYY_DOT("dd.MM.uuuu"),
        D_MMM_YYYY_SPACE("d MMM uuuu"),
        DD_MMM_YYYY_SPACE("dd MMM uuuu"),
        DD_MMM_YYYY_DASH("dd-MMM-uuuu"),
        DD_MMM_YY_DASH("dd-MMM-yy"),
        ISO("uuuu-MM-dd");

        private final String pattern;
        private final DateTimeFormatter formatter;

        Form(String pattern) {
            this.pattern = pattern;
            DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().parseCaseInsensitive();
            if (pattern.endsWith("yy") && !pattern.endsWith("uuuu")) {
                b.appendPattern(pattern.substring(0, pattern.length() - 2))
                        .appendValueReduced(ChronoField.YEAR, 2, 2, 2000);
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

        public Option<LocalDate> parse(String text) {
            return text == null ? Option.none() : Try.of(() -> LocalDate.parse(text.strip(), formatter)).toOption();
        }
    }

    private static final List<Form> ALL = List.of(Form.values());

    private StatementDates() {
    }

    /** The first form that reads {@code text} as a date. */
    public static Option<LocalDate> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 12) {
            return Option.none();
        }
        return ALL.iterator().map(f -> f.parse(text)).find(Option::isDefined).flatMap(o -> o);
    }

    public static boolean isDate(String text) {
        return parse(text).isDefined();
    }
}
