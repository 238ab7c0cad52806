package dev.passbook.core.application;

import dev.passbook.core.port.StatementAnalyzer;
import dev.passbook.core.domain.Verdict;
import dev.passbook.core.domain.Verification;
import dev.passbook.core.fixtures.FakeBankParser;
import dev.passbook.core.fixtures.FakeDocumentReader;
import dev.passbook.core.fixtures.StatementFile;
import dev.passbook.core.fixtures.TestWorld;
import dev.passbook.core.spi.ParserRegistry;
import dev.passbook.core.spi.Place;
import dev.passbook.core.spi.ReadStage;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadStatementTest {

    private final ReadStatement reading = new TestWorld().reading(StatementAnalyzer.none());

    private Either<ReadRefusal, StatementRead> read(StatementFile file) {
        return reading.read(ReadRequest.of(file.bytes()));
    }

    private ReadRefusal refused(Either<ReadRefusal, StatementRead> result) {
        assertTrue(result.isLeft(), () -> "expected a refusal, got " + result.get().verification().describe());
        return result.getLeft();
    }

    /** Six rows, every balance printed; balances from row 1 on follow from the opening balance 1000.00. */
    private static StatementFile sixRows() {
        return StatementFile.of("hdfc").credit("2024-01-05", "500.00", "A").debit("2024-01-06", "100.00", "B")
                .credit("2024-01-07", "50.00", "C").pageBreak().debit("2024-01-08", "20.00", "D")
                .credit("2024-01-09", "10.00", "E").debit("2024-01-10", "5.00", "F");
    }

    @Nested
    class Verdicts {

        @Test
        void aStatementWhoseBalancesAllFollowIsVerified() {
            StatementRead read = read(sixRows()).get();
            assertEquals(Verdict.VERIFIED, read.verification().verdict());
            assertEquals(6, read.verification().balancesChecked());
            assertTrue(read.signals().isEmpty());
        }

        @Test
        void anEditedBalanceIsUnverifiedWithItsBreakLocatedAndFlagged() {
            StatementRead read = read(sixRows().tamperBalance(4, "9999.00")).get();
            Verification v = read.verification();
            assertEquals(Verdict.UNVERIFIED, v.verdict());
            assertEquals(2, v.balanceBreaks(), "the edited row and the one after it");
            assertEquals(new Verification.RowLocation(5, 2), v.firstBreak().get());
            assertTrue(read.signals().exists(s -> s.type().equals("inconsistent_transaction")));
        }
    }

    @Nested
    class FailureIsNotFraud {

        @Test
        void threeBreaksInSixCheckedBalancesStayFraudSignals() {
            // an edited balance breaks its own row and the next: rows 4 and 5 for the fourth, row 6 for the last
            StatementFile file = sixRows().tamperBalance(5, "1.00").tamperBalance(3, "2.00");
            Verification v = read(file).get().verification();
            assertEquals(3, v.balanceBreaks());
            assertEquals(6, v.balancesChecked());
            assertFalse(ReadStatement.misread(v));
        }

        @Test
        void mostBalancesBreakingIsOurMisreadAndRefusedAtTheRowsStage() {
            StatementFile file = sixRows().tamperBalance(5, "1.00").tamperBalance(3, "2.00").tamperBalance(1, "3.00");
            ReadRefusal refusal = refused(read(file));
            assertEquals("STATEMENT_UNSUPPORTED_FORMAT", refusal.error().code());
            assertEquals(ReadStage.ROWS, refusal.stage());
            assertTrue(refusal.reason().contains("5 of 6 printed balances break"), refusal.reason());
            assertTrue(refusal.reason().contains("misread"), refusal.reason());
        }

        @Test
        void theThresholdIsMoreThanHalfAndAtLeastThree() {
            assertFalse(ReadStatement.misread(breaks(2, 2)), "two breaks can be one edited balance");
            assertTrue(ReadStatement.misread(breaks(3, 3)));
            assertFalse(ReadStatement.misread(breaks(3, 6)), "exactly half is not most");
            assertTrue(ReadStatement.misread(breaks(4, 7)));
        }

        private Verification breaks(int breaks, int checked) {
            return new Verification(checked, breaks, Option.some(new Verification.RowLocation(1, 1)),
                    Verification.Totals.NOT_PRINTED);
        }
    }

    /** A bank's own parser that refuses a layout leaves it to the installed fallback readers of that bank. */
    @Nested
    class Fallback {

        private final FakeBankParser hdfc = FakeBankParser.hdfc();
        private final ReadStatement withFallback = new ReadStatement(new FakeDocumentReader(),
                ParserRegistry.of(hdfc, FakeBankParser.fallbackFor(hdfc)), StatementAnalyzer.none(), new SimpleNameMatcher());

        @Test
        void aLayoutTheBanksParserRefusesIsReadByTheFallbackWhenItVerifies() {
            StatementRead read = withFallback.read(ReadRequest.of(sixRows().unknownLayout().bytes())).get();
            assertEquals("fallback", read.chosen().parser().id());
            assertEquals("hdfc", read.bankId());
            assertEquals(Verdict.VERIFIED, read.verification().verdict());
            assertTrue(read.parsed().notes().decisions().exists(d -> d.contains("fallback parser fallback after header: "
                    + "parser hdfc (bank hdfc): the layout is marked unknown")), read.parsed().notes().decisions()::toString);
        }

        @Test
        void anUnverifiedFallbackReadingIsNotKeptAndTheRefusalSaysWhy() {
            ReadRefusal refusal = refused(withFallback.read(ReadRequest.of(sixRows().unknownLayout()
                    .tamperBalance(4, "9999.00").bytes())));
            assertEquals(ReadStage.HEADER, refusal.stage(), "the bank's parser's refusal");
            assertTrue(refusal.reason().startsWith("parser hdfc (bank hdfc): the layout is marked unknown; the fallback"),
                    refusal.reason());
            assertTrue(refusal.reason().contains("parser fallback read it, but not every printed figure matched"),
                    refusal.reason());
        }

        @Test
        void aForcedParserHasNoFallback() {
            ReadStatement forced = new ReadStatement(new FakeDocumentReader(), ParserRegistry.of(hdfc,
                    FakeBankParser.fallbackFor(hdfc)).forcing("hdfc"), StatementAnalyzer.none(), new SimpleNameMatcher());
            ReadRefusal refusal = refused(forced.read(ReadRequest.of(sixRows().unknownLayout().bytes())));
            assertEquals("header: parser hdfc (bank hdfc): the layout is marked unknown (page 1)", refusal.describe());
        }

        @Test
        void aReadingTheBanksParserVerifiesIsNotTriedAgain() {
            StatementRead read = withFallback.read(ReadRequest.of(sixRows().bytes())).get();
            assertEquals("hdfc", read.chosen().parser().id());
            assertTrue(read.parsed().notes().decisions().isEmpty());
        }
    }

    @Nested
    class Refusals {

        @Test
        void aLockedPdfWithoutAPasswordSaysItNeedsOne() {
            ReadRefusal refusal = refused(read(sixRows().password("s3cret")));
            assertEquals(ReadStage.PASSWORD, refusal.stage());
            assertEquals("this PDF needs a password and none was given", refusal.reason());
            assertEquals("PASSWORD_INCORRECT", refusal.error().code());
        }

        @Test
        void aWrongPasswordSaysSo() {
            ReadRefusal refusal = refused(reading.read(ReadRequest.of(sixRows().password("s3cret").bytes())
                    .withPassword(Option.some("guess"))));
            assertEquals("the password given does not open this PDF", refusal.reason());
        }

        @Test
        void aScanIsRefusedAtTheImageOnlyStage() {
            ReadRefusal refusal = refused(read(sixRows().scanned()));
            assertEquals(ReadStage.IMAGE_ONLY, refusal.stage());
            assertEquals("PDF_IS_IMAGE", refusal.error().code());
        }

        @Test
        void anUnknownBankListsEveryParsersDetection() {
            ReadRefusal refusal = refused(read(StatementFile.ofUnknownBank().credit("2024-01-05", "1.00", "X")));
            assertEquals(ReadStage.BANK, refusal.stage());
            assertEquals("BANK_NAME_UNDETECTED", refusal.error().code());
            assertEquals(List.of("hdfc", "sbi"), refusal.detections().map(d -> d.parserId()).sorted());
            assertTrue(refusal.detections().forAll(d -> d.confidence() == 0));
        }

        @Test
        void theBankGivenByTheCallerIsReadWhenNoneIsDetected() {
            Either<ReadRefusal, StatementRead> read = reading.read(ReadRequest.of(
                    StatementFile.ofUnknownBank().credit("2024-01-05", "1.00", "X").bytes()).withBank(Option.some("sbi")));
            assertEquals("sbi", read.get().bankId());
        }

        @Test
        void aParserRefusalKeepsItsStageReasonAndPlace() {
            ReadRefusal refusal = refused(read(sixRows().unknownLayout()));
            assertEquals("STATEMENT_UNSUPPORTED_FORMAT", refusal.error().code());
            assertEquals(ReadStage.HEADER, refusal.stage());
            assertEquals(Option.some(Place.page(1)), refusal.at());
            assertEquals("header: parser hdfc (bank hdfc): the layout is marked unknown (page 1)", refusal.describe());
            assertEquals("hdfc", refusal.detections().head().parserId());
        }

        @Test
        void unreadableTextIsRefusedAtTheTextLayerStage() {
            String glyphs = "\uE001\uE002\uE003\uE004\uE005\uE006\uE007\uE008\uE009\uE00A";
            StatementFile file = StatementFile.ofUnknownBank();
            for (int i = 0; i < 10; i++) {
                file.line(glyphs + " " + glyphs);
            }
            ReadRefusal refusal = refused(read(file));
            assertEquals(ReadStage.TEXT_LAYER, refusal.stage());
            assertTrue(refusal.reason().contains("does not read as text"), refusal.reason());
        }
    }
}
