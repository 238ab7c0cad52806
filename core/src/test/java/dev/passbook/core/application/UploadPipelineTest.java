package dev.passbook.core.application;

import dev.passbook.core.port.StatementAnalyzer;
import dev.passbook.core.domain.Organisation;
import dev.passbook.core.domain.Session;
import dev.passbook.core.domain.Statement;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import dev.passbook.core.fixtures.FakeDocumentReader;
import dev.passbook.core.fixtures.Fixtures;
import dev.passbook.core.fixtures.StatementFile;
import dev.passbook.core.fixtures.TestWorld;
import dev.passbook.core.inmemory.InMemoryStatementRepository;
import dev.passbook.core.port.StatementRepository;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every code of API.md's upload list, through the in-memory adapters, asserting code, HTTP status
 * and the exact message; then the order in which they are checked.
 */
class UploadPipelineTest {

    private final TestWorld world = new TestWorld();
    private final Session open = world.openSession;

    private static Option<String> some(String s) {
        return Option.some(s);
    }

    private UploadStatementCommand upload(Option<String> key, Option<String> session, Option<String> type,
                                          Option<String> bank, FileSource source, Option<String> password) {
        return new UploadStatementCommand(key, session, type, bank, source, password);
    }

    private UploadStatementCommand pdf(byte[] file) {
        return world.pdfUpload(file);
    }

    private UploadStatementCommand pdf(StatementFile file) {
        return pdf(file.bytes());
    }

    private UploadStatementCommand withBank(StatementFile file, String bank) {
        return upload(some(TestWorld.regularKey()), some(open.id()), some("PDF"), some(bank), FileSource.blob(file.bytes()),
                Option.none());
    }

    private UploadStatementCommand withSource(String type, FileSource source) {
        return upload(some(TestWorld.regularKey()), some(open.id()), some(type), Option.none(), source, Option.none());
    }

    private UploadStatementCommand withPassword(StatementFile file, Option<String> password) {
        return upload(some(TestWorld.regularKey()), some(open.id()), some("PDF"), Option.none(),
                FileSource.blob(file.bytes()), password);
    }

    private UploadStatementCommand byOrganisation(Organisation org, StatementFile file) {
        Session session = world.openSessionOf(org);
        return upload(some(TestWorld.keyOf(org)), some(session.id()), some("PDF"), Option.none(),
                FileSource.blob(file.bytes()), Option.none());
    }

    static UploadError assertError(Either<UploadError, ?> result, String code, int status, String message) {
        if (result.isRight()) {
            fail("expected " + code + " but the upload was accepted");
        }
        UploadError e = result.getLeft();
        assertEquals(code, e.code(), "code");
        assertEquals(status, e.httpStatus(), "http status");
        assertEquals(message, e.message(), "message");
        return e;
    }

    private static UploadOutcome accepted(Either<UploadError, UploadOutcome> result) {
        if (result.isLeft()) {
            fail("expected acceptance but got " + result.getLeft());
        }
        return result.get();
    }

    @Nested
    class AuthenticationAndOrganisationRules {

        @Test
        void missingEmptyOrUnknownApiKeyIsInvalidApiKey() {
            for (Option<String> key : List.of(Option.<String>none(), some(""), some("   "), some("no-such-key"))) {
                assertError(world.upload(upload(key, some(open.id()), some("PDF"), Option.none(),
                                FileSource.blob(StatementFile.typical("hdfc").bytes()), Option.none())),
                        "INVALID_API_KEY", 403, "Authentication credentials were not provided.");
            }
        }

        @Test
        void organisationWhoseTrialHasEndedIsRefusedWithPaymentRequired() {
            assertError(world.upload(byOrganisation(Fixtures.trialExpiredOrganisation(), StatementFile.typical("hdfc"))),
                    "TRIAL_PERIOD_EXPIRED", 402,
                    "Your trial period has expired. Please request FinBox to upgrade your plan");
        }

        @Test
        void trialMessageNamesTheConfiguredOperator() {
            AccessPolicy policy = new AccessPolicy(world.directory, Fixtures.CLOCK, "Acme Credit");
            assertError(policy.authorise(some(TestWorld.keyOf(Fixtures.trialExpiredOrganisation())), AccessPolicy.Route.SESSION),
                    "TRIAL_PERIOD_EXPIRED", 402,
                    "Your trial period has expired. Please request Acme Credit to upgrade your plan");
        }

