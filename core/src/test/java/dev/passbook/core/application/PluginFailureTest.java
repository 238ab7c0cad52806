package dev.passbook.core.application;

import dev.passbook.core.document.Document;
import dev.passbook.core.domain.Bank;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.fixtures.FakeBankParser;
import dev.passbook.core.fixtures.FakeDocumentReader;
import dev.passbook.core.fixtures.StatementFile;
import dev.passbook.core.port.NameMatcher;
import dev.passbook.core.port.StatementAnalyzer;
import dev.passbook.core.spi.Detection;
import dev.passbook.core.spi.ParseRefusal;
import dev.passbook.core.spi.ParsedStatement;
import dev.passbook.core.spi.ParserRegistry;
import dev.passbook.core.spi.ReadStage;
import dev.passbook.core.spi.StatementParser;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plugin code that breaks its contract (throws, answers null) is caught in one place ({@code PluginCalls})
 * and cannot fail a read: a failing detection counts as no detection, a failing parse as a refusal, a
 * failing analyzer as no signal (the accounting signals stay) and a failing name matcher as no match.
 */
class PluginFailureTest {

    private static final byte[] TAMPERED = StatementFile.typical("hdfc").tamperBalance(1, "9999.00").bytes();

    /** Reads like the fake hdfc parser, but {@code detect} or {@code parse} blows up as asked. */
    private record Broken(boolean detectThrows, boolean parseThrows, boolean parseAnswersNull) implements StatementParser {
        private static final FakeBankParser REAL = FakeBankParser.hdfc();

        public String id() {
            return "broken";
        }

        public List<Bank> banks() {
            return REAL.banks();
        }

        public Detection detect(Document document) {
            if (detectThrows) {
                throw new IllegalStateException("bug in detect");
            }
            Detection d = REAL.detect(document);
            return new Detection(id(), d.bankId(), d.confidence(), d.evidence());
        }

        public Either<ParseRefusal, ParsedStatement> parse(Document document) {
            if (parseThrows) {
                throw new NoClassDefFoundError("a library the plugin jar forgot");
            }
            return parseAnswersNull ? null : REAL.parse(document);
        }
    }

    private static ReadStatement reading(StatementParser parser, StatementAnalyzer analyzer, NameMatcher names) {
        return new ReadStatement(new FakeDocumentReader(), ParserRegistry.of(parser), analyzer, names);
    }

    private static final NameMatcher SIMPLE = new SimpleNameMatcher();

    @Test
    void aDetectionThatThrowsIsNoDetection() {
        ReadRefusal r = reading(new Broken(true, false, false), StatementAnalyzer.none(), SIMPLE)
                .read(ReadRequest.of(TAMPERED)).getLeft();
        assertEquals(ErrorCode.BANK_NAME_UNDETECTED, r.error().errorCode());
        assertEquals(List.of(0), r.detections().map(Detection::confidence));
    }

    @Test
    void aParseThatThrowsOrAnswersNullIsARefusalAtTheRowsStage() {
        for (Broken broken : List.of(new Broken(false, true, false), new Broken(false, false, true))) {
            ReadRefusal r = reading(broken, StatementAnalyzer.none(), SIMPLE).read(ReadRequest.of(TAMPERED)).getLeft();
            assertEquals(ErrorCode.STATEMENT_UNSUPPORTED_FORMAT, r.error().errorCode());
            assertEquals(ReadStage.ROWS, r.stage());
            assertTrue(r.reason().contains(broken.parseThrows() ? "NoClassDefFoundError" : "null"), r.reason());
            assertFalse(r.reason().contains("forgot"), "the exception's message is not repeated: " + r.reason());
        }
    }

    @Test
    void aFailingAnalyzerAddsNothingAndTheAccountingSignalsStay() {
        StatementAnalyzer throwing = (d, p, b) -> {
            throw new IllegalStateException("bug in analyse");
        };
        StatementAnalyzer answeringNull = (d, p, b) -> null;
        for (StatementAnalyzer analyzer : List.of(throwing, answeringNull)) {
            StatementRead read = reading(new Broken(false, false, false), analyzer, SIMPLE).read(ReadRequest.of(TAMPERED)).get();
            assertFalse(read.signals().isEmpty());
            assertTrue(read.signals().forAll(s -> s.type().equals(AccountingAnalyzer.INCONSISTENT_TRANSACTION)), read.signals()::toString);
        }
    }

    @Test
    void aFailingNameMatcherIsNoMatch() {
        NameMatcher throwing = (e, h) -> {
            throw new IllegalArgumentException("bug in match");
        };
        StatementRead read = reading(new Broken(false, false, false), StatementAnalyzer.none(), throwing)
                .read(new ReadRequest(TAMPERED, Option.none(), Option.none(), List.of("Somebody"))).get();
        assertEquals(1, read.nameMatches().size());
        assertEquals(0, read.nameMatches().head().score());
        assertFalse(read.nameMatches().head().matched());
    }
}
