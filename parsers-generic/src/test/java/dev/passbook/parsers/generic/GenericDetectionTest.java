package dev.passbook.parsers.generic;

import dev.passbook.testkit.drawn.DrawnStatement;
import dev.passbook.core.document.Document;
import dev.passbook.core.domain.Bank;
import dev.passbook.core.spi.ParseRefusal;
import dev.passbook.core.spi.CatalogueEntry;
import dev.passbook.core.spi.Detection;
import dev.passbook.core.spi.ParsedStatement;
import dev.passbook.core.spi.ParserRegistry;
import dev.passbook.core.spi.StatementParser;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static dev.passbook.testkit.drawn.DrawnStatement.Col.left;
import static dev.passbook.testkit.drawn.DrawnStatement.Col.right;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenericDetectionTest {

    private final GenericStatementParser parser = new GenericStatementParser();

    /** A statement whose narrations name other banks, by code and by name. */
    private static Document statement(DrawnStatement block) {
        return block.columns(left("Date", 22, 90), left("Narration", 95, 300), right("Debit", 325, 400),
                        right("Credit", 405, 470), right("Balance", 475, 545))
                .row("01/04/2024", "NEFT CR-ICIC0001234-ACME\nSTATE BANK OF INDIA", "", "500.00", "1,500.00")
                .row("02/04/2024", "IMPS-HDFC0000001-AXIS BANK", "100.00", "", "1,400.00")
                .trailer("Opening Balance : 1,000.00")
                .document();
    }

    @Property(tries = 60)
    void theLabelledIfscNamesTheBankWhateverTheNarrationsMention(@ForAll("banks") Bank bank, @ForAll("branches") String branch) {
        Document d = statement(DrawnStatement.standard("ACCOUNT STATEMENT", bank.ifscPrefix() + "0" + branch));
        Detection detection = parser.detect(d);
        assertEquals(Option.some(bank.id()), detection.bankId(), () -> detection.evidence().mkString("; "));
        assertEquals(GenericStatementParser.CONFIDENCE, detection.confidence());
        assertTrue(parser.parse(d).isRight());
    }

    @Property(tries = 40)
    void aPrintedBankNameNamesTheBankWhenNoIfscIsPrinted(@ForAll("banks") Bank bank) {
        Document d = statement(DrawnStatement.withBlock(bank.fullName().toUpperCase(Locale.ROOT), "Account Name :: ASHA RAO",
                "Account Number :: 1234567890"));
        assertEquals(Option.some(bank.id()), parser.detect(d).bankId());
    }

    @Test
    void aStatementNamingNoBankIsDetectedWithoutABankAndStillRead() {
        Document d = statement(DrawnStatement.withBlock("ACCOUNT STATEMENT", "Account Name :: ASHA RAO",
                "Account Number :: 1234567890"));
        Detection detection = parser.detect(d);
        assertEquals(Option.none(), detection.bankId(), "narrations name banks; the statement itself names none");
        assertTrue(detection.matched(), "the table is still recognised");
        Either<ParseRefusal, ParsedStatement> parsed = parser.parse(d);
        assertEquals(2, parsed.get().transactions().size());
    }

    @Test
    void aBankNamedOnlyInThePageFooterIsFound() {
        Document d = statement(DrawnStatement.withBlock("ACCOUNT STATEMENT", "Account Name :: ASHA RAO",
                "Account Number :: 1234567890").footer("FEDERAL BANK LTD - Registered Office Aluva"));
        Detection detection = parser.detect(d);
        assertEquals(Option.some("federal"), detection.bankId(), () -> detection.evidence().mkString("; "));
    }

    @Test
    void documentsWithNeitherTableNorBankAreNotDetected() {
        assertFalse(parser.detect(TextFixtures.document()).matched());
        assertFalse(parser.detect(TextFixtures.document(TextFixtures.page(1,
                TextFixtures.line(10, 20, "Dear customer,"), TextFixtures.line(20, 20, "Your card 1234 was used on 01/04/2024"))))
                .matched());
    }

    @Test
    void aBankLetterWithoutATableNamesTheBankButCannotBeParsed() {
        Document d = TextFixtures.document(TextFixtures.page(1, TextFixtures.line(10, 20, "PUNJAB NATIONAL BANK"),
                TextFixtures.line(20, 20, "Dear customer, your cheque book is ready.")));
        assertEquals(Option.some("pnb"), parser.detect(d).bankId());
        assertTrue(parser.parse(d).isLeft());
    }

    @Test
    void isAFallbackWithLowConfidenceThatADedicatedParserBeats() {
        assertFalse(parser.dedicated());
        assertTrue(GenericStatementParser.CONFIDENCE > 0 && GenericStatementParser.CONFIDENCE <= 20);
        Document d = statement(DrawnStatement.standard("CANARA BANK", "CNRB0001234"));
        StatementParser dedicated = new StatementParser() {
            public String id() {
                return "canara";
            }

            public List<Bank> banks() {
                return List.of(IndianBanks.byId("canara").get());
            }

            public Detection detect(Document document) {
                return new Detection("canara", Option.some("canara"), 60, List.empty());
            }

            public Either<ParseRefusal, ParsedStatement> parse(Document document) {
                return parser.parse(document);
            }
        };
        assertEquals("canara", ParserRegistry.of(parser, dedicated).detect(d).get()._1.id());
        assertEquals("generic", ParserRegistry.of(parser).detect(d).get()._1.id());
    }

    @Test
    void feedsTheBankCatalogueThroughTheRegistry() {
        ParserRegistry registry = ParserRegistry.load();
        assertTrue(registry.byId("generic").isDefined(), "registered in META-INF/services");
        List<CatalogueEntry> catalogue = ParserRegistry.of(parser).catalogue();
        assertEquals(IndianBanks.all().size(), catalogue.size());
        assertTrue(catalogue.forAll(e -> !e.dedicatedParser()));
        assertTrue(List.of("sbi", "icici", "axis", "kotak", "hdfc", "bob", "pnb", "union", "canara")
                .forAll(ParserRegistry.of(parser)::knowsBank));
    }

    @Provide
    Arbitrary<Bank> banks() {
        return Arbitraries.of(IndianBanks.all().asJava());
    }

    @Provide
    Arbitrary<String> branches() {
        return Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789").ofLength(6);
    }
}
