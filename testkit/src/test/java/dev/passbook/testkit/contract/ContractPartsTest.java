package dev.passbook.testkit.contract;

import dev.passbook.core.document.Document;
import dev.passbook.core.port.DocumentReader;
import dev.passbook.testkit.Layout;
import dev.passbook.testkit.arbitraries.Seeded;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContractPartsTest {

    @Test
    void noReaderOnTheClassPathIsReportedAsNone() {
        ClassLoader empty = new URLClassLoader(new URL[0], null);
        assertTrue(StatementParserContract.findReader(empty).isEmpty());
        assertTrue(StatementParserContract.findReader(getClass().getClassLoader()).isDefined());
    }

    @Test
    void triesComeFromTheSystemPropertyWhenSet() {
        StatementParserContract c = new SerialFirstContractTest();
        assertEquals(6, c.tries());
        System.setProperty(StatementParserContract.TRIES_PROPERTY, "1234");
        try {
            assertEquals(1234, c.tries());
        } finally {
            System.clearProperty(StatementParserContract.TRIES_PROPERTY);
        }
    }

    @Test
    void randomDocumentsIncludeEmptyOnesAndStatementVocabulary() {
        List<Document> docs = List.range(0, 200).map(i -> Seeded.sample(RandomDocuments.any(), 5, i));
        assertTrue(docs.exists(d -> d.pages().isEmpty()));
        assertTrue(docs.exists(d -> d.pages().exists(p -> p.lines().isEmpty())));
        assertTrue(docs.exists(d -> d.text().contains("STATEMENT")));
        assertTrue(docs.exists(d -> d.pages().exists(p -> p.lines().exists(l -> l.y() < 0))));
    }

    @Test
    void damagingAStatementDropsTextButKeepsTheRest() {
        StatementParserContract c = new SerialFirstContractTest();
        StatementParserContract.Case k = c.prepare(Layout.GENERIC_SERIAL_FIRST, 0);
        Document damaged = RandomDocuments.damage(k.document(), new Random(1));
        assertTrue(damaged.text().length() < k.document().text().length());
        assertTrue(damaged.text().length() > 0);
        assertEquals(Option.none(), Option.of(damaged.metadata()).filter(m -> !m.equals(k.document().metadata())));
    }

    @Test
    void aCaseDescribesItselfForReplay() {
        StatementParserContract.Case k = new SerialFirstContractTest().prepare(Layout.GENERIC_SERIAL_FIRST, 2);
        assertTrue(k.describe().startsWith("generic-serial-first #2 (seed 20240401"), k.describe());
        DocumentReader reader = new PdfBoxTestReader();
        assertTrue(reader.read(new byte[] {1, 2, 3}, Option.none()).isLeft(), "garbage is rejected, not thrown");
    }
}
