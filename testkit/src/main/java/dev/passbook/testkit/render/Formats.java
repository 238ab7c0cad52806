package dev.passbook.testkit.render;

import dev.passbook.core.spi.support.Amounts;
import dev.passbook.core.spi.support.StatementDates;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Number and date printing shared by the layouts (core's {@link Amounts} and {@link StatementDates} forms). */
final class Formats {

    private Formats() {
    }

    /** {@code 1,23,456.78}, {@code -5,000.00}. */
    static String indian(BigDecimal v) {
        return Amounts.format(v, Amounts.Grouping.INDIAN);
    }

    /** {@code 1,234,567.89}. */
    static String western(BigDecimal v) {
        return Amounts.format(v, Amounts.Grouping.WESTERN);
    }

    /** Magnitude with a {@code CR}/{@code DR} suffix, as SBI prints balances. */
    static String marked(BigDecimal v) {
        return Amounts.format(v.abs(), Amounts.Grouping.INDIAN) + (v.signum() < 0 ? " DR" : " CR");
    }

    static String date(LocalDate d, StatementDates.Form form) {
        return form.format(d);
    }
}
