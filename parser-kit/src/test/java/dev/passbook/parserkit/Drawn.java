package dev.passbook.parserkit;

import dev.passbook.core.document.Document;
import dev.passbook.core.spi.ParseRefusal;
import io.vavr.control.Either;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading drawn documents through the engine and the ledger, for the tests of this module. */
final class Drawn {

    private Drawn() {
    }

    static Table table(Document d) {
        Either<ParseRefusal, Table> t = TableEngine.standard().read(d);
        assertTrue(t.isRight(), () -> "table refused: " + t.getLeft());
        return t.get();
    }

    static Ledger.Result ledger(Document d) {
        Either<ParseRefusal, Ledger.Result> l = Ledger.read(table(d));
        assertTrue(l.isRight(), () -> "ledger refused: " + l.getLeft());
        return l.get();
    }

    static ParseRefusal refusal(Document d) {
        Either<ParseRefusal, Ledger.Result> l = TableEngine.standard().read(d).flatMap(Ledger::read);
        assertTrue(l.isLeft(), () -> "expected a refusal, read " + l.get().transactions().size() + " rows");
        return l.getLeft();
    }
}
