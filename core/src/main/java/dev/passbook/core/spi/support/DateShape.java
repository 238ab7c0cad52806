package dev.passbook.core.spi.support;

import java.util.regex.Pattern;

/**
 * A cheap look at a word before asking {@code StatementDates} to parse it: parsing tries every
 * printed form and fails by exception, which adds up over every word of a long statement.
 */
public final class DateShape {

    private static final Pattern SHAPE = Pattern.compile(
            "^(?:[0-9]{1,2}[-/.][0-9A-Za-z]{2,3}[-/.][0-9]{2,4}|[0-9]{4}-[0-9]{2}-[0-9]{2})$");

    private DateShape() {
    }

    /** True for {@code 05/03/24}, {@code 05-MAR-2024}, {@code 2024-03-05}...; false for most other words. */
    public static boolean looksLikeDate(String text) {
        return text.length() >= 6 && text.length() <= 11 && SHAPE.matcher(text).matches();
    }
}