        @Test
        void trialEndingTodayStillAllowsUploads() {
            Organisation org = Fixtures.trialEndingTodayOrganisation();
            accepted(world.upload(byOrganisation(org, StatementFile.typical("hdfc"))));
        }

        @Test
        void organisationWithoutSessionFlowGetsRouteNotAllowed() {
            assertError(world.upload(byOrganisation(Fixtures.sessionFlowDisabledOrganisation(), StatementFile.typical("hdfc"))),
                    "ROUTE_NOT_ALLOWED", 403, "Route not allowed");
        }
    }

    @Nested
    class RequestShape {

        @Test
        void missingSessionIdIsInvalidRequestNamingTheField() {
            UploadError e = assertError(world.upload(upload(some(TestWorld.regularKey()), Option.none(), some("PDF"),
                    Option.none(), FileSource.blob(StatementFile.typical("hdfc").bytes()), Option.none())),
                    "INVALID_REQUEST", 400, "Invalid request");
            assertEquals(List.of("session_id"), e.fields().keySet().toList());
        }

        @Test
        void missingOrUnknownUploadTypeIsInvalidRequestNamingTheField() {
            for (Option<String> type : List.of(Option.<String>none(), some(""), some("DOCX"))) {
                UploadError e = assertError(world.upload(upload(some(TestWorld.regularKey()), some(open.id()), type,
                        Option.none(), FileSource.blob(StatementFile.typical("hdfc").bytes()), Option.none())),
                        "INVALID_REQUEST", 400, "Invalid request");
                assertEquals(List.of("upload_type"), e.fields().keySet().toList());
            }
        }

        @Test
        void sessionIdAndUploadTypeProblemsAreReportedTogether() {
            UploadError e = assertError(world.upload(upload(some(TestWorld.regularKey()), some(" "), some("ZIP"),
                    Option.none(), FileSource.missing(), Option.none())), "INVALID_REQUEST", 400, "Invalid request");
            assertEquals(io.vavr.collection.HashSet.of("session_id", "upload_type"), e.fields().keySet());
            assertTrue(e.fields().get("upload_type").get().head().contains("ZIP"));
        }

        @Test
        void uploadTypeIsReadCaseInsensitively() {
            accepted(world.upload(upload(some(TestWorld.regularKey()), some(open.id()), some("pdf"), Option.none(),
                    FileSource.blob(StatementFile.typical("hdfc").bytes()), Option.none())));
        }
    }

    @Nested
    class SessionRules {

        @Test
        void unknownSessionIsNotFound() {
            assertError(world.upload(upload(some(TestWorld.regularKey()), some("no-such-session"), some("PDF"),
                    Option.none(), FileSource.blob(StatementFile.typical("hdfc").bytes()), Option.none())),
                    "SESSION_NOT_FOUND", 400, "The provided Session ID is invalid");
        }

        @Test
        void anotherOrganisationsSessionIsReportedAsNotFound() {
            Session others = world.openSessionOf(Fixtures.otherOrganisation());
            assertError(world.upload(upload(some(TestWorld.regularKey()), some(others.id()), some("PDF"),
                    Option.none(), FileSource.blob(StatementFile.typical("hdfc").bytes()), Option.none())),
                    "SESSION_NOT_FOUND", 400, "The provided Session ID is invalid");
        }

        @Test
        void expiredSessionIsRefused() {
            assertError(world.upload(upload(some(TestWorld.regularKey()), some(world.expiredSession.id()), some("PDF"),
                    Option.none(), FileSource.blob(StatementFile.typical("hdfc").bytes()), Option.none())),
                    "SESSION_EXPIRED", 400, "This session has expired");
        }
    }

    @Nested
    class BankName {

        @Test
        void unknownBankNameListsTheCatalogueIds() {
            assertError(world.upload(withBank(StatementFile.typical("hdfc"), "icici")),
                    "INVALID_BANK_NAME", 400, "Please use following bank strings: [hdfc, sbi]");
        }

        @Test
        void bankNameIsMatchedIgnoringCaseAndSpaces() {
            Statement s = accepted(world.upload(withBank(StatementFile.typical("hdfc"), " HDFC "))).statement();
            assertEquals("hdfc", s.bankId());
        }
    }

