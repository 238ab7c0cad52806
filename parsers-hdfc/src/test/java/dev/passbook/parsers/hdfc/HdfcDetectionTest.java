package dev.passbook.parsers.hdfc;

import dev.passbook.core.document.Document;
import dev.passbook.core.document.Forensics;
import dev.passbook.core.document.Line;
import dev.passbook.core.document.Metadata;
import dev.passbook.core.document.Page;
import dev.passbook.core.document.Word;
import dev.passbook.core.domain.Money;
import dev.passbook.core.spi.ReadStage;
import dev.passbook.core.spi.Detection;
import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.Layout;
import dev.passbook.testkit.arbitraries.Seeded;
import dev.passbook.testkit.arbitraries.StatementShape;
import dev.passbook.testkit.arbitraries.Statements;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.passbook.parsers.hdfc.HdfcFixtures.PARSER;
import static dev.passbook.parsers.hdfc.HdfcFixtures.april2024;
import static dev.passbook.parsers.hdfc.HdfcFixtures.ordinaryRows;
import static dev.passbook.parsers.hdfc.HdfcFixtures.render;
import static dev.passbook.parsers.hdfc.HdfcFixtures.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HdfcDetectionTest {

    @ParameterizedTest
    @ValueSource(strings = {"hdfc-legacy", "hdfc-newer"})
    void hdfcStatementIsRecognisedWithItsEvidence(Layout layout) {
        HdfcFixtures.Rendered r = render(statement(layout, april2024(), "100.00", ordinaryRows(layout, 5), Money.ZERO));
        Detection d = PARSER.detect(r.document());
        assertEquals(Option.some("hdfc"), d.bankId());
        assertTrue(d.confidence() >= 90, d.toString());
        String expectedLayout = layout == Layout.HDFC_LEGACY ? "hdfc-legacy-v1" : "hdfc-newer-v1";
        assertTrue(d.evidence().exists(e -> e.contains("HDFC0001234")), d.toString());
        assertTrue(d.evidence().exists(e -> e.contains("Registered Office Address")), d.toString());
        assertTrue(d.evidence().exists(e -> e.contains(expectedLayout)), d.toString());
    }

    @Test
    void textAloneIsEnoughWhenTheTableIsMissing() {
        Document doc = doc(List.of("RTGS/NEFT IFSC : HDFC0009999 MICR : 400240002",
                "Registered Office Address: HDFC Bank House, Senapati Bapat Marg, Lower Parel, Mumbai 400013"));
        Detection d = PARSER.detect(doc);
        assertEquals(Option.some("hdfc"), d.bankId());
        assertTrue(d.confidence() >= 50, d.toString());
        assertTrue(PARSER.parse(doc).isLeft(), "recognised but nothing to read: refused, not guessed");
    }

    @ParameterizedTest
    @CsvSource({"GENERIC_DEBIT_CREDIT, sbi", "GENERIC_AMOUNT_DRCR, axis", "GENERIC_SERIAL_FIRST, icici",
            "GENERIC_DEBIT_CREDIT, kotak"})
    void anotherBanksStatementGetsNoConfidenceAndIsNotParsed(Layout layout, String bank) {
        GeneratedStatement s = Seeded.sample(Statements.forLayout(layout, bank, StatementShape.defaults()), 77L, 0);
        HdfcFixtures.Rendered r = render(s, dev.passbook.testkit.render.RenderOptions.defaults());
        Detection d = PARSER.detect(r.document());
        assertTrue(d.confidence() <= 5, d.toString());
        assertEquals(Option.none(), d.bankId());
        assertEquals(ReadStage.HEADER, PARSER.parse(r.document()).getLeft().stage());
    }

    @Test
    void anHdfcIfscInsideANarrationOfAnotherBanksStatementIsNotEvidence() {
        Document doc = doc(List.of("IFS Code : SBIN0000001", "Txn Date Value Date Description Debit Credit Balance",
                "1 Apr 2024 1 Apr 2024 NEFT-HDFC0001234-RAHUL IFSC HDFC0001234 500.00 1,000.00"));
        Detection d = PARSER.detect(doc);
        assertTrue(d.confidence() <= 5, d.toString());
        assertEquals(Option.none(), d.bankId());
    }

    @Test
    void emptyDocumentIsNotHdfc() {
        Document empty = new Document(List.empty(), Metadata.empty(), Forensics.none());
        assertEquals(0, PARSER.detect(empty).confidence());
        assertEquals(ReadStage.HEADER, PARSER.parse(empty).getLeft().stage());
    }

    /** One page, one line per text, words 5 pt per character. */
    static Document doc(List<String> lines) {
        List<Line> out = List.empty();
        double y = 50;
        for (String text : lines) {
            List<Word> words = List.empty();
            double x = 20;
            for (String w : text.split(" ")) {
                words = words.append(new Word(w, x, y, w.length() * 5, 7, "Helvetica", 7));
                x += (w.length() + 1) * 5;
            }
            out = out.append(new Line(y, words));
            y += 12;
        }
        return new Document(List.of(new Page(1, 600, 800, out)), Metadata.empty(), Forensics.none());
    }
}
