package dev.passbook.analysis;

import dev.passbook.core.application.Locator;
import dev.passbook.core.domain.Evidence;
import dev.passbook.analysis.fixtures.StatementFixture;
import dev.passbook.core.application.AccountingAnalyzer;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Transaction;
import dev.passbook.core.spi.StatementSummary;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.passbook.analysis.AnalysisTestSupport.findings;
import static dev.passbook.analysis.AnalysisTestSupport.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountingSignalsTest {

    private final StatementFixture clean = StatementFixture.clean();

    @Test
    void cleanStatementHasNoAccountingFinding() {
        for (SignalRule rule : List.of(SignalRules.DATE_ORDER, SignalRules.OUTSIDE_PERIOD)) {
            assertEquals(List.empty(), findings(rule, clean), rule.type());
        }
        assertEquals(List.empty(), balanceBreaks(clean));
        assertEquals(List.empty(), summaryMismatches(clean));
    }

    @Test
    void editedBalanceBreaksItsRowAndTheNextWithPageAndFigures() {
        Transaction before = clean.rows().get(22);
        BigDecimal genuine = clean.rows().get(23).balance().get();
        BigDecimal forged = genuine.add(new BigDecimal("1000.00"));
        List<Evidence> found = balanceBreaks(clean.withBalance(23, forged));

        assertEquals(2, found.size(), found::toString);
        Evidence edited = found.get(0);
        assertEquals(Option.some(2), edited.page(), "row 24 is on page 2 (20 rows a page)");
        assertEquals("balance (row 24, " + clean.rows().get(23).date() + ")", edited.field());
        assertEquals(before.balance().get().add(clean.rows().get(23).signedAmount()).toPlainString(), edited.expected());
        assertEquals(forged.toPlainString(), edited.found());
        // the next row follows the genuine balance, so it breaks against the forged one
        assertEquals(forged.add(clean.rows().get(24).signedAmount()).toPlainString(), found.get(1).expected());
    }

    @Test
    void summaryThatDisagreesWithRowsIsReportedPerField() {
        StatementSummary s = clean.summary().get();
        StatementSummary forged = new StatementSummary(s.openingBalance(), s.debitCount() + 1, s.creditCount(),
                s.debits(), s.credits().add(new BigDecimal("5000.00")), s.closingBalance());
        List<Evidence> found = summaryMismatches(clean.withSummary(forged));

        List<String> fields = found.map(Evidence::field);
        assertTrue(fields.contains("summary debit_count"), fields::toString);
        assertTrue(fields.contains("summary credits"), fields::toString);
        Evidence credits = found.find(e -> e.field().equals("summary credits")).get();
        assertEquals(s.credits().toPlainString(), credits.expected(), "expected = the rows' total");
        assertEquals(forged.credits().toPlainString(), credits.found());
        assertEquals(Option.some(2), credits.page(), "the summary is printed on the last page");
        assertEquals(Option.none(), found.find(e -> e.field().equals("summary debit_count")).get().page(),
                "counts are not located");
    }

    @Test
    void rowDatedBeforeThePreviousRowIsOutOfOrder() {
        Transaction t = clean.rows().get(5);
        LocalDate previous = clean.rows().get(4).date();
        Transaction moved = new Transaction(previous.minusDays(2), t.valueDate(), t.note(), t.reference(), t.type(),
                t.amount(), t.balance());
        List<Evidence> found = findings(SignalRules.DATE_ORDER, clean.withRows(clean.rows().update(5, moved)));

        assertEquals(1, found.size(), found::toString);
        assertEquals("date (row 6)", found.head().field());
        assertEquals("on or after " + previous, found.head().expected());
        assertEquals(previous.minusDays(2).toString(), found.head().found());
        assertEquals(Option.some(1), found.head().page());
    }

    @Test
    void newestFirstStatementIsInOrderAndJudgedInItsOwnDirection() {
        List<Transaction> reversed = clean.rows().reverse();
        assertEquals(List.empty(), findings(SignalRules.DATE_ORDER, clean.withRows(reversed)));

        Transaction t = reversed.get(5);
        LocalDate previous = reversed.get(4).date();
        Transaction later = new Transaction(previous.plusDays(1), t.valueDate(), t.note(), t.reference(), t.type(),
                t.amount(), t.balance());
        List<Evidence> found = findings(SignalRules.DATE_ORDER, clean.withRows(reversed.update(5, later)));
        assertEquals(1, found.size(), found::toString);
        assertEquals("on or before " + previous, found.head().expected());
    }

    @Test
    void sameDayRowsAreInOrder() {
        Transaction t = clean.rows().get(5);
        Transaction sameDay = new Transaction(clean.rows().get(4).date(), t.valueDate(), t.note(), t.reference(),
                t.type(), t.amount(), t.balance());
        assertEquals(List.empty(), findings(SignalRules.DATE_ORDER, clean.withRows(clean.rows().update(5, sameDay))));
    }

    @Test
    void rowsOutsideTheDeclaredPeriodAreReported() {
        DateRange shorter = DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 31));
        List<Evidence> found = findings(SignalRules.OUTSIDE_PERIOD, clean.withPeriod(shorter));

        List<Transaction> june = clean.rows().filter(t -> t.date().isAfter(shorter.to()));
        assertTrue(june.nonEmpty());
        assertEquals(june.size(), found.size());
        assertEquals("within 2024-04-01..2024-05-31 (+/- 1 day)", found.head().expected());
        assertEquals(june.head().date().toString(), found.head().found());
    }

    @Test
    void graceDaysAllowRowsJustOutsideThePeriod() {
        LocalDate last = clean.rows().last().date();
        StatementFixture dayShort = clean.withPeriod(DateRange.of(PERIOD_FROM, last.minusDays(1)));
        StatementFixture twoDaysShort = clean.withPeriod(DateRange.of(PERIOD_FROM, last.minusDays(2)));
        assertEquals(List.empty(), findings(SignalRules.OUTSIDE_PERIOD, dayShort), "default grace is one day");
        assertEquals(1, findings(SignalRules.OUTSIDE_PERIOD, twoDaysShort).size());
        assertEquals(1, findings(SignalRules.OUTSIDE_PERIOD, dayShort, settings("analysis.period.grace-days", "0")).size());
        assertEquals(List.empty(), findings(SignalRules.OUTSIDE_PERIOD, twoDaysShort,
                settings("analysis.period.grace-days", "2")));
    }

    @Test
    void statementWithoutDeclaredPeriodIsNotCheckedAgainstOne() {
        var parsed = clean.parsed();
        var undated = new dev.passbook.core.spi.ParsedStatement(parsed.layoutId(), parsed.identity(), Option.none(),
                parsed.openingBalance(), parsed.closingBalance(), parsed.transactions(), parsed.summary());
        assertEquals(List.empty(), SignalRules.OUTSIDE_PERIOD.findings(
                new AnalysisInput(clean.document(), undated, "hdfc", AnalysisSettings.defaults())));
    }

    @Test
    void balancesNotPrintedCannotBreak() {
        List<Transaction> noBalances = clean.rows().map(t -> new Transaction(t.date(), t.valueDate(), t.note(),
                t.reference(), t.type(), t.amount(), Option.none()));
        assertEquals(List.empty(), balanceBreaks(clean.withRows(noBalances)));
    }

    // core's AccountingAnalyzer owns these two; tested here on the analysis fixtures, whose rows carry no page notes
    private static List<Evidence> balanceBreaks(StatementFixture f) {
        return AccountingAnalyzer.defaults().balanceBreaks(f.parsed(), new Locator(f.document()));
    }

    private static List<Evidence> summaryMismatches(StatementFixture f) {
        return AccountingAnalyzer.defaults().summaryMismatches(f.parsed(), new Locator(f.document()));
    }

    private static final LocalDate PERIOD_FROM = StatementFixture.PERIOD.from();
}