    @Nested
    class FileRules {

        @Test
        void noFileAndNoUrlIsMissingFileObject() {
            assertError(world.upload(withSource("PDF", FileSource.missing())),
                    "MISSING_FILE_OBJECT", 400, "This file object is required");
        }

        @Test
        void fileNotSentAsFormFieldIsInvalidFileObjectWithTheContentTypeMessage() {
            assertError(world.upload(withSource("PDF", FileSource.notAFormField())), "INVALID_FILE_OBJECT", 400,
                    "This field must be present as a form field. Send request with correct content type");
        }

        @Test
        void pdfUploadSentAsTextFieldIsInvalidFileObjectWithTheContentTypeMessage() {
            assertError(world.upload(withSource("PDF", FileSource.text(StatementFile.typical("hdfc").base64()))),
                    "INVALID_FILE_OBJECT", 400,
                    "This field must be present as a form field. Send request with correct content type");
        }

        @Test
        void malformedBase64IsInvalidBase64() {
            for (String bad : List.of("not base64 !!", "QUJD$", "A", "QU+_Rk==")) {
                assertError(world.upload(withSource("BASE64", FileSource.text(bad))),
                        "INVALID_BASE_64", 400, "Invalid Base 64 string");
            }
        }

        @Test
        void base64BlobWithBinaryContentIsInvalidBase64() {
            assertError(world.upload(withSource("BASE64", FileSource.blob(new byte[]{(byte) 0x25, (byte) 0xff, 0x00, 0x01}))),
                    "INVALID_BASE_64", 400, "Invalid Base 64 string");
        }

        @Test
        void unreachableUrlIsInvalidFileUrl() {
            assertError(world.upload(withSource("PDF", FileSource.url("https://example.invalid/statement.pdf"))),
                    "INVALID_FILE_URL", 400, "This file url is invalid");
            assertError(world.upload(withSource("PDF", FileSource.url("  "))),
                    "INVALID_FILE_URL", 400, "This file url is invalid");
        }

        @Test
        void zeroByteFileIsEmptyFile() {
            assertError(world.upload(pdf(new byte[0])), "EMPTY_FILE", 400, "File object is empty");
            assertError(world.upload(withSource("BASE64", FileSource.text(""))), "EMPTY_FILE", 400, "File object is empty");
            world.urls.put("https://files.test/empty.pdf", new byte[0]);
            assertError(world.upload(withSource("PDF", FileSource.url("https://files.test/empty.pdf"))),
                    "EMPTY_FILE", 400, "File object is empty");
        }

        @Test
        void corruptFileIsInvalidFileObject() {
            assertError(world.upload(pdf("this is not a pdf".getBytes(StandardCharsets.UTF_8))),
                    "INVALID_FILE_OBJECT", 400, "File object is invalid");
        }
    }

    @Nested
    class PdfRules {

        @Test
        void wrongEmptyOrMissingPasswordIsPasswordIncorrect() {
            StatementFile locked = StatementFile.typical("hdfc").password("s3cret");
            for (Option<String> password : List.of(some("wrong"), some(""), Option.<String>none())) {
                assertError(world.upload(withPassword(locked, password)),
                        "PASSWORD_INCORRECT", 400, "The provided password is incorrect");
            }
        }

        @Test
        void rightPasswordOpensTheStatement() {
            accepted(world.upload(withPassword(StatementFile.typical("hdfc").password("s3cret"), some("s3cret"))));
        }

        @Test
        void scannedStatementIsPdfIsImage() {
            assertError(world.upload(pdf(StatementFile.typical("hdfc").scanned())),
                    "PDF_IS_IMAGE", 400, "Scanned images are not supported");
        }
    }

    @Nested
    class BankDetection {

        @Test
        void unrecognisedStatementWithoutBankNameIsBankNameUndetected() {
            assertError(world.upload(pdf(StatementFile.ofUnknownBank().credit("2024-01-05", "10.00", "X"))),
                    "BANK_NAME_UNDETECTED", 400, "Unable to detect bank. Please provide BANK NAME.");
        }

        @Test
        void detectedBankDifferentFromGivenIsBankNameMismatch() {
            assertError(world.upload(withBank(StatementFile.typical("hdfc"), "sbi")),
                    "BANK_NAME_MISMATCH", 400, "Not sbi bank statement");
        }

