package dev.passbook.bench;

import dev.passbook.core.domain.Transaction;
import dev.passbook.testkit.GeneratedStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The harness's statement generator: exact page counts, consistent truth, reproducible files. No timing. */
class StatementCorpusTest {

    @Test
    void rendersExactlyTheRequestedNumberOfPages() {
        for (int pages : new int[]{1, 3, 7}) {
            StatementCorpus.Rendered r = StatementCorpus.withPages(pages, StatementCorpus.SEED);
            assertEquals(pages, r.pages(), "reported page count");
            assertEquals(pages, StatementCorpus.pageCount(r.pdf()), "pages in the PDF itself");
        }
    }

    @Test
    void moreRequestedPagesHoldMoreRows() {
        int three = StatementCorpus.withPages(3, StatementCorpus.SEED).truth().transactions().size();
        int seven = StatementCorpus.withPages(7, StatementCorpus.SEED).truth().transactions().size();
        assertTrue(seven > three * 2, "7 pages should hold well over twice the rows of 3: " + seven + " vs " + three);
    }

    @Test
    void largeStatementsAreInDateOrderAndTheirBalancesFollowTheRows() {
        // beyond 10,000 rows the testkit's own ordering key interleaves days; the corpus re-sorts
        GeneratedStatement s = StatementCorpus.withRows(12_000, 7L);
        assertEquals(12_000, s.transactions().size());
        BigDecimal balance = s.openingBalance();
        Transaction previous = null;
        for (Transaction t : s.transactions()) {
            balance = balance.add(t.signedAmount());
            assertEquals(balance, t.balance().get(), "running balance");
            assertTrue(balance.signum() >= 0, "a non-overdraft account never goes below zero");
            if (previous != null) {
                assertTrue(!t.date().isBefore(previous.date()), "rows in date order");
            }
            previous = t;
        }
        assertEquals(balance, s.closingBalance());
    }

    @Test
    void aCachedFileIsRenderedOnceWithItsFactsAndReusedAsIs(@TempDir Path dir) throws IOException {
        Path first = StatementCorpus.file(dir, 2);
        byte[] bytes = Files.readAllBytes(first);
        Properties facts = StatementCorpus.facts(first);
        assertEquals("2", facts.getProperty("pages"));
        assertEquals(Integer.toString(bytes.length), facts.getProperty("bytes"));
        assertEquals(2, StatementCorpus.pageCount(bytes));

        Path again = StatementCorpus.file(dir, 2);
        assertEquals(first, again);
        assertArrayEquals(bytes, Files.readAllBytes(again));
    }

    @Test
    void theSameSeedGivesTheSameStatement() {
        StatementCorpus.Rendered a = StatementCorpus.withPages(2, 99L);
        StatementCorpus.Rendered b = StatementCorpus.withPages(2, 99L);
        assertEquals(a.truth().transactions(), b.truth().transactions());
        assertArrayEquals(a.pdf(), b.pdf());
    }

    @Test
    void refusesNonPositiveSizes() {
        assertThrows(IllegalArgumentException.class, () -> StatementCorpus.withPages(0, 1L));
        assertThrows(IllegalArgumentException.class, () -> StatementCorpus.withRows(0, 1L));
    }
}
