package dev.passbook.testkit.render;

import dev.passbook.core.domain.Transaction;
import dev.passbook.core.domain.TransactionType;
import dev.passbook.core.spi.support.Amounts;
import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.Layout;
import dev.passbook.testkit.Layout.Variant;
import dev.passbook.testkit.arbitraries.Seeded;
import dev.passbook.testkit.arbitraries.StatementShape;
import dev.passbook.testkit.arbitraries.Statements;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The NetBanking page print design draws the traits of the real print (BANK-LAYOUTS.md; docs/testkit.md), checked
 * on the rendered words, so a renderer that stops drawing one fails here: the browser's furniture on every page
 * (Chrome's or, a variant, Firefox's arrangement), {@code Closing} / {@code Balance} on two baselines (a variant: one),
 * titles flush left with right-aligned amounts ending past them, rows newest first dated {@code 1 Jul 2022} (a
 * variant: {@code 01 Jul 2022}), narrations wrapped between words with the other cells centred on them, western
 * grouping (a variant: Indian), the account line and closing balance above the table, and no opening balance,
 * period or summary.
 */
class HdfcNetbankingPrintRenderingTest {

    private static final Layout LAYOUT = Layout.HDFC_NETBANKING_PRINT;
    private static final DateTimeFormatter PRINT_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy, HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    /** A row's date at the left of the page: {@code 1 Jul 2022} or {@code 01 Jul 2022}, three words. */
    private static final String DAY = "\\d{1,2}";

    private static GeneratedStatement sample(int minRows, int maxRows, Predicate<GeneratedStatement> wanted) {
        for (int i = 0; i < 400; i++) {
            GeneratedStatement s = Seeded.sample(Statements.forLayout(LAYOUT, StatementShape.defaults().rows(minRows, maxRows)), 16, i);
            if (wanted.test(s)) {
                return s;
            }
        }
        throw new AssertionError("no sample found");
    }

    private static PdfWords words(GeneratedStatement s) {
        return PdfWords.of(StatementRenderer.render(s, RenderOptions.defaults()));
    }

    private static PdfWords.W title(PdfWords w, String text) {
        PdfWords.W narration = w.find(1, "Narration").get();
        return w.onPage(1).find(x -> x.text().equals(text) && Math.abs(x.y() - narration.y()) < 0.5).get();
    }

    /** The words of the table's rows on {@code page}: below the column header (or the furniture), above the footer. */
    private static List<PdfWords.W> body(PdfWords w, int page) {
        List<PdfWords.W> words = w.onPage(page);
        double top = page == 1 ? w.find(1, "Narration").get().y() + 12 : words.map(PdfWords.W::y).min().get() + 1;
        double bottom = words.map(PdfWords.W::y).max().get() - 1;
        return words.filter(x -> x.y() > top && x.y() < bottom && !x.text().equals("Narration") && !x.text().equals("Balance"));
    }