        @Test
        void unrecognisedStatementIsReadByTheGivenBanksParser() {
            Statement s = accepted(world.upload(withBank(StatementFile.ofUnknownBank()
                    .credit("2024-01-05", "10.00", "X"), "sbi"))).statement();
            assertEquals("sbi", s.bankId());
            assertEquals("sbi-fake-v1", s.layoutId());
        }

        @Test
        void sessionBankNameActsAsTheSelectedBank() {
            Session s = new Session("session-sbi", "org-regular", "c", open.period(), Fixtures.NOW,
                    Fixtures.NOW.plusSeconds(3600), List.empty(), some("sbi"));
            world.sessions.save(s);
            assertError(world.upload(upload(some(TestWorld.regularKey()), some(s.id()), some("PDF"), Option.none(),
                    FileSource.blob(StatementFile.typical("hdfc").bytes()), Option.none())),
                    "BANK_NAME_MISMATCH", 400, "Not sbi bank statement");
        }
    }

    @Nested
    class Parsing {

        @Test
        void layoutTheParserDoesNotUnderstandIsUnsupportedFormat() {
            assertError(world.upload(pdf(StatementFile.typical("hdfc").unknownLayout())),
                    "STATEMENT_UNSUPPORTED_FORMAT", 400, "The statement format is not supported");
        }

        @Test
        void statementWithoutTransactionsIsUnsupportedFormat() {
            assertError(world.upload(pdf(StatementFile.of("hdfc"))),
                    "STATEMENT_UNSUPPORTED_FORMAT", 400, "The statement format is not supported");
        }
    }

    @Nested
    class StatementRules {

        @Test
        void categoryTheOrganisationDoesNotAcceptIsInvalidAccountCategory() {
            assertError(world.upload(byOrganisation(Fixtures.individualsOnlyOrganisation(),
                            StatementFile.typical("hdfc").category("corporate"))),
                    "INVALID_ACCOUNT_CATEGORY", 400, "Account category is invalid");
        }

        @Test
        void sameFileTwiceInASessionIsDuplicate() {
            accepted(world.upload(pdf(StatementFile.typical("hdfc"))));
            assertError(world.upload(pdf(StatementFile.typical("hdfc"))),
                    "STATEMENT_DUPLICATE", 400, "A duplicate statement has been detected");
        }

        @Test
        void sameAccountAndTransactionsInADifferentFileIsDuplicate() {
            accepted(world.upload(pdf(StatementFile.typical("hdfc"))));
            // a re-print: other bytes (another holder line), same account and rows
            assertError(world.upload(pdf(StatementFile.typical("hdfc").name("A VERMA"))),
                    "STATEMENT_DUPLICATE", 400, "A duplicate statement has been detected");
        }

        @Test
        void sameFileInAnotherSessionIsAccepted() {
            accepted(world.upload(pdf(StatementFile.typical("hdfc"))));
            Session second = new Session("session-second", "org-regular", "c", open.period(), Fixtures.NOW,
                    Fixtures.NOW.plusSeconds(3600), List.empty(), Option.none());
            world.sessions.save(second);
            accepted(world.upload(upload(some(TestWorld.regularKey()), some(second.id()), some("PDF"), Option.none(),
                    FileSource.blob(StatementFile.typical("hdfc").bytes()), Option.none())));
        }

        @Test
        void duplicateDecidedByTheRepositoryDuringARaceIsReported() {
            // the pre-check sees nothing (the racing upload is not committed yet); save still refuses
            InMemoryStatementRepository real = new InMemoryStatementRepository();
            StatementRepository racing = new StatementRepository() {
                public Either<UploadError, Statement> save(Statement s) {
                    return real.save(s);
                }

                public List<Statement> findBySession(String id) {
                    return real.findBySession(id);
                }

                public boolean existsWithFile(String id, String sha) {
                    return false;
                }

                public boolean existsWithFingerprint(String id, String fp) {
                    return false;
                }
            };
            UploadStatementService service = new UploadStatementService(world.access, world.sessions, racing,
                    world.reading(StatementAnalyzer.none()), world.fetcher, Fixtures.CLOCK);
            accepted(service.upload(pdf(StatementFile.typical("hdfc"))));
            assertError(service.upload(pdf(StatementFile.typical("hdfc"))),
                    "STATEMENT_DUPLICATE", 400, "A duplicate statement has been detected");
            assertEquals(1, real.findBySession(open.id()).size());
        }

