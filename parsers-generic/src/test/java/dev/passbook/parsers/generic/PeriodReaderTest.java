package dev.passbook.parsers.generic;

import dev.passbook.core.domain.DateRange;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.passbook.parsers.generic.TextFixtures.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PeriodReaderTest {

    private static Option<DateRange> read(String text) {
        return PeriodReader.read(List.of(line(10, 26, "Account Name : X"), line(20, 26, text)));
    }

    private static Option<DateRange> april() {
        return Option.some(DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30)));
    }

    @Test
    void readsEveryPrintedPeriodWording() {
        assertEquals(april(), read("Account Statement from 1 Apr 2024 to 30 Apr 2024"));
        assertEquals(april(), read("Statement From : 01/04/2024 To : 30/04/2024"));
        assertEquals(april(), read("Statement of Account for the period 01-04-2024 to 30-04-2024"));
        assertEquals(april(), read("Transactions for the period 01.04.2024 to 30.04.2024"));
        assertEquals(april(), read("Period: 01-APR-2024 to 30-APR-2024"));
        assertEquals(april(), read("From : 01/04/24 To : 30/04/24"));
    }

    @Test
    void ignoresDatesThatDoNotFormAPeriod() {
        assertEquals(Option.none(), read("Generated on 01/05/2024 at branch 30/04/2024"), "no cue word, no 'to'");
        assertEquals(Option.none(), read("Statement from 30/04/2024 to 01/04/2024"), "backwards");
        assertEquals(Option.none(), read("Statement from 31/02/2024 to 30/04/2024"), "no such day");
        assertEquals(Option.none(), read("Statement of account"));
    }
}
