package dev.passbook.core.spi.support;

import dev.passbook.core.spi.support.StatementDates.Form;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementDatesProperties {

    private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2099, 12, 31);

    /** Days of 2000..2099 (two-digit years read as 20yy), leap days often. */
    @Provide
    Arbitrary<LocalDate> days() {
        Arbitrary<LocalDate> any = Arbitraries.longs().between(0, LAST.toEpochDay() - FIRST.toEpochDay())
                .map(FIRST::plusDays);
        Arbitrary<LocalDate> leap = Arbitraries.integers().between(0, 24).map(i -> LocalDate.of(2000 + 4 * i, 2, 29));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, any), net.jqwik.api.Tuple.of(1, leap));
    }

    @Property(tries = 200)
    void everyFormReadsBackWhatItPrinted(@ForAll("days") LocalDate day, @ForAll Form form) {
        String text = form.format(day);
        assertEquals(day, form.parse(text).getOrNull(), form + " " + text);
        assertEquals(day, form.parse(text.toUpperCase()).getOrNull(), form + " upper " + text);
        assertEquals(day, form.parse(" " + text + " ").getOrNull(), form + " padded " + text);
    }

    @Property(tries = 200)
    void theFirstMatchingFormReadsTheSameDay(@ForAll("days") LocalDate day, @ForAll Form form) {
        String text = form.format(day);
        assertEquals(day, StatementDates.parse(text).getOrNull(), form + " " + text);
    }

    @Example
    void leapDayOfEveryFormRoundTrips() {
        for (LocalDate leap : List.of(LocalDate.of(2000, 2, 29), LocalDate.of(2024, 2, 29), LocalDate.of(2096, 2, 29))) {
            for (Form form : Form.values()) {
                assertEquals(leap, form.parse(form.format(leap)).getOrNull(), form.pattern());
            }
        }
    }

    @Example
    void impossibleDaysAreRefusedInEveryForm() {
        for (String bad : List.of("29/02/2023", "29/02/23", "31-04-2024", "30.02.2024", "29 Feb 2023", "31-JUN-2024",
                "2023-02-29", "00/01/2024", "01/00/2024", "1/1/2024x", "", "   ", "32 Jan 2024", "01/01/1999x")) {
            assertTrue(StatementDates.parse(bad).isEmpty(), bad);
        }
    }
}
