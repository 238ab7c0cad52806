package dev.passbook.core.application;

import dev.passbook.core.domain.DateRange;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;

import java.time.YearMonth;

/**
 * Month arithmetic of the upload response. A statement covers every month its extracted range
 * touches (one transaction day in a month is enough); a month of the session period is missing when
 * no accepted statement of the account covers it.
 */
public final class Months {

    private Months() {
    }

    /** Every month {@code range} touches, in order. */
    public static List<YearMonth> touched(DateRange range) {
        return range.months();
    }

    /** Months of {@code period} touched by none of {@code covered}, in order. */
    public static List<YearMonth> missing(DateRange period, List<DateRange> covered) {
        Set<YearMonth> have = TreeSet.ofAll(covered.flatMap(DateRange::months));
        return period.months().filter(m -> !have.contains(m));
    }

    /**
     * The missing months as date ranges: consecutive missing months merged into one range, clipped to
     * {@code period} (so a session starting mid-month reports from its first day).
     */
    public static List<DateRange> missingRanges(DateRange period, List<DateRange> covered) {
        List<YearMonth> missing = missing(period, covered);
        List<DateRange> out = List.empty();
        YearMonth start = null;
        YearMonth prev = null;
        for (YearMonth m : missing) {
            if (start != null && !m.equals(prev.plusMonths(1))) {
                out = out.append(clip(period, start, prev));
                start = null;
            }
            if (start == null) {
                start = m;
            }
            prev = m;
        }
        if (start != null) {
            out = out.append(clip(period, start, prev));
        }
        return out;
    }

    private static DateRange clip(DateRange period, YearMonth first, YearMonth last) {
        var from = first.atDay(1).isBefore(period.from()) ? period.from() : first.atDay(1);
        var to = last.atEndOfMonth().isAfter(period.to()) ? period.to() : last.atEndOfMonth();
        return DateRange.of(from, to);
    }
}
