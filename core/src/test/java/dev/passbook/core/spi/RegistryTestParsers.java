package dev.passbook.core.spi;

import dev.passbook.core.document.Document;
import dev.passbook.core.domain.Bank;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** Providers named in the test-only {@code META-INF/services} file; two of them are broken on purpose. */
public final class RegistryTestParsers {

    private RegistryTestParsers() {
    }

    /** A parser that recognises nothing and reads nothing; subclasses choose id, banks and dedication. */
    public abstract static class Base implements StatementParser {
        @Override
        public Detection detect(Document document) {
            return Detection.none(id());
        }

        @Override
        public Either<ParseRefusal, ParsedStatement> parse(Document document) {
            return Either.left(ParseRefusal.of(ReadStage.HEADER, "reads nothing"));
        }
    }

    public static final class Good extends Base {
        @Override
        public String id() {
            return "good";
        }

        @Override
        public List<Bank> banks() {
            return List.of(new Bank("goodbank", "Good Bank", "GOOD"));
        }
    }

    public static final class ThrowingConstructor extends Base {
        public ThrowingConstructor() {
            throw new IllegalStateException("broken on purpose");
        }

        @Override
        public String id() {
            return "throwing";
        }

        @Override
        public List<Bank> banks() {
            return List.empty();
        }
    }

    public static final class FutureSpiVersion extends Base {
        @Override
        public String id() {
            return "future";
        }

        @Override
        public int spiVersion() {
            return SPI_VERSION + 1;
        }

        @Override
        public List<Bank> banks() {
            return List.of(new Bank("futurebank", "Future Bank", "FUTR"));
        }
    }

    public static final class SameIdAsGood extends Base {
        @Override
        public String id() {
            return "good";
        }

        @Override
        public List<Bank> banks() {
            return List.of(new Bank("impostor", "Impostor Bank", "IMPO"));
        }
    }

    public static final class Fallback extends Base {
        @Override
        public String id() {
            return "fallback";
        }

        @Override
        public boolean dedicated() {
            return false;
        }

        @Override
        public List<Bank> banks() {
            return List.of(new Bank("goodbank", "Good Bank", "GOOD"), new Bank("otherbank", "Other Bank", "OTHR"));
        }
    }

    /** Answers every document with a fixed confidence and bank; throws from detect when told to. */
    public static final class Stub extends Base {
        private final String id;
        private final boolean dedicated;
        private final int confidence;
        private final boolean throwing;
        private final boolean namesBank;
        private final java.util.concurrent.atomic.AtomicInteger detectCalls = new java.util.concurrent.atomic.AtomicInteger();

        public Stub(String id, boolean dedicated, int confidence, boolean throwing) {
            this(id, dedicated, confidence, throwing, true);
        }

        private Stub(String id, boolean dedicated, int confidence, boolean throwing, boolean namesBank) {
            this.id = id;
            this.dedicated = dedicated;
            this.confidence = confidence;
            this.throwing = throwing;
            this.namesBank = namesBank;
        }

        /** Recognises a table with {@code confidence} but names no bank, as a fallback parser does without an IFSC. */
        public static Stub namingNoBank(String id, boolean dedicated, int confidence) {
            return new Stub(id, dedicated, confidence, false, false);
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public boolean dedicated() {
            return dedicated;
        }

        @Override
        public List<Bank> banks() {
            return List.of(new Bank(id, id.toUpperCase() + " Bank", id.toUpperCase()));
        }

        @Override
        public Detection detect(Document document) {
            detectCalls.incrementAndGet();
            if (throwing) {
                throw new IllegalStateException("detect broken on purpose");
            }
            return confidence == 0 ? Detection.none(id)
                    : new Detection(id, namesBank ? Option.some(id) : Option.none(), confidence, List.of("stub"));
        }

        public int detectCalls() {
            return detectCalls.get();
        }
    }
}