    /** The rows' dates in print order: a day, a month and a year word on one baseline in the date column. */
    private static List<String> rowDates(PdfWords w) {
        double dateColumn = w.find(1, "Narration").get().x() - 5;
        return List.range(1, w.pages() + 1).flatMap(p -> body(w, p).filter(x -> x.x() < dateColumn)
                .groupBy(PdfWords.W::y).toList().sortBy(t -> t._1).map(t -> t._2.sortBy(PdfWords.W::x).map(PdfWords.W::text).mkString(" ")))
                .filter(d -> d.matches(DAY + " [A-Z][a-z]{2} \\d{4}"));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theBrowsersFurnitureIsOnEveryPage(boolean otherBrowser) {
        GeneratedStatement s = sample(40, 50, x -> x.options().has(Variant.OTHER_BROWSER_FURNITURE) == otherBrowser);
        PdfWords w = words(s);
        assertTrue(w.pages() >= 2, "several pages: " + w.pages());
        String time = PRINT_TIME.format(s.options().generatedOn());
        for (int p = 1; p <= w.pages(); p++) {
            List<String> lines = w.lines(p);
            if (otherBrowser) {
                assertEquals("Welcome to HDFC Bank NetBanking https://netbanking.hdfcbank.com/netbanking/entry", lines.head());
                assertEquals("Page " + p + " of " + w.pages() + " " + time, lines.last());
            } else {
                assertEquals(time + " Welcome to HDFC Bank NetBanking", lines.head());
                assertEquals("https://netbanking.hdfcbank.com/netbanking/entry " + p + "/" + w.pages(), lines.last());
            }
        }
        // the web page's own heading only on page 1: later pages are the one long table going on
        assertTrue(w.text(1).contains("Account Statement Print This Page"), w.text(1));
        assertFalse(w.text(2).contains("Savings Account No.:"), w.text(2));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void closingBalanceTitleStandsOnTwoBaselinesUnlessOnOne(boolean oneLine) {
        GeneratedStatement s = sample(6, 12, x -> x.options().has(Variant.ONE_LINE_HEADER) == oneLine);
        PdfWords w = words(s);
        PdfWords.W closing = title(w, "Closing");
        PdfWords.W balance = w.onPage(1).find(x -> x.text().equals("Balance") && x.y() > closing.y() - 0.5).get();
        if (oneLine) {
            assertEquals(closing.y(), balance.y(), 0.3, "Closing Balance on one line");
            assertTrue(balance.x() > closing.right(), "Balance right of Closing");
        } else {
            assertTrue(balance.y() > closing.y() + 5, "Balance on a baseline below Closing: " + closing + " " + balance);
            assertEquals(closing.x(), balance.x(), 0.6, "the two lines of one title, flush left");
        }
        for (String other : List.of("Date", "Cheque/Ref.", "No.", "Value", "Withdrawal", "Deposit")) {
            assertEquals(closing.y(), title(w, other).y(), 0.3, other + " on the title line");
        }
    }

    @Test
    void titlesAreFlushLeftAndRightAlignedAmountsEndPastThem() {
        GeneratedStatement s = sample(6, 12, x -> !x.options().has(Variant.INDIAN_GROUPING)
                && x.transactions().exists(t -> t.type() == TransactionType.DEBIT)
                && x.transactions().exists(t -> t.type() == TransactionType.CREDIT));
        PdfWords w = words(s);
        List<PdfWords.W> body = body(w, 1);
        Transaction newest = s.transactions().last();
        String firstWord = LAYOUT.wrap().wrap(newest.note()).head().split(" ")[0];
        PdfWords.W text = body.find(x -> x.text().equals(firstWord)).get();
        assertEquals(title(w, "Narration").x(), text.x(), 0.6, "the narration starts where its title does");
        Transaction debit = s.transactions().findLast(t -> t.type() == TransactionType.DEBIT).get();
        Transaction credit = s.transactions().findLast(t -> t.type() == TransactionType.CREDIT).get();
        List<String> titles = List.of("Withdrawal", "Deposit", "Closing");
        List<String> figures = List.of(western(debit.amount()), western(credit.amount()), western(newest.balance().get()));
        for (int i = 0; i < 3; i++) {
            PdfWords.W t = title(w, titles.get(i));
            String figure = figures.get(i);
            PdfWords.W amount = body.find(x -> x.text().equals(figure) && x.x() > t.x() - 30 && x.x() < t.x() + 50).get();
            assertTrue(amount.right() > t.right() + 4, figure + " ends at " + amount.right() + ", its title " + titles.get(i) + " at " + t.right());
            assertTrue(amount.x() > t.x(), figure + " right-aligned, starting right of its flush-left title");
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void rowsAreNewestFirstAndDatedDayMonthYear(boolean padded) {
        GeneratedStatement s = sample(8, 16, x -> x.options().has(Variant.ALTERNATE_DATES) == padded
                && x.transactions().exists(t -> t.date().getDayOfMonth() < 10)
                && x.transactions().map(Transaction::date).distinct().size() >= 3);
        PdfWords w = words(s);
        List<String> dates = rowDates(w);
        assertEquals(s.transactions().size(), dates.size(), dates::toString);
        List<LocalDate> read = dates.map(d -> LocalDate.parse(d.replaceFirst("^(\\d) ", "0$1 "),
                DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH)));
        assertEquals(s.transactions().map(Transaction::date).reverse(), read, "newest first");
        assertTrue(read.zip(read.tail()).forAll(p -> !p._1.isBefore(p._2)), "never older above newer");
        List<String> early = dates.filter(d -> d.matches("0?\\d .*"));
        assertFalse(early.isEmpty(), dates::toString);
        early.forEach(d -> assertEquals(padded, d.startsWith("0"), d + (padded ? " padded to two digits" : " with a one-digit day")));
        assertEquals(DATE.format(s.transactions().last().date()), dates.head().replaceFirst("^0", ""));
    }

    @Test
    void wrappedNarrationsAreCentredOnByTheOtherCells() {
        GeneratedStatement s = sample(10, 20, x -> x.transactions().exists(t -> lines(t) == 3 && t.reference().isDefined())
                && x.transactions().exists(t -> lines(t) == 2 && t.reference().isDefined()));
        PdfWords w = words(s);
        double left = title(w, "Narration").x() - 1;
        double right = title(w, "Cheque/Ref.").x() - 1;
        for (int count : List.of(3, 2)) {
            Transaction t = s.transactions().findLast(x -> lines(x) == count && x.reference().isDefined()).get();
            double refColumn = title(w, "Cheque/Ref.").x() - 1;
            PdfWords.W reference = w.words().find(x -> x.text().equals(t.reference().get()) && x.x() >= refColumn
                    && x.x() < title(w, "Value").x()).get();
            List<PdfWords.W> narration = w.onPage(reference.page()).filter(x -> x.x() >= left && x.x() < right
                    && Math.abs(x.y() - reference.y()) < 15);
            List<Double> baselines = narration.map(PdfWords.W::y).distinct().sorted();
            assertEquals(count, baselines.size(), narration::toString);
            assertEquals(t.note(), baselines.map(y -> narration.filter(x -> x.y() == y).sortBy(PdfWords.W::x)
                    .map(PdfWords.W::text).mkString(" ")).mkString(" "), "wrapped between words, joined with a space");
            double middle = (baselines.head() + baselines.last()) / 2;
            assertEquals(middle, reference.y(), 0.3, "the reference level with the middle of the narration");
            PdfWords.W day = w.onPage(reference.page()).filter(x -> x.x() < left && Math.abs(x.y() - reference.y()) < 0.3).head();
            assertTrue(day.text().matches(DAY), "the date on the same baseline: " + day);
            if (count == 2) {
                assertTrue(baselines.forAll(y -> Math.abs(y - reference.y()) > 3), "half a line off both narration lines");
            }
        }
    }

    private static int lines(Transaction t) {
        return LAYOUT.wrap().wrap(t.note()).size();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void amountsAreGroupedWesternUnlessIndian(boolean indian) {
        GeneratedStatement s = sample(6, 12, x -> x.options().has(Variant.INDIAN_GROUPING) == indian
                && x.transactions().exists(t -> t.balance().get().abs().compareTo(new BigDecimal("1000000")) >= 0));
        PdfWords w = words(s);
        double column = title(w, "Closing").x() - 20;
        List<String> big = List.range(1, w.pages() + 1).flatMap(p -> body(w, p)).filter(x -> x.x() > column)
                .map(PdfWords.W::text).filter(t -> t.replaceAll("[^0-9]", "").length() >= 9);
        assertFalse(big.isEmpty(), "balances of ten lakh or more");
        String pattern = indian ? "-?\\d{1,2}(,\\d{2})+,\\d{3}\\.\\d{2}" : "-?\\d{1,3}(,\\d{3})+\\.\\d{2}";
        big.forEach(b -> assertTrue(b.matches(pattern), b + (indian ? " in Indian grouping" : " in western grouping")));
    }

    @Test
    void theAccountLineAndClosingBalanceStandAboveTheTableAndNothingTellsTheOpeningOrThePeriod() {
        GeneratedStatement s = sample(6, 12, x -> !x.options().has(Variant.INDIAN_GROUPING));
        PdfWords w = words(s);
        double header = w.find(1, "Narration").get().y();
        List<String> above = w.onPage(1).filter(x -> x.y() < header - 1).groupBy(PdfWords.W::y).toList().sortBy(t -> t._1)
                .map(t -> t._2.sortBy(PdfWords.W::x).map(PdfWords.W::text).mkString(" "));
        String account = "Savings Account No.: " + s.identity().accountNumber() + " , " + s.identity().branch().get();
        assertTrue(above.exists(l -> l.equals(account)), above::toString);
        assertTrue(above.exists(l -> l.endsWith("Closing Balance: INR " + western(s.transactions().last().balance().get()))), above::toString);
        assertTrue(above.exists(l -> l.contains("Page 1 of 1")), "the web page's pager: " + above);
        String all = w.allText();
        for (String absent : List.of("Opening", "OPENING", "From", "SUMMARY", "Summary", "IFSC", "Cust ID")) {
            assertFalse(all.contains(absent), absent + " is not printed");
        }
        assertFalse(LAYOUT.printsOpening() || LAYOUT.printsPeriod() || LAYOUT.printsSummary());
        PdfWords.W link = w.find(w.pages(), "Return").get();
        double lastRow = body(w, w.pages()).filter(x -> !x.text().equals("Return") && !x.text().equals("to")
                && !x.text().equals("top")).map(PdfWords.W::y).max().get();
        assertTrue(link.y() > lastRow, "Return to top under the last row");
    }

    private static String western(BigDecimal v) {
        return Amounts.format(v, Amounts.Grouping.WESTERN);
    }
}
