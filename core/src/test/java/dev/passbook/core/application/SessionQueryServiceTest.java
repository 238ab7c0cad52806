package dev.passbook.core.application;

import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Session;
import dev.passbook.core.fixtures.Fixtures;
import dev.passbook.core.fixtures.StatementFile;
import dev.passbook.core.fixtures.TestWorld;
import dev.passbook.core.spi.CatalogueEntry;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;

import static dev.passbook.core.application.UploadPipelineTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionQueryServiceTest {

    private final TestWorld world = new TestWorld();
    private final Option<String> key = Option.some(TestWorld.regularKey());

    private void accept(StatementFile file) {
        assertTrue(world.upload(world.pdfUpload(file.bytes())).isRight());
    }

    @Test
    void unknownSessionIsNotFoundWith404() {
        assertError(world.queries.report(key, "nope"), "SESSION_NOT_FOUND", 404, "The provided Session ID is invalid");
    }

    @Test
    void anotherOrganisationsSessionIsNotFoundWith404() {
        Session others = world.openSessionOf(Fixtures.otherOrganisation());
        assertError(world.queries.report(key, others.id()), "SESSION_NOT_FOUND", 404, "The provided Session ID is invalid");
    }

    @Test
    void authRulesApplyBeforeTheLookup() {
        assertError(world.queries.report(Option.none(), "nope"), "INVALID_API_KEY", 403,
                "Authentication credentials were not provided.");
        assertEquals("TRIAL_PERIOD_EXPIRED", world.queries.report(
                Option.some(TestWorld.keyOf(Fixtures.trialExpiredOrganisation())), "nope").getLeft().code());
        assertEquals("ROUTE_NOT_ALLOWED", world.queries.report(
                Option.some(TestWorld.keyOf(Fixtures.sessionFlowDisabledOrganisation())), "nope").getLeft().code());
    }

    @Test
    void expiredSessionCanStillBeRead() {
        SessionReport r = world.queries.report(key, world.expiredSession.id()).get();
        assertEquals(world.expiredSession, r.session());
        assertTrue(r.accounts().isEmpty());
    }

    @Test
    void reportGroupsStatementsByAccountWithMonthsAndMissingRanges() {
        accept(StatementFile.of("hdfc").credit("2023-11-20", "1.00", "A").credit("2023-12-03", "1.00", "B"));
        accept(StatementFile.of("hdfc").credit("2024-03-02", "1.00", "C"));
        accept(StatementFile.of("hdfc").account("777766665555").credit("2024-01-10", "1.00", "D"));

        SessionReport r = world.queries.report(key, world.openSession.id()).get();
        assertEquals(3, r.statements().size());
        assertEquals(2, r.accounts().size());
        AccountReport first = r.accounts().head();
        assertEquals("XXXXXXXXXX6789", first.maskedAccountNumber());
        assertEquals(2, first.statements().size());
        assertEquals(List.of(YearMonth.of(2023, 11), YearMonth.of(2023, 12), YearMonth.of(2024, 3)), first.months());
        assertEquals(List.of(YearMonth.of(2024, 1), YearMonth.of(2024, 2), YearMonth.of(2024, 4)), first.missingMonths());
        // session is 15/11/2023 .. 20/04/2024: April is clipped to the session's last day
        assertEquals(List.of(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 29)),
                DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 20))), first.missingRanges());
        AccountReport second = r.accounts().get(1);
        assertEquals("XXXXXXXX5555", second.maskedAccountNumber());
        assertEquals(List.of(YearMonth.of(2024, 1)), second.months());
    }

    @Test
    void catalogueNeedsAValidKeyButNotTheSessionFlow() {
        assertEquals(List.of("hdfc", "sbi"), world.queries.catalogue(key).get().map(e -> e.bank().id()));
        assertTrue(world.queries.catalogue(Option.some(TestWorld.keyOf(Fixtures.sessionFlowDisabledOrganisation())))
                .map(l -> l.forAll(CatalogueEntry::dedicatedParser)).get());
        assertEquals("INVALID_API_KEY", world.queries.catalogue(Option.some("bad")).getLeft().code());
    }
}
