package dev.passbook.redact;

import dev.passbook.core.application.ReadRefusal;
import dev.passbook.core.application.ReadRequest;
import dev.passbook.core.application.StatementRead;
import dev.passbook.core.document.Document;
import dev.passbook.core.domain.Transaction;
import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.Layout;
import dev.passbook.testkit.arbitraries.Statements;
import dev.passbook.testkit.render.RenderOptions;
import dev.passbook.testkit.render.StatementRenderer;
import io.vavr.control.Either;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code redact(statement)} over renderer statements of every layout: the copy reads with the same verdict,
 * bank, layout, row count and directions, its words stand where the original's stood, every date moved by
 * one offset of whole weeks, and it shares no identity or narration token with the original (the testkit's
 * truth, not the redactor's own idea of what is personal).
 */
class RedactionProperties {

    @Provide
    Arbitrary<GeneratedStatement> statements() {
        return Arbitraries.of(Layout.builtIn().toJavaList()).flatMap(Statements::forLayout);
    }

    // about a second a try on two cores: 40 tries cover every layout a few times within a minute
    @Property(tries = 40)
    void theCopyReadsLikeTheOriginalAndSharesNoPersonalToken(@ForAll("statements") GeneratedStatement statement,
                                                               @ForAll long seed) {
        byte[] original = StatementRenderer.render(statement, RenderOptions.defaults());
        Either<ReadRefusal, StatementRead> read = Redactors.READING.read(ReadRequest.of(original));
        Either<String, Redactor.Redaction> redacted = Redactors.REDACTOR.redact(original, Option.none(), new Random(seed));
        assertTrue(redacted.isRight(), () -> redacted.getLeft());
        Copies.sameWordBoxes(Copies.document(original), redacted.get().copy());
        if (read.isLeft()) {
            // a generated statement the parsers refuse (their business, not redaction's): the copy is refused alike
            Either<ReadRefusal, StatementRead> copyRead = Redactors.READING.read(ReadRequest.of(redacted.get().pdf()));
            assertTrue(copyRead.isLeft(), "the copy of a refused original is refused too");
            assertEquals(read.getLeft().error().errorCode(), copyRead.getLeft().error().errorCode(), "error code");
            assertEquals(read.getLeft().stage(), copyRead.getLeft().stage(), "stage");
            return;
        }
        StatementRead before = read.get();
        StatementRead after = Copies.read(redacted.get().pdf());

        assertEquals(before.verification().verdict(), after.verification().verdict(), "verdict");
        assertEquals(before.verification().balanceBreaks(), after.verification().balanceBreaks(), "breaks");
        assertEquals(before.bankId(), after.bankId(), "bank");
        assertEquals(before.parsed().layoutId(), after.parsed().layoutId(), "layout");
        assertEquals(before.parsed().transactions().map(Transaction::type), after.parsed().transactions().map(Transaction::type),
                "rows and directions");

        Set<Long> offsets = new HashSet<>();
        for (int i = 0; i < before.parsed().transactions().size(); i++) {
            offsets.add(ChronoUnit.DAYS.between(before.parsed().transactions().get(i).date(),
                    after.parsed().transactions().get(i).date()));
        }
        assertEquals(1, offsets.size(), "one date offset for the whole file");
        long offset = offsets.iterator().next();
        assertTrue(offset != 0 && offset % 7 == 0, "a whole number of weeks, not zero");

        Set<String> personal = Copies.personalTokens(statement.identity(), statement.transactions());
        Document copy = redacted.get().copy();
        assertEquals(Set.of(), Copies.surviving(personal, copy), "personal tokens in the copy");
        assertTrue(!copy.text().contains(statement.identity().accountNumber()), "account number");
        for (Transaction t : before.parsed().transactions()) {
            if (t.amount().unscaledValue().toString().replaceAll("^0+|0+$", "").length() >= 4) {
                assertTrue(after.parsed().transactions().map(Transaction::amount).find(a -> a.compareTo(t.amount()) == 0)
                        .isEmpty() || before.parsed().transactions().count(x -> x.amount().compareTo(t.amount()) == 0) == 0,
                        "an original amount survived");
            }
        }
    }
}
