package dev.passbook.redact;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Forensics;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Metadata;
import dev.passbook.core.document.Page;
import dev.passbook.core.document.Word;
import dev.passbook.core.domain.DateRange;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The text plan on hand-made lines: dates wrapped over two lines, dates without a year, header titles cut over lines. */
class TextPlanTest {

    private static final Vocabulary VOCABULARY = Vocabulary.standard();
    private static final long OFFSET = -7 * 10; // ten weeks back

    /** A line of words at the given x positions, 8 pt type, 10 pt apart. */
    private static Line line(double y, Object... xAndText) {
        List<Word> words = List.empty();
        for (int i = 0; i < xAndText.length; i += 2) {
            String text = (String) xAndText[i + 1];
            words = words.append(new Word(text, ((Number) xAndText[i]).doubleValue(), y, text.length() * 4.0, 8, "F", 8));
        }
        return new Line(y, words);
    }

    private static Document doc(Line... lines) {
        return new Document(List.of(new Page(1, 595, 842, List.of(lines))), Metadata.empty(), Forensics.none());
    }

    private static Map<WordRef, String> plan(Document doc, Option<DateRange> period) {
        TextPlan plan = new TextPlan(VOCABULARY, new Inventor(new Random(1), VOCABULARY, Set.of()), OFFSET, Option.none(),
                Set.of(), period, TextPlan.splitWords(doc, VOCABULARY, Set.of()));
        return plan.plan(doc, new TreeMap<>());
    }

    @Test
    void aDateWrappedOverTwoLinesMovesAsOneDateEachPieceOnItsLine() {
        // 03-Sep-2019 minus ten weeks is 25-Jun-2019; 12/Mar/2021 minus ten weeks is 01/Jan/2021
        Document d = doc(line(100, 40, "03-Sep-", 90, "NEFT"), line(109, 40, "19", 90, "PUNE"),
                line(130, 40, "12/Mar/202", 90, "UPI"), line(139, 40, "1"),
                line(160, 40, "2", 48, "Jun", 90, "IMPS"), line(169, 40, "2021"));
        Map<WordRef, String> out = plan(d, Option.none());
        assertEquals("25-Jun-", out.get(new WordRef(0, 0, 0)));
        assertEquals("19", out.get(new WordRef(0, 1, 0)));
        assertEquals("01/Jan/202", out.get(new WordRef(0, 2, 0)));
        assertEquals("1", out.get(new WordRef(0, 3, 0)));
        // 2 Jun 2021 minus ten weeks is 24 Mar 2021: the day's width changes, the pieces follow the fields
        assertEquals("24", out.get(new WordRef(0, 4, 0)));
        assertEquals("Mar", out.get(new WordRef(0, 4, 1)));
        assertEquals("2021", out.get(new WordRef(0, 5, 0)));
    }

