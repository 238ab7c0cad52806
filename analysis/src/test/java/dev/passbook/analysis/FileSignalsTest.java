package dev.passbook.analysis;

import dev.passbook.core.domain.Evidence;
import dev.passbook.analysis.fixtures.StatementFixture;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

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

    /**
     * Generators stamp, encrypt or sign in a second step after rendering (ModDate seconds to minutes later),
     * e-statements are encrypted for mailing hours later, and a customer's re-save days later is not fraud.
     */
    @Test
    void aLaterModDateIsNotDateFraud() {
        for (OffsetDateTime later : List.of(GENERATED.plusSeconds(122), GENERATED.plusHours(4).plusMinutes(32),
                GENERATED.plusDays(3))) {
            assertEquals(List.empty(), findings(SignalRules.DATES, clean.withDates(Option.some(GENERATED), Option.some(later))),
                    later.toString());
        }
    }

    @Test
    void modifiedBeforeCreationIsDateFraud() {
        OffsetDateTime earlier = GENERATED.minusDays(2);
        List<Evidence> found = findings(SignalRules.DATES, clean.withDates(Option.some(GENERATED), Option.some(earlier)));
        assertEquals(List.of("ModDate"), found.map(Evidence::field));
        assertEquals("not before CreationDate " + GENERATED + " (by more than 60 s, in any time zone)", found.head().expected());
        assertEquals(earlier + " (172800 s before)", found.head().found());
    }

    @Test
    void modifiedBeforeCreationWithinToleranceIsNotDateFraud() {
        assertEquals(List.empty(), findings(SignalRules.DATES,
                clean.withDates(Option.some(GENERATED), Option.some(GENERATED.minusSeconds(60)))));
    }

    /**
     * One date written as local time marked UTC (or without an offset, which readers take as UTC), the other
     * with India's offset: as instants ModDate falls hours before CreationDate, on the clock minutes after.
     */
    @Test
    void aTimeZoneMixUpBetweenTheTwoDatesIsNotDateFraud() {
        OffsetDateTime createdAsUtc = GENERATED.toLocalDateTime().atOffset(ZoneOffset.UTC);
        OffsetDateTime modifiedInIndia = GENERATED.plusMinutes(14);
        assertEquals(List.empty(), findings(SignalRules.DATES,
                clean.withDates(Option.some(createdAsUtc), Option.some(modifiedInIndia))));
        OffsetDateTime sameInstantInUtc = GENERATED.withOffsetSameInstant(ZoneOffset.UTC);
        assertEquals(List.empty(), findings(SignalRules.DATES,
                clean.withDates(Option.some(GENERATED), Option.some(sameInstantInUtc))));
    }

    @Test
    void toleranceIsConfigurable() {
        StatementFixture hourEarlier = clean.withDates(Option.some(GENERATED), Option.some(GENERATED.minusHours(1)));
        assertEquals(1, findings(SignalRules.DATES, hourEarlier).size());
        assertEquals(List.empty(), findings(SignalRules.DATES, hourEarlier,
                settings("analysis.date.tolerance-seconds", "3600")));
    }

    @Test
    void createdBeforeThePeriodEndedIsDateFraud() {
        OffsetDateTime early = OffsetDateTime.of(2024, 6, 28, 10, 0, 0, 0, GENERATED.getOffset());
        List<Evidence> found = findings(SignalRules.DATES, clean.withDates(Option.some(early), Option.some(early)));
        assertEquals(1, found.size(), found::toString);
        assertEquals("CreationDate", found.head().field());
        assertEquals("on or after 2024-06-30 (statement period end)", found.head().expected());
        assertEquals(early + " (2024-06-28 even at UTC+14)", found.head().found());
    }

    @Test
    void createdOnThePeriodsLastDayIsNotDateFraud() {
        OffsetDateTime lastDay = OffsetDateTime.of(2024, 6, 30, 18, 0, 0, 0, GENERATED.getOffset());
        assertEquals(List.empty(), findings(SignalRules.DATES, clean.withDates(Option.some(lastDay), Option.some(lastDay))));
    }

    /** Early on the period's last day in India is still the day before in UTC, the zone many generators write. */
    @Test
    void createdOnTheLastDayButWrittenInUtcIsNotDateFraud() {
        OffsetDateTime inUtc = OffsetDateTime.of(2024, 6, 30, 1, 30, 0, 0, GENERATED.getOffset())
                .withOffsetSameInstant(ZoneOffset.UTC);
        assertEquals(LocalDate.of(2024, 6, 29), inUtc.toLocalDate());
        assertEquals(List.empty(), findings(SignalRules.DATES, clean.withDates(Option.some(inUtc), Option.some(inUtc))));
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
