package com.example.lending;

import dev.passbook.embed.BankStatement;
import dev.passbook.embed.Passbook;
import dev.passbook.embed.Verdict;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementIntakeTest {

    private static final Path SAMPLES = Path.of("..", "..", "docs", "samples");

    @Test
    void readingAStatementTakesThreeLines() {
        Passbook passbook = Passbook.builder().build();
        BankStatement statement = passbook.read(SAMPLES.resolve("hdfc-legacy-tampered.pdf")).orElseThrow();
        Verdict verdict = statement.verdict();

        assertEquals(Verdict.UNVERIFIED, verdict);
        assertEquals("inconsistent_transaction", statement.fraudType().orElseThrow());
        assertEquals("hdfc", statement.bankId());
    }

    @Test
    void theIntakeRoutesCleanTamperedAndUnreadableFiles() {
        assertTrue(StatementIntake.route(Passbook.builder().build().read(SAMPLES.resolve("hdfc-newer.pdf")))
                .startsWith("ACCEPT hdfc "));
        assertTrue(StatementIntake.route(Passbook.builder().build().read(SAMPLES.resolve("hdfc-legacy-tampered.pdf")))
                .endsWith("UNVERIFIED, fraud_type inconsistent_transaction"));
        assertTrue(StatementIntake.route(Passbook.builder().build().read(SAMPLES.resolve("README.md")))
                .startsWith("REFUSE INVALID_FILE_OBJECT (open: "));
    }
}
