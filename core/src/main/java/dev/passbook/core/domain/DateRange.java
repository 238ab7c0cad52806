package dev.passbook.core.domain;

import io.vavr.collection.List;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/** An inclusive range of days. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
    }

    public static DateRange of(LocalDate from, LocalDate to) {
        return new DateRange(from, to);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public boolean overlaps(DateRange other) {
        return !other.to.isBefore(from) && !other.from.isAfter(to);
    }

    /** Every calendar month this range touches, in order. */
    public List<YearMonth> months() {
        YearMonth last = YearMonth.from(to);
        return io.vavr.collection.Stream.iterate(YearMonth.from(from), m -> m.plusMonths(1)).takeWhile(m -> !m.isAfter(last)).toList();
    }
}
