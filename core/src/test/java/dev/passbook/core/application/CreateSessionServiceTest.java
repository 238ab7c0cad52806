package dev.passbook.core.application;

import dev.passbook.core.domain.Session;
import dev.passbook.core.error.UploadError;
import dev.passbook.core.fixtures.Fixtures;
import dev.passbook.core.fixtures.TestWorld;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;

import static dev.passbook.core.application.UploadPipelineTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class CreateSessionServiceTest {

    private final TestWorld world = new TestWorld();

    /** A valid request; each test changes one thing. */
    private final class Request {
        Option<String> key = Option.some(TestWorld.regularKey());
        Option<String> linkId = Option.some("customer-42");
        Option<String> from = Option.some("01/11/2023");
        Option<String> to = Option.some("30/04/2024");
        Option<String> bank = Option.none();
        Option<String> expiry = Option.none();
        List<String> names = List.of("Asha Verma");

        Either<UploadError, Session> send() {
            return world.creates.create(new CreateSessionCommand(key, linkId, from, to, bank, expiry, names));
        }
    }

    private static Session created(Either<UploadError, Session> result) {
        if (result.isLeft()) {
            fail("expected a session but got " + result.getLeft());
        }
        return result.get();
    }

    @Test
    void validRequestCreatesAndStoresASession() {
        Session s = created(new Request().send());
        assertEquals("customer-42", s.linkId());
        assertEquals(LocalDate.of(2023, 11, 1), s.period().from());
        assertEquals(LocalDate.of(2024, 4, 30), s.period().to());
        assertEquals(Fixtures.NOW.plus(Duration.ofMinutes(1440)), s.expiresAt());
        assertEquals(List.of("Asha Verma"), s.expectedNames());
        assertEquals("org-regular", s.organisationId());
        assertEquals(Option.some(s), world.sessions.findById(s.id()));
    }

    @Test
    void withoutDatesThePeriodIsTheLastSixMonths() {
        Request r = new Request();
        r.from = Option.none();
        r.to = Option.some("  ");
        Session s = created(r.send());
        assertEquals(LocalDate.of(2023, 11, 1), s.period().from());
        assertEquals(LocalDate.of(2024, 5, 1), s.period().to());
    }

    @Test
    void authRulesComeFirst() {
        Request r = new Request();
        r.key = Option.some("unknown");
        r.linkId = Option.none();
        assertError(r.send(), "INVALID_API_KEY", 403, "Authentication credentials were not provided.");
        r.key = Option.some(TestWorld.keyOf(Fixtures.trialExpiredOrganisation()));
        assertEquals("TRIAL_PERIOD_EXPIRED", r.send().getLeft().code());
        r.key = Option.some(TestWorld.keyOf(Fixtures.sessionFlowDisabledOrganisation()));
        assertError(r.send(), "ROUTE_NOT_ALLOWED", 403, "Route not allowed");
    }

    @Test
    void missingOrBlankLinkIdIsInvalidRequestNamingLinkId() {
        for (Option<String> linkId : List.of(Option.<String>none(), Option.some(""), Option.some("   "))) {
            Request r = new Request();
            r.linkId = linkId;
            UploadError e = assertError(r.send(), "INVALID_REQUEST", 400, "Invalid request");
            assertTrue(e.fields().containsKey("link_id"));
        }
    }

    @Test
    void linkIdOf500CharactersIsAcceptedAnd501IsNot() {
        Request r = new Request();
        r.linkId = Option.some("x".repeat(500));
        created(r.send());
        r.linkId = Option.some("x".repeat(501));
        UploadError e = assertError(r.send(), "INVALID_REQUEST", 400, "Invalid request");
        assertTrue(e.fields().get("link_id").get().head().contains("500"));
    }

    @Test
    void datesNotInStrictDdMmYyyyAreInvalidDateFormat() {
        for (String bad : List.of("2023-11-01", "1/11/2023", "01/11/23", "31/02/2024", "32/01/2024", "01/13/2024", "tomorrow")) {
            Request r = new Request();
            r.from = Option.some(bad);
            assertError(r.send(), "INVALID_DATE_FORMAT", 400, "Dates must be in DD/MM/YYYY format");
        }
    }

    @Test
    void leapDayIsAValidDate() {
        Request r = new Request();
        r.from = Option.some("29/02/2024");
        created(r.send());
    }

    @Test
    void malformedDateWinsOverTheOtherDateMissing() {
        Request r = new Request();
        r.from = Option.some("2023-11-01");
        r.to = Option.none();
        assertEquals("INVALID_DATE_FORMAT", r.send().getLeft().code());
    }

    @Test
    void onlyOneDateIsMissingDateField() {
        Request r = new Request();
        r.to = Option.none();
        assertError(r.send(), "MISSING_DATE_FIELD", 400, "Both from_date and to_date must be provided");
        r = new Request();
        r.from = Option.none();
        assertError(r.send(), "MISSING_DATE_FIELD", 400, "Both from_date and to_date must be provided");
    }

    @Test
    void fromNotBeforeToIsInvalidDateRange() {
        Request r = new Request();
        r.from = Option.some("30/04/2024");
        assertError(r.send(), "INVALID_DATE_RANGE", 400, "from_date must be before to_date");
        r.from = Option.some("01/05/2024");
        assertError(r.send(), "INVALID_DATE_RANGE", 400, "from_date must be before to_date");
    }

    @Test
    void unknownBankNameListsTheCatalogue() {
        Request r = new Request();
        r.bank = Option.some("axis");
        assertError(r.send(), "INVALID_BANK_NAME", 400, "Please use following bank strings: [hdfc, sbi]");
        r.bank = Option.some("SBI");
        assertEquals(Option.some("sbi"), created(r.send()).bankName());
    }

    @Test
    void expiryOutside5To43200MinutesOrNotANumberIsInvalid() {
        for (String bad : List.of("4", "0", "-5", "43201", "abc", "10.5", "99999999999")) {
            Request r = new Request();
            r.expiry = Option.some(bad);
            assertError(r.send(), "INVALID_SESSION_EXPIRY", 400, "Min = 5, Max = 43200");
        }
    }

    @Test
    void expiryBoundsAreInclusive() {
        Request r = new Request();
        r.expiry = Option.some("5");
        assertEquals(Fixtures.NOW.plus(Duration.ofMinutes(5)), created(r.send()).expiresAt());
        r.expiry = Option.some("43200");
        assertEquals(Fixtures.NOW.plus(Duration.ofMinutes(43200)), created(r.send()).expiresAt());
    }

    @Test
    void errorsComeInApiOrder() {
        Request r = new Request();
        r.linkId = Option.none();
        r.from = Option.some("bad");
        assertEquals("INVALID_REQUEST", r.send().getLeft().code());
        r.linkId = Option.some("x");
        r.bank = Option.some("nobank");
        assertEquals("INVALID_DATE_FORMAT", r.send().getLeft().code());
        r.from = Option.some("01/01/2024");
        r.to = Option.none();
        assertEquals("MISSING_DATE_FIELD", r.send().getLeft().code());
        r.to = Option.some("01/01/2023");
        assertEquals("INVALID_DATE_RANGE", r.send().getLeft().code());
        r.to = Option.some("01/02/2024");
        r.expiry = Option.some("1");
        assertEquals("INVALID_BANK_NAME", r.send().getLeft().code());
        r.bank = Option.none();
        assertEquals("INVALID_SESSION_EXPIRY", r.send().getLeft().code());
    }

    @Test
    void sessionCreatedHereAcceptsUploads() {
        Session s = created(new Request().send());
        UploadStatementCommand cmd = new UploadStatementCommand(Option.some(TestWorld.regularKey()), Option.some(s.id()),
                Option.some("PDF"), Option.none(),
                FileSource.blob(dev.passbook.core.fixtures.StatementFile.typical("hdfc").bytes()), Option.none());
        assertTrue(world.upload(cmd).isRight());
    }
}