    @Test
    void aDateWithoutAYearMovesByTheFileOffsetInItsOwnForm() {
        Document d = doc(line(100, 40, "14", 50, "APR", 90, "UPI"), line(120, 40, "Jan", 55, "05", 90, "NEFT"),
                line(140, 40, "5", 48, "March", 90, "POS"));
        // the period places the days in 2024, a leap year: 14 April minus ten weeks is 4 February
        Map<WordRef, String> out = plan(d, Option.some(new DateRange(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 4, 30))));
        assertEquals("04", out.get(new WordRef(0, 0, 0)));
        assertEquals("FEB", out.get(new WordRef(0, 0, 1)));
        assertEquals("Oct", out.get(new WordRef(0, 1, 0)));
        assertEquals("27", out.get(new WordRef(0, 1, 1)));
        // 5 January 2024 minus ten weeks is 27 October 2023; 5 March 2024 is 26 December 2023 (29 February counted)
        assertEquals("26", out.get(new WordRef(0, 2, 0)));
        assertEquals("December", out.get(new WordRef(0, 2, 1)));
    }

    @Test
    void aDateWrappedFromTheEndOfANarrationWordOverTheRowsAnchorLineMovesToo() {
        // IntPd01-02- over 2024, the row's amounts printed on a line between them: 1 Feb 2024 minus ten weeks
        // is 23 Nov 2023
        Document d = doc(line(100, 40, "09:16:24", 90, "12345678IntPd01-02-"),
                line(106, 20, "S123", 200, "CREDIT", 240, "49.00"),
                line(112, 40, "am", 90, "2024", 110, "to", 120, "30-04-2024"));
        Map<WordRef, String> out = plan(d, Option.none());
        String top = out.get(new WordRef(0, 0, 1));
        assertTrue(top.endsWith("23-11-") && !top.startsWith("12345678"), top);
        assertEquals("2023", out.get(new WordRef(0, 2, 1)));
        assertEquals("20-02-2024", out.get(new WordRef(0, 2, 3)));
    }

    @Test
    void twoYearLessDateCellsSideBySideEachMoveByTheOffset() {
        // the middle words read as a date too (29 Apr); the cells are read from the left
        Document d = doc(line(100, 40, "Apr", 55, "29", 80, "Apr", 95, "30", 130, "UPI"));
        Map<WordRef, String> out = plan(d, Option.some(new DateRange(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30))));
        // 29 and 30 April 2024 minus ten weeks are 19 and 20 February
        assertEquals(List.of("Feb", "19", "Feb", "20"), List.range(0, 4).map(w -> out.get(new WordRef(0, 0, w))));
    }

    @Test
    void aMonthWithItsYearMovesAsAMonthInItsOwnForm() {
        // the middle of each month minus ten weeks: March 2021 -> January 2021, January 2021 -> November 2020
        Document d = doc(line(80, 40, "01/02/2021", 90, "OPENING"),
                line(100, 40, "SMS", 60, "CHARGES", 100, "FOR", 120, "JAN", 136, "21"),
                line(130, 40, "INT.PD", 70, "Mar-2021", 120, "UPI"), line(160, 40, "MARCH'21", 120, "UPI"),
                line(190, 40, "Mar", 56, "2021", 120, "UPI"), line(220, 40, "JAN", 56, "2021", 120, "UPI"));
        Map<WordRef, String> out = plan(d, Option.none());
        assertEquals("NOV", out.get(new WordRef(0, 1, 3)));
        assertEquals("20", out.get(new WordRef(0, 1, 4)));
        assertEquals("Jan-2021", out.get(new WordRef(0, 2, 1)));
        assertEquals("JANUARY'21", out.get(new WordRef(0, 3, 0)));
        assertEquals("Jan", out.get(new WordRef(0, 4, 0)));
        assertEquals("2021", out.get(new WordRef(0, 4, 1)));
        assertEquals("NOV", out.get(new WordRef(0, 5, 0)));
        assertEquals("2020", out.get(new WordRef(0, 5, 1)));
    }

    @Test
    void aMonthAndTwoDigitsAreADayWhereTheDocumentPrintsDaysThatAreNoYear() {
        // Jan 21 could be January 2021, but Jan 05 is no year: the document prints its dates without a year
        Document d = doc(line(80, 40, "01/02/2021", 90, "OPENING"), line(100, 40, "Jan", 55, "05", 90, "UPI"),
                line(120, 40, "Jan", 55, "21", 90, "UPI"));
        Map<WordRef, String> out = plan(d, Option.some(new DateRange(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 31))));
        // 21 January 2021 minus ten weeks is 12 November 2020
        assertEquals("Nov", out.get(new WordRef(0, 2, 0)));
        assertEquals("12", out.get(new WordRef(0, 2, 1)));
    }

    @Test
    void aHeaderTitleCutOverTwoLinesSurvivesButAWordThatSpellsNothingDoesNot() {
        Document d = doc(line(100, 300, "Withdra", 360, "Depo", 420, "Balance"), line(108, 300, "wal", 316, "(Dr)", 360, "sit", 380, "(Cr)"),
                line(140, 40, "Kulk"), line(148, 40, "arni"));
        Map<WordRef, String> out = plan(d, Option.none());
        assertEquals("Withdra", out.get(new WordRef(0, 0, 0)));
        assertEquals("Depo", out.get(new WordRef(0, 0, 1)));
        assertEquals("wal", out.get(new WordRef(0, 1, 0)));
        assertEquals("sit", out.get(new WordRef(0, 1, 2)));
        assertNotEquals("Kulk", out.get(new WordRef(0, 2, 0)));
        assertNotEquals("arni", out.get(new WordRef(0, 3, 0)));
    }
}
