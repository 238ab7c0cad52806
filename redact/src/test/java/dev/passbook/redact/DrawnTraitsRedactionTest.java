package dev.passbook.redact;

import dev.passbook.core.application.StatementRead;
import dev.passbook.core.document.Document;
import dev.passbook.core.document.Line;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.Verdict;
import dev.passbook.testkit.drawn.DrawnStatement;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static dev.passbook.testkit.drawn.DrawnStatement.Col.left;
import static dev.passbook.testkit.drawn.DrawnStatement.Col.right;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Traits of real statements, drawn by hand into a PDF, whose copies used to read differently from their
 * originals: two year-less date cells side by side, a row the page break cut printed again at the top of the
 * next page, a figure printed in the block on every page.
 */
class DrawnTraitsRedactionTest {

    /** Each word of the drawn statement in Helvetica at its place and width, as the redactor draws a copy. */
    static byte[] pdf(Document doc) {
        Map<WordRef, String> texts = new TreeMap<>();
        for (int p = 0; p < doc.pages().size(); p++) {
            for (int l = 0; l < doc.pages().get(p).lines().size(); l++) {
                Line line = doc.pages().get(p).lines().get(l);
                for (int w = 0; w < line.words().size(); w++) {
                    texts.put(new WordRef(p, l, w), line.words().get(w).text());
                }
            }
        }
        try {
            return new Redrawer().draw(doc, null, texts, "none").pdf();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DrawnStatement statement() {
        return DrawnStatement.standard("CANARA BANK", "CNRB0001234");
    }

    private static Redactor.Redaction redact(byte[] original, long seed) {
        Either<String, Redactor.Redaction> r = Redactors.REDACTOR.redact(original, Option.none(), new Random(seed));
        assertTrue(r.isRight(), () -> r.getLeft());
        return r.get();
    }

    /**
     * {@code Apr 29 Apr 30}: the middle words read as a date too ({@code 29 Apr}). Shifting that one left the
     * first cell's month and the second cell's day as printed: the copy's dates moved by no one offset, and a
     * day past its month's end ({@code Apr 31}) made the copy unreadable.
     */
    @Test
    void yearLessDateCellsSideBySideEachMoveByTheFileOffset() {
        byte[] original = pdf(statement()
                .columns(left("Txn Date", 22, 60), left("Value Date", 65, 105), left("Narration", 110, 235),
                        right("Debit", 325, 400), right("Credit", 405, 470), right("Balance", 475, 545))
                .row("Apr 01", "Apr 02", "UPI-RAVI KUMAR", "250.50", "", "749.50")
                .row("Apr 29", "Apr 30", "NEFT CR-ACME LTD", "", "1,00,000.00", "1,00,749.50")
                .row("Apr 30", "Apr 30", "ATM WDL", "500.00", "", "1,00,249.50")
                .trailer("Opening Balance : 1,000.00").document());
        StatementRead before = Copies.read(original);
        assertEquals(Verdict.VERIFIED, before.verification().verdict());
        for (long seed = 1; seed <= 3; seed++) {
            StatementRead after = Copies.read(redact(original, seed).pdf());
            assertEquals(Verdict.VERIFIED, after.verification().verdict(), "seed " + seed);
            assertEquals(3, after.parsed().transactions().size(), "rows, seed " + seed);
            Set<Long> offsets = new HashSet<>();
            for (int i = 0; i < 3; i++) {
                Transaction a = before.parsed().transactions().get(i);
                Transaction b = after.parsed().transactions().get(i);
                offsets.add(days(a.date(), b.date()));
                offsets.add(days(a.valueDate().get(), b.valueDate().get()));
            }
            assertEquals(1, offsets.size(), "one offset for every date, seed " + seed + ": " + offsets);
            long offset = offsets.iterator().next();
            assertTrue(offset < 0 && offset % 7 == 0, "whole weeks into the past: " + offset);
        }
    }

    /**
     * The last row of page 1 printed again at the top of page 2 with its date and amount and no balance (a
     * stub the parser reads once), its amount also that of an earlier row. The stub must take the new amount
     * of the row it repeats, not of the first row of that amount, or the copy reads one row more.
     */
    @Test
    void aRowRepeatedAtThePageBreakStaysOneRow() {
        byte[] original = pdf(statement().rowsPerPage(3)
                .columns(left("Date", 22, 80), left("Narration", 90, 260), right("Debit", 325, 400),
                        right("Credit", 405, 470), right("Balance", 475, 545))
                .row("01/04/2024", "UPI-RAVI KUMAR", "250.50", "", "749.50")
                .row("02/04/2024", "NEFT CR-ACME LTD", "", "2,000.00", "2,749.50")
                .row("03/04/2024", "UPI-ASHA RAO", "250.50", "", "2,499.00")
                .row("03/04/2024", "UPI-ASHA RAO", "250.50", "", "")
                .row("05/04/2024", "ATM WDL", "500.00", "", "1,999.00")
                .row("06/04/2024", "POS SHOP", "99.00", "", "1,900.00")
                .trailer("Opening Balance : 1,000.00").document());
        StatementRead before = Copies.read(original);
        assertEquals(Verdict.VERIFIED, before.verification().verdict());
        assertEquals(5, before.parsed().transactions().size(), "the stub is read once");
        for (long seed = 1; seed <= 3; seed++) {
            StatementRead after = Copies.read(redact(original, seed).pdf());
            assertEquals(Verdict.VERIFIED, after.verification().verdict(), "seed " + seed);
            assertEquals(5, after.parsed().transactions().size(), "rows, seed " + seed);
        }
    }

    /**
     * A figure in the block printed on every page that is no row's value and no statement figure is
     * scrambled, once: every page prints the same new figure, as every page of the original printed the same
     * one (a line repeated on every page is page furniture to the parsers; one that differs per page is not).
     */
    @Test
    void aFigureRepeatedOnEveryPageIsReplacedAlikeOnEveryPage() {
        byte[] original = pdf(statement().blockLine(26, "Drawing Power", 500, "25,000.00").blockOnEveryPage().rowsPerPage(2)
                .columns(left("Date", 22, 80), left("Narration", 90, 260), right("Debit", 325, 400),
                        right("Credit", 405, 470), right("Balance", 475, 545))
                .row("01/04/2024", "UPI-RAVI KUMAR", "250.50", "", "749.50")
                .row("02/04/2024", "NEFT CR-ACME LTD", "", "2,000.00", "2,749.50")
                .row("05/04/2024", "ATM WDL", "500.00", "", "2,249.50")
                .row("06/04/2024", "POS SHOP", "99.00", "", "2,150.50")
                .row("07/04/2024", "POS SHOP", "99.00", "", "2,051.50")
                .trailer("Opening Balance : 1,000.00").document());
        Document before = Copies.document(original);
        assertEquals(3, before.pageCount());
        for (long seed = 1; seed <= 3; seed++) {
            Document copy = redact(original, seed).copy();
            Set<String> printed = new HashSet<>();
            for (int p = 0; p < copy.pageCount(); p++) {
                var lines = before.pages().get(p).lines();
                for (int l = 0; l < lines.size(); l++) {
                    if (lines.get(l).text().startsWith("Drawing Power")) {
                        printed.add(copy.pages().get(p).lines().get(l).words().last().text());
                    }
                }
            }
            assertEquals(1, printed.size(), "the same figure on every page, seed " + seed + ": " + printed.size());
            assertNotEquals("25,000.00", printed.iterator().next(), "the figure is replaced");
        }
    }

    /**
     * A month and its year in a narration ({@code SMS CHGS MAR 24}, {@code INT.PD Mar-2024}) is a date too:
     * left as printed it tells the statement's real period. It moves by the file's offset as a month.
     */
    @Test
    void aMonthWithItsYearMovesByTheFileOffset() {
        byte[] original = pdf(statement()
                .columns(left("Date", 22, 80), left("Narration", 90, 260), right("Debit", 325, 400),
                        right("Credit", 405, 470), right("Balance", 475, 545))
                .row("01/04/2024", "SMS CHGS FOR MAR 24", "17.70", "", "982.30")
                .row("02/04/2024", "INT.PD Mar-2024", "", "12.00", "994.30")
                .trailer("Opening Balance : 1,000.00").document());
        StatementRead before = Copies.read(original);
        for (long seed = 1; seed <= 3; seed++) {
            Redactor.Redaction copy = redact(original, seed);
            StatementRead after = Copies.read(copy.pdf());
            LocalDate march = LocalDate.of(2024, 3, 15).plusDays(days(before.parsed().transactions().get(0).date(),
                    after.parsed().transactions().get(0).date()));
            String month = march.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
            String yy = String.format("%02d", march.getYear() % 100);
            assertTrue(after.parsed().transactions().get(0).note().endsWith(" " + month.toUpperCase(java.util.Locale.ROOT) + " " + yy),
                    "seed " + seed + ": " + after.parsed().transactions().get(0).note());
            assertTrue(after.parsed().transactions().get(1).note().endsWith(" " + month + "-" + march.getYear()),
                    "seed " + seed + ": " + after.parsed().transactions().get(1).note());
        }
    }

    private static long days(LocalDate from, LocalDate to) {
        return to.toEpochDay() - from.toEpochDay();
    }
}
