package dev.passbook.analysis;

import dev.passbook.core.domain.Evidence;
import dev.passbook.analysis.fixtures.StatementFixture;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static dev.passbook.analysis.AnalysisTestSupport.findings;
import static dev.passbook.analysis.AnalysisTestSupport.settings;
import static dev.passbook.analysis.fixtures.StatementFixture.GENERATED;
import static dev.passbook.analysis.fixtures.StatementFixture.signature;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** date_fraud, incremental_update, page_size_drift and signature_invalid: facts about the file. */
class FileSignalsTest {

    private final StatementFixture clean = StatementFixture.clean();

    @Test
    void cleanFileHasNoFileSignal() {
        for (SignalRule rule : List.of(SignalRules.DATES, SignalRules.REVISIONS, SignalRules.PAGE_SIZE,
                SignalRules.SIGNATURE)) {
            assertEquals(List.empty(), findings(rule, clean), rule.type());
        }
    }

    @Test
    void modifiedLaterThanToleranceIsDateFraud() {
        OffsetDateTime later = GENERATED.plusSeconds(61);
        List<Evidence> found = findings(SignalRules.DATES, clean.withDates(Option.some(GENERATED), Option.some(later)));
        assertEquals(1, found.size(), found::toString);
        assertEquals("ModDate", found.head().field());
        assertTrue(found.head().found().startsWith(later.toString()), found.head().found());
        assertTrue(found.head().found().contains("61 s"), found.head().found());
    }

    @Test
    void modifiedWithinToleranceIsNotDateFraud() {
        assertEquals(List.empty(), findings(SignalRules.DATES,
                clean.withDates(Option.some(GENERATED), Option.some(GENERATED.plusSeconds(60)))));
    }

    @Test
    void modifiedBeforeCreationIsDateFraud() {
        List<Evidence> found = findings(SignalRules.DATES,
                clean.withDates(Option.some(GENERATED), Option.some(GENERATED.minusDays(2))));
        assertEquals(List.of("ModDate"), found.map(Evidence::field));
    }

    @Test
    void toleranceIsConfigurable() {
        StatementFixture hourLater = clean.withDates(Option.some(GENERATED), Option.some(GENERATED.plusHours(1)));
        assertEquals(1, findings(SignalRules.DATES, hourLater).size());
        assertEquals(List.empty(), findings(SignalRules.DATES, hourLater,
                settings("analysis.date.tolerance-seconds", "3600")));
    }

    @Test
    void createdBeforeThePeriodEndedIsDateFraud() {
        OffsetDateTime early = OffsetDateTime.of(2024, 6, 29, 23, 0, 0, 0, GENERATED.getOffset());
        List<Evidence> found = findings(SignalRules.DATES, clean.withDates(Option.some(early), Option.some(early)));
        assertEquals(1, found.size(), found::toString);
        assertEquals("CreationDate", found.head().field());
        assertEquals("on or after 2024-06-30 (statement period end)", found.head().expected());
    }

    @Test
    void createdOnThePeriodsLastDayIsNotDateFraud() {
        OffsetDateTime lastDay = OffsetDateTime.of(2024, 6, 30, 18, 0, 0, 0, GENERATED.getOffset());
        assertEquals(List.empty(), findings(SignalRules.DATES, clean.withDates(Option.some(lastDay), Option.some(lastDay))));
    }

    @Test
    void missingDatesAreNotDateFraud() {
        assertEquals(List.empty(), findings(SignalRules.DATES, clean.withDates(Option.none(), Option.none())));
        assertEquals(List.empty(), findings(SignalRules.DATES, clean.withDates(Option.some(GENERATED), Option.none())));
    }

    @Test
    void secondRevisionIsAnIncrementalUpdate() {
        List<Evidence> found = findings(SignalRules.REVISIONS, clean.withRevisions(3));
        assertEquals(1, found.size());
        assertEquals("revisions", found.head().field());
        assertEquals("1", found.head().expected());
        assertEquals("3", found.head().found());
    }

    @Test
    void signingAllowsOneRevisionPerSignature() {
        StatementFixture signed = clean.withSignatures(List.of(signature(true, true))).withRevisions(2);
        assertEquals(List.empty(), findings(SignalRules.REVISIONS, signed));
        assertEquals(1, findings(SignalRules.REVISIONS, signed.withRevisions(3)).size());
    }

    @Test
    void driftedPageSizeIsReportedOncePerSizeWithItsPages() {
        List<Evidence> found = findings(SignalRules.PAGE_SIZE, clean.withPageSize(638.04, 842.04));
        assertEquals(1, found.size(), found::toString);
        assertEquals(Option.some(1), found.head().page());
        assertEquals("page size (pages 1, 2)", found.head().field());
        assertEquals("638x842 or 786x982", found.head().expected());
        assertEquals("638.04x842.04", found.head().found());
    }

    @Test
    void bothHdfcLayoutSizesAndTinyRoundingAreGenuine() {
        assertEquals(List.empty(), findings(SignalRules.PAGE_SIZE, clean.withPageSize(786, 982)));
        assertEquals(List.empty(), findings(SignalRules.PAGE_SIZE, clean.withPageSize(638.005, 842)));
        assertEquals(List.empty(), findings(SignalRules.PAGE_SIZE, clean.withPageSize(842, 638)), "rotated");
    }

    @Test
    void banksWithoutKnownSizesAreNotCheckedUnlessConfigured() {
        StatementFixture odd = clean.withPageSize(600, 850);
        assertEquals(List.empty(), findings(SignalRules.PAGE_SIZE, odd, "sbi"));
        assertEquals(1, findings(SignalRules.PAGE_SIZE, odd, "sbi",
                settings("analysis.page-sizes.sbi", "595x842")).size());
    }

    @Test
    void aRePrintOnA4OrLetterPaperIsNotPageSizeDrift() {
        // a customer's browser print of a genuine statement comes out on the printer's paper
        assertEquals(List.empty(), findings(SignalRules.PAGE_SIZE, clean.withPageSize(594.96, 841.92)), "Chrome's A4");
        assertEquals(List.empty(), findings(SignalRules.PAGE_SIZE, clean.withPageSize(595.28, 841.89)), "A4");
        assertEquals(List.empty(), findings(SignalRules.PAGE_SIZE, clean.withPageSize(612, 792)), "Letter");
        assertEquals(1, findings(SignalRules.PAGE_SIZE, clean.withPageSize(595.5, 842.2)).size(), "near A4 is still drift");
    }

    @Test
    void invalidSignatureAndPartialCoverageAreSignatureSignals() {
        List<Evidence> found = findings(SignalRules.SIGNATURE,
                clean.withSignatures(List.of(signature(true, true), signature(false, true), signature(true, false))));
        assertEquals(2, found.size(), found::toString);
        assertEquals("signature 2 (HDFC BANK LTD)", found.get(0).field());
        assertEquals("does not verify", found.get(0).found());
        assertEquals("signature 3 (HDFC BANK LTD)", found.get(1).field());
        assertEquals("covers the whole file", found.get(1).expected());
    }
}
