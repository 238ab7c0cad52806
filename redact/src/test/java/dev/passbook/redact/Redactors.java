package dev.passbook.redact;

import dev.passbook.adapters.pdf.PdfDocumentReader;
import dev.passbook.core.application.ReadStatement;
import dev.passbook.core.application.SimpleNameMatcher;
import dev.passbook.core.spi.ParserRegistry;
import io.vavr.collection.List;

/** The redactor as the tests use it: the PDF reader and every installed parser, no fraud analysis. */
final class Redactors {

    static final PdfDocumentReader READER = new PdfDocumentReader();
    static final ReadStatement READING = new ReadStatement(READER, ParserRegistry.load(Redactors.class.getClassLoader()),
            (document, statement, bank) -> List.empty(), new SimpleNameMatcher());
    static final Redactor REDACTOR = new Redactor(READER, READING);

    private Redactors() {
    }
}