        @Test
        void noTransactionInsideTheSessionPeriodIsOutOfDateRange() {
            assertError(world.upload(pdf(StatementFile.of("hdfc").credit("2023-11-14", "10.00", "X")
                            .debit("2024-04-21", "5.00", "Y"))),
                    "OUT_OF_DATE_RANGE", 400, "No transactions in expected date range");
        }

        @Test
        void oneTransactionOnTheSessionsLastDayIsEnough() {
            accepted(world.upload(pdf(StatementFile.of("hdfc").credit("2024-04-20", "10.00", "X")
                    .debit("2024-04-25", "5.00", "Y"))));
        }
    }

    @Nested
    class Order {

        @Test
        void unknownKeyWithEverythingElseWrongIsInvalidApiKey() {
            assertError(world.upload(upload(some("nope"), Option.none(), some("ZIP"), some("nobank"),
                    FileSource.missing(), some("x"))), "INVALID_API_KEY", 403,
                    "Authentication credentials were not provided.");
        }

        @Test
        void expiredTrialWinsOverDisabledFlowAndBadRequest() {
            assertEquals("TRIAL_PERIOD_EXPIRED", world.upload(upload(some(TestWorld.keyOf(Fixtures.trialExpiredOrganisation())),
                    Option.none(), Option.none(), Option.none(), FileSource.missing(), Option.none())).getLeft().code());
        }

        @Test
        void disabledSessionFlowWinsOverBadRequest() {
            assertEquals("ROUTE_NOT_ALLOWED", world.upload(upload(some(TestWorld.keyOf(Fixtures.sessionFlowDisabledOrganisation())),
                    Option.none(), Option.none(), Option.none(), FileSource.missing(), Option.none())).getLeft().code());
        }

        @Test
        void badUploadTypeWinsOverUnknownSession() {
            assertEquals("INVALID_REQUEST", world.upload(upload(some(TestWorld.regularKey()), some("no-such-session"),
                    some("ZIP"), Option.none(), FileSource.missing(), Option.none())).getLeft().code());
        }

        @Test
        void expiredSessionWithEmptyFileIsSessionExpired() {
            assertError(world.upload(upload(some(TestWorld.regularKey()), some(world.expiredSession.id()), some("PDF"),
                    Option.none(), FileSource.blob(new byte[0]), Option.none())),
                    "SESSION_EXPIRED", 400, "This session has expired");
        }

        @Test
        void unknownSessionWinsOverUnknownBankName() {
            assertEquals("SESSION_NOT_FOUND", world.upload(upload(some(TestWorld.regularKey()), some("nope"), some("PDF"),
                    some("nobank"), FileSource.missing(), Option.none())).getLeft().code());
        }

        @Test
        void unknownBankNameWinsOverMissingFile() {
            assertEquals("INVALID_BANK_NAME", world.upload(upload(some(TestWorld.regularKey()), some(open.id()),
                    some("PDF"), some("nobank"), FileSource.missing(), Option.none())).getLeft().code());
        }

        @Test
        void badBase64WinsOverEverythingAboutTheDocument() {
            assertEquals("INVALID_BASE_64", world.upload(withSource("BASE64", FileSource.text("%%%"))).getLeft().code());
        }

        @Test
        void wrongPasswordWinsOverBankMismatch() {
            assertEquals("PASSWORD_INCORRECT", world.upload(upload(some(TestWorld.regularKey()), some(open.id()),
                    some("PDF"), some("sbi"), FileSource.blob(StatementFile.typical("hdfc").password("p").bytes()),
                    Option.none())).getLeft().code());
        }

        @Test
        void bankMismatchWinsOverUnsupportedLayout() {
            assertEquals("BANK_NAME_MISMATCH", world.upload(withBank(StatementFile.typical("hdfc").unknownLayout(), "sbi"))
                    .getLeft().code());
        }

        @Test
        void unsupportedLayoutWinsOverCategory() {
            assertEquals("STATEMENT_UNSUPPORTED_FORMAT", world.upload(byOrganisation(Fixtures.individualsOnlyOrganisation(),
                    StatementFile.of("hdfc").category("corporate"))).getLeft().code());
        }

