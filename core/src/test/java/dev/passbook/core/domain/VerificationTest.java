package dev.passbook.core.domain;

import dev.passbook.core.domain.Verification.RowLocation;
import dev.passbook.core.domain.Verification.Totals;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VerificationTest {

    @Test
    void everyCheckedBalanceReproducedAndNoTotalsIsVerified() {
        Verification v = new Verification(12, 0, Option.none(), Totals.NOT_PRINTED);
        assertEquals(Verdict.VERIFIED, v.verdict());
        assertEquals("12 printed balances reproduced; no printed totals to compare", v.describe());
    }

    @Test
    void totalsThatDisagreeMakeAnUnbrokenChainUnverified() {
        assertEquals(Verdict.UNVERIFIED, new Verification(12, 0, Option.none(), Totals.MISMATCHED).verdict());
        assertEquals(Verdict.VERIFIED, new Verification(12, 0, Option.none(), Totals.MATCHED).verdict());
    }

    @Test
    void nothingCheckedIsUnverifiedEvenWithMatchingTotals() {
        Verification v = new Verification(0, 0, Option.none(), Totals.MATCHED);
        assertEquals(Verdict.UNVERIFIED, v.verdict());
        assertEquals("no printed balance could be checked against the one before it; printed totals match the rows",
                v.describe());
    }

    @Test
    void aBreakIsUnverifiedAndLocated() {
        Verification v = new Verification(40, 2, Option.some(new RowLocation(17, 3)), Totals.NOT_PRINTED);
        assertEquals(Verdict.UNVERIFIED, v.verdict());
        assertEquals("2 balance breaks in 40 checked balances, the first at row 17 on page 3; no printed totals to compare",
                v.describe());
    }

    @Test
    void aFirstBreakIsGivenExactlyWhenThereAreBreaks() {
        assertThrows(IllegalArgumentException.class, () -> new Verification(4, 1, Option.none(), Totals.MATCHED));
        assertThrows(IllegalArgumentException.class,
                () -> new Verification(4, 0, Option.some(new RowLocation(1, 1)), Totals.MATCHED));
        assertThrows(IllegalArgumentException.class, () -> new Verification(1, 2, Option.some(new RowLocation(1, 1)),
                Totals.MATCHED));
    }
}
