package dev.passbook.testkit.arbitraries;

import dev.passbook.core.domain.DateRange;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * Statement periods as banks issue them: whole months, a month plus the 1st of the next (so the
 * month-end interest row is inside), several months, arbitrary ranges, and February of leap years.
 */
public final class Periods {

    private static final YearMonth FIRST = YearMonth.of(2019, 1);
    private static final int MONTHS = 8 * 12;

    private Periods() {
    }

    public static Arbitrary<DateRange> any() {
        Arbitrary<YearMonth> month = Arbitraries.integers().between(0, MONTHS - 1).map(FIRST::plusMonths);
        Arbitrary<DateRange> whole = month.map(m -> DateRange.of(m.atDay(1), m.atEndOfMonth()));
        Arbitrary<DateRange> plusADay = month.map(m -> DateRange.of(m.atDay(1), m.atEndOfMonth().plusDays(1)));
        Arbitrary<DateRange> several = month.flatMap(m -> Arbitraries.integers().between(2, 3)
                .map(n -> DateRange.of(m.atDay(1), m.plusMonths(n - 1).atEndOfMonth())));
        Arbitrary<DateRange> arbitrary = Arbitraries.integers().between(0, MONTHS * 30)
                .flatMap(start -> Arbitraries.integers().between(0, 75).map(len -> {
                    LocalDate from = FIRST.atDay(1).plusDays(start);
                    return DateRange.of(from, from.plusDays(len));
                }));
        Arbitrary<DateRange> leapFebruary = Arbitraries.of(2020, 2024).map(y -> YearMonth.of(y, 2))
                .map(m -> DateRange.of(m.atDay(1), m.atEndOfMonth()));
        return Arbitraries.frequencyOf(Tuple.of(4, whole), Tuple.of(2, plusADay), Tuple.of(1, several),
                Tuple.of(2, arbitrary), Tuple.of(1, leapFebruary));
    }

    public static int days(DateRange period) {
        return (int) ChronoUnit.DAYS.between(period.from(), period.to()) + 1;
    }

    /**
     * A day offset inside the period, biased towards the days parsers get wrong: first and last
     * day, month ends, 29 February, the 1st of a month.
     */
    public static Arbitrary<Integer> dayOffset(DateRange period) {
        int n = days(period);
        java.util.List<Integer> special = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate d = period.from().plusDays(i);
            if (i == 0 || i == n - 1 || d.getDayOfMonth() == 1 || d.equals(YearMonth.from(d).atEndOfMonth())) {
                special.add(i);
            }
        }
        return Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.integers().between(0, n - 1)),
                Tuple.of(1, Arbitraries.of(special)));
    }
}
