package dev.passbook.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passbook.embed.BankStatement;
import dev.passbook.embed.Passbook;
import dev.passbook.embed.Refusal;
import dev.passbook.embed.Result;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A host program reading through the {@code passbook-embed} facade gets what {@code passbook parse}
 * prints: for every sample statement the same verdict, the same fraud type and the same signals
 * (type, category, evidence, in order); for a file it refuses, the same error code.
 */
class EmbeddedReadingTest {

    private static final Passbook PASSBOOK = Passbook.builder().build();

    @Test
    void theFacadeAndTheCliAgreeOnEverySample() throws Exception {
        List<Path> files;
        try (Stream<Path> samples = Files.list(Path.of("..", "docs", "samples"))) {
            files = samples.sorted().toList();
        }
        int compared = 0;
        for (Path file : files) {
            JsonNode cli = cliParse(file);
            Result embedded = PASSBOOK.read(file);
            if (embedded.isRead()) {
                BankStatement s = embedded.orElseThrow();
                assertEquals(cli.get("verification").get("verdict").asText(), s.verdict().name(), file.toString());
                assertEquals(cli.get("fraud_type").isNull() ? "" : cli.get("fraud_type").asText(), s.fraudType().orElse(""),
                        file.toString());
                List<String> cliSignals = new ArrayList<>();
                cli.get("fraud_signals").forEach(g -> cliSignals.add(g.get("fraud_type").asText() + "|"
                        + g.get("fraud_category").asText() + "|" + g.get("evidence").asText()));
                assertEquals(cliSignals, s.signals().stream().map(g -> g.type() + "|" + g.category() + "|" + g.evidence()).toList(),
                        file.toString());
                assertEquals(cli.get("bank_name").asText(), s.bankId(), file.toString());
            } else {
                Refusal r = embedded.refusal().orElseThrow();
                assertEquals(cli.get("error").get("code").asText(), r.code(), file + ": " + cli);
            }
            compared++;
        }
        assertTrue(compared >= 7, "the samples and a non-PDF were compared: " + compared);
    }

    private static JsonNode cliParse(Path file) throws Exception {
        StringWriter out = new StringWriter();
        PassbookCommand.commandLine(new PrintWriter(out), new PrintWriter(new StringWriter()), ParsePipeline.standard())
                .execute("parse", file.toString());
        return new ObjectMapper().readTree(out.toString());
    }
}
