package dev.passbook.core.application;

import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Identity;
import io.vavr.collection.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Months, missing months and masking checked against day-by-day (char-by-char) brute force. */
class MonthsProperties {

    private static final LocalDate BASE = LocalDate.of(2019, 12, 1);

    @Provide
    Arbitrary<DateRange> ranges() {
        return Combinators.combine(Arbitraries.integers().between(0, 1600), Arbitraries.integers().between(0, 500))
                .as((start, length) -> DateRange.of(BASE.plusDays(start), BASE.plusDays(start + length)));
    }

    @Provide
    Arbitrary<java.util.List<DateRange>> coverings() {
        return ranges().list().ofMaxSize(5);
    }

    private static java.util.List<LocalDate> days(DateRange r) {
        java.util.List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = r.from(); !d.isAfter(r.to()); d = d.plusDays(1)) {
            out.add(d);
        }
        return out;
    }

    private static java.util.List<YearMonth> bruteMonths(DateRange r) {
        Set<YearMonth> seen = new LinkedHashSet<>();
        for (LocalDate d : days(r)) {
            seen.add(YearMonth.from(d));
        }
        return new ArrayList<>(seen);
    }

    private static java.util.List<YearMonth> bruteMissing(DateRange period, java.util.List<DateRange> covered) {
        Set<YearMonth> coveredMonths = new TreeSet<>();
        for (DateRange r : covered) {
            for (LocalDate d : days(r)) {
                coveredMonths.add(YearMonth.from(d));
            }
        }
        Set<YearMonth> missing = new LinkedHashSet<>();
        for (LocalDate d : days(period)) {
            if (!coveredMonths.contains(YearMonth.from(d))) {
                missing.add(YearMonth.from(d));
            }
        }
        return new ArrayList<>(missing);
    }

    @Property(tries = 100)
    void monthsAreEveryMonthWithADayInTheRange(@ForAll("ranges") DateRange range) {
        assertEquals(bruteMonths(range), Months.touched(range).toJavaList());
    }

    @Property(tries = 100)
    void missingMonthsAreSessionMonthsWithNoCoveredDay(@ForAll("ranges") DateRange period,
                                                       @ForAll("coverings") java.util.List<DateRange> covered) {
        assertEquals(bruteMissing(period, covered), Months.missing(period, List.ofAll(covered)).toJavaList());
    }

    @Property(tries = 100)
    void missingRangesCoverExactlyTheSessionDaysOfMissingMonthsInMaximalRuns(
            @ForAll("ranges") DateRange period, @ForAll("coverings") java.util.List<DateRange> covered) {
        java.util.List<YearMonth> missing = bruteMissing(period, covered);
        Set<LocalDate> expectedDays = new TreeSet<>();
        for (LocalDate d : days(period)) {
            if (missing.contains(YearMonth.from(d))) {
                expectedDays.add(d);
            }
        }
        List<DateRange> ranges = Months.missingRanges(period, List.ofAll(covered));
        Set<LocalDate> actualDays = new TreeSet<>();
        for (DateRange r : ranges) {
            for (LocalDate d : days(r)) {
                assertTrue(actualDays.add(d), "ranges overlap at " + d);
            }
        }
        assertEquals(expectedDays, actualDays);
        // a new range starts exactly where a run of consecutive missing months is broken
        int runs = 0;
        for (int i = 0; i < missing.size(); i++) {
            if (i == 0 || !missing.get(i).equals(missing.get(i - 1).plusMonths(1))) {
                runs++;
            }
        }
        assertEquals(runs, ranges.size());
    }

    @Property(tries = 100)
    void maskKeepsOnlyTheLastFourCharacters(@ForAll("accountNumbers") String number) {
        String masked = Identity.mask(number);
        assertEquals(number.length(), masked.length());
        for (int i = 0; i < number.length(); i++) {
            char expected = i >= number.length() - 4 ? number.charAt(i) : 'X';
            assertEquals(expected, masked.charAt(i), "position " + i + " of " + masked);
        }
    }

    @Provide
    Arbitrary<String> accountNumbers() {
        return Arbitraries.strings().withChars("0123456789ABCDEFX-").ofMinLength(0).ofMaxLength(22);
    }
}