        @Test
        void categoryWinsOverOutOfDateRange() {
            assertEquals("INVALID_ACCOUNT_CATEGORY", world.upload(byOrganisation(Fixtures.individualsOnlyOrganisation(),
                    StatementFile.of("hdfc").category("corporate").credit("2020-01-01", "1.00", "OLD"))).getLeft().code());
        }

        @Test
        void duplicateWinsOverOutOfDateRange() {
            StatementFile old = StatementFile.of("hdfc").credit("2020-01-01", "1.00", "OLD");
            // the first copy is refused as out of range, so it is not a duplicate of anything
            assertEquals("OUT_OF_DATE_RANGE", world.upload(pdf(old)).getLeft().code());
            accepted(world.upload(pdf(StatementFile.typical("hdfc"))));
            assertEquals("STATEMENT_DUPLICATE", world.upload(pdf(StatementFile.typical("hdfc").name("X"))).getLeft().code());
        }
    }

    @Nested
    class AcceptedUpload {

        @Test
        void documentExampleGivesItsMonthsAndMissingMonths() {
            UploadOutcome o = accepted(world.upload(pdf(StatementFile.of("hdfc").credit("2023-12-01", "100.00", "A")
                    .debit("2024-01-15", "10.00", "B").credit("2024-03-05", "5.00", "C"))));
            assertEquals(List.of(YearMonth.of(2023, 12), YearMonth.of(2024, 1), YearMonth.of(2024, 2), YearMonth.of(2024, 3)),
                    o.months());
            assertEquals(List.of(YearMonth.of(2023, 11), YearMonth.of(2024, 4)), o.missingMonths());
            assertEquals("2023-12-01", o.statement().extracted().from().toString());
            assertEquals("2024-03-05", o.statement().extracted().to().toString());
        }

        @Test
        void missingMonthsCountEarlierStatementsOfTheSameAccountOnly() {
            accepted(world.upload(pdf(StatementFile.of("hdfc").credit("2023-11-20", "1.00", "A")
                    .credit("2023-12-20", "1.00", "B"))));
            accepted(world.upload(pdf(StatementFile.of("hdfc").account("999988887777").credit("2024-04-01", "1.00", "C"))));
            UploadOutcome third = accepted(world.upload(pdf(StatementFile.of("hdfc").credit("2024-02-02", "1.00", "D"))));
            assertEquals(List.of(YearMonth.of(2024, 1), YearMonth.of(2024, 3), YearMonth.of(2024, 4)), third.missingMonths());
            assertEquals(3, third.sessionStatements().size());
        }

        @Test
        void declaredPeriodIsTheDateRangeWhenPrinted() {
            Statement s = accepted(world.upload(pdf(StatementFile.typical("hdfc").period("2024-01-01", "2024-02-29"))))
                    .statement();
            assertEquals("2024-01-01..2024-02-29", s.period().from() + ".." + s.period().to());
            assertEquals("2024-01-05..2024-02-10", s.extracted().from() + ".." + s.extracted().to());
        }

        @Test
        void extractedRangeIsTheDateRangeWhenNoPeriodIsPrinted() {
            Statement s = accepted(world.upload(pdf(StatementFile.typical("hdfc")))).statement();
            assertEquals(s.extracted(), s.period());
        }

        @Test
        void newestFirstStatementStillGetsAnOrderedRange() {
            Statement s = accepted(world.upload(pdf(StatementFile.of("hdfc").credit("2024-03-01", "1.00", "A")
                    .credit("2024-01-01", "1.00", "B")))).statement();
            assertEquals("2024-01-01..2024-03-01", s.extracted().from() + ".." + s.extracted().to());
        }

        @Test
        void accountIdIsStableForOrganisationBankAndNumberAndDiffersAcrossOrganisations() {
            Statement first = accepted(world.upload(pdf(StatementFile.typical("hdfc")))).statement();
            Statement other = accepted(world.upload(byOrganisation(Fixtures.otherOrganisation(), StatementFile.typical("hdfc"))))
                    .statement();
            assertEquals(java.util.UUID.nameUUIDFromBytes("org-regular|hdfc|50100123456789"
                    .getBytes(StandardCharsets.UTF_8)).toString(), first.accountId());
            assertFalse(first.accountId().equals(other.accountId()));
            assertFalse(first.id().equals(other.id()));
        }

