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

    /** The period forms of the corpus survey, with synthetic dates. */
    @Test
    void readsThePeriodFormsOfRealStatements() {
        assertEquals(april(), read("Statement of Account No :1234 for the period (From : 01-04-2024 To : 30-04-2024)"));
        assertEquals(april(), read("Account statement for: 1 April 2024 to 30 April 2024"));
        assertEquals(april(), read("Your Account Statement as on May 02, 2024 Statement Period from Apr 01, 2024 to Apr 30, 2024"));
        assertEquals(april(), read("STATEMENT PERIOD : 2024-04-01 TO 2024-04-30"));
        assertEquals(april(), read("Customer Account Ledger Report from 01-04-2024 to 30-04-2024"));
        assertEquals(april(), read("Statement From : 01 Apr 2024 Statement To : 30 Apr 2024"));
        assertEquals(april(), read("Statement for A/c 1234 Between 01-Apr-2024 and 30-Apr-2024"));
        assertEquals(april(), read("Date range: 01/04/2024 - 30/04/2024"));
        assertEquals(april(), read("STATEMENT DATE : 01 Apr 2024 To 30 Apr 2024"));
        assertEquals(april(), read("Transaction Date from 01/04/2024 to 30/04/2024"));
        assertEquals(april(), read("Statement Period : From 01/04/2024 To 30/04/2024 Statement Date: 01/05/24 09:41:07"));
        assertEquals(april(), read("Period : 01/04/2024-30/04/2024"));
    }

    @Test
    void aPeriodLabelOverItsValue() {
        assertEquals(april(), PeriodReader.read(List.of(
                line(232, 295, "Type Of Account", 431, "Period"),
                line(251, 295, "SAVINGS", 431, "01-04-2024 - 30-04-2024"))));
        assertEquals(april(), PeriodReader.read(List.of(
                line(207, 265, "Account Type", 423, "Period"),
                line(229, 265, "Savings Account", 441, "01/04/2024-30/04/2024"))));
    }

    @Test
    void ignoresDatesThatDoNotFormAPeriod() {
        assertEquals(Option.none(), read("Generated on 01/05/2024 at branch 30/04/2024"), "no cue word, no 'to'");
        assertEquals(Option.none(), read("Statement from 30/04/2024 to 01/04/2024"), "backwards");
        assertEquals(Option.none(), read("Statement from 31/02/2024 to 30/04/2024"), "no such day");
        assertEquals(Option.none(), read("Statement of account"));
        assertEquals(Option.none(), read("Account Statement as of 03-07-2024 10:15:42 GMT +0530"), "one date");
        assertEquals(Option.none(), read("Statement from 01/04/2024 ref 30/04/2024"), "not joined by to");
    }
}
