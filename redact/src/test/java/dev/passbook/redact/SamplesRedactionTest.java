package dev.passbook.redact;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

class SamplesRedactionTest {

    @ParameterizedTest
    @ValueSource(strings = {"hdfc-legacy", "hdfc-newer", "sbi-debit-credit", "axis-amount-drcr", "icici-serial-first",
            "hdfc-legacy-tampered"})
    void redactsTheSample(String name) throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of("../docs/samples/" + name + ".pdf"));
        Either<String, Redactor.Redaction> r = Redactors.REDACTOR.redact(pdf, Option.none(), new Random(7));
        assertTrue(r.isRight(), () -> r.getLeft());
        System.out.println(name + "\n" + r.get().report().describe());
        Files.write(Path.of("target/" + name + ".redacted.pdf"), r.get().pdf());
        Files.writeString(Path.of("target/" + name + ".redacted.json"), r.get().expectedJson());
        assertTrue(r.get().report().fidelity().kept(), r.get().report().describe());
    }
}