        @Test
        void reconcilingStatementIsClean() {
            Statement s = accepted(world.upload(pdf(StatementFile.typical("hdfc")))).statement();
            assertFalse(s.isFraud());
        }

        @Test
        void statementWhoseBalancesDoNotReconcileIsNeverReportedClean() {
            Statement s = accepted(world.upload(pdf(StatementFile.typical("hdfc").tamperBalance(1, "9999.00"))))
                    .statement();
            assertTrue(s.isFraud());
            assertEquals("inconsistent_transaction", s.worstSignal().get().type());
            assertEquals("accounting", s.worstSignal().get().category());
            assertTrue(s.worstSignal().get().evidence().contains("row 2"), s.worstSignal().get().evidence());
            assertTrue(s.worstSignal().get().evidence().contains("1300.00"), s.worstSignal().get().evidence());
            assertTrue(s.worstSignal().get().evidence().contains("9999.00"), s.worstSignal().get().evidence());
        }

        @Test
        void injectedAnalyzerAddsSignalsButArithmeticStaysTheWorst() {
            StatementAnalyzer metadata = (doc, parsed, bank) -> List.of(new dev.passbook.core.domain.FraudSignal(
                    "author_fraud", "metadata", FraudSeverity.METADATA, "producer unusual for " + bank));
            UploadStatementService service = new UploadStatementService(world.access, world.sessions, world.statements,
                    world.reading(metadata), world.fetcher, Fixtures.CLOCK);
            Statement clean = accepted(service.upload(pdf(StatementFile.typical("hdfc")))).statement();
            assertEquals(List.of("author_fraud"), clean.fraudSignals().map(f -> f.type()));
            assertEquals("producer unusual for hdfc", clean.worstSignal().get().evidence());
            Statement tampered = accepted(service.upload(pdf(StatementFile.typical("hdfc").account("1111222233334444")
                    .tamperBalance(0, "1.00")))).statement();
            assertEquals("inconsistent_transaction", tampered.worstSignal().get().type());
            assertTrue(tampered.fraudSignals().exists(f -> f.type().equals("author_fraud")));
        }

        @Test
        void expectedNamesOfTheSessionAreMatchedAgainstTheHolder() {
            Statement s = accepted(world.upload(pdf(StatementFile.typical("hdfc").name("MRS ASHA  VERMA")))).statement();
            assertEquals(1, s.nameMatches().size());
            assertTrue(s.nameMatches().head().matched());
            assertEquals(100, s.nameMatches().head().score());
            assertEquals("Asha Verma", s.nameMatches().head().name());
        }

        @Test
        void base64InEveryAcceptedShapeIsDecoded() {
            StatementFile f = StatementFile.typical("hdfc");
            String std = f.base64();
            String urlSafe = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(f.bytes());
            String wrapped = java.util.Base64.getMimeEncoder().encodeToString(f.bytes());
            String dataUrl = "data:application/pdf;base64," + std;
            for (String text : List.of(std, urlSafe, wrapped, dataUrl)) {
                TestWorld fresh = new TestWorld();
                UploadStatementCommand cmd = new UploadStatementCommand(some(TestWorld.regularKey()),
                        some(fresh.openSession.id()), some("BASE64"), Option.none(), FileSource.text(text), Option.none());
                assertEquals(Fingerprints.sha256(f.bytes()), accepted(fresh.upload(cmd)).statement().fileSha256());
            }
            TestWorld fresh = new TestWorld();
            accepted(fresh.upload(new UploadStatementCommand(some(TestWorld.regularKey()), some(fresh.openSession.id()),
                    some("BASE64"), Option.none(), FileSource.blob(std.getBytes(StandardCharsets.US_ASCII)), Option.none())));
        }

        @Test
        void fileUrlIsFetchedThroughThePort() {
            world.urls.put("https://files.test/s.pdf", StatementFile.typical("hdfc").bytes());
            accepted(world.upload(withSource("PDF", FileSource.url("https://files.test/s.pdf"))));
        }

        @Test
        void acceptedStatementIsStoredInTheSession() {
            Statement s = accepted(world.upload(pdf(StatementFile.typical("hdfc")))).statement();
            assertEquals(List.of(s.id()), world.statements.findBySession(open.id()).map(Statement::id));
            assertEquals(2, s.transactions().size());
            assertEquals(Fixtures.NOW, s.createdAt());
        }
    }
}
