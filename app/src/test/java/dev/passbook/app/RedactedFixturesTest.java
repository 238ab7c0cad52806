package dev.passbook.app;

import dev.passbook.core.application.ReadRequest;
import dev.passbook.redact.ExpectedJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed redacted statements ({@code fixtures/redacted/*.pdf}, written by {@code passbook redact}
 * and checked by eye before they were committed): the current parsers must read each exactly as its
 * {@code .expected.json} says, character for character. A change in what Passbook reads from a real
 * layout shows here as a diff. When the change is an improvement, rewrite the JSON files with
 * {@code -Dpassbook.fixtures.update=true} and commit the reviewed diff with the change.
 */
class RedactedFixturesTest {

    static final Path FIXTURES = Path.of("..", "fixtures", "redacted");

    static List<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pdf")).sorted().toList();
        }
    }

    @Test
    void thereAreFixturesAndEachHasItsExpectedReading() throws IOException {
        List<Path> pdfs = fixtures();
        assertTrue(!pdfs.isEmpty(), "no fixtures in " + FIXTURES.toAbsolutePath());
        for (Path pdf : pdfs) {
            assertTrue(Files.exists(RedactCommand.expectedJson(pdf)), "missing " + RedactCommand.expectedJson(pdf));
        }
    }

    @TestFactory
    Stream<DynamicTest> eachFixtureReadsAsItsExpectedJsonSays() throws IOException {
        ParsePipeline pipeline = ParsePipeline.standard();
        return fixtures().stream().map(pdf -> DynamicTest.dynamicTest(pdf.getFileName().toString(), () -> {
            String actual = ExpectedJson.of(pipeline.reading().read(ReadRequest.of(Files.readAllBytes(pdf))));
            if (Boolean.getBoolean("passbook.fixtures.update")) {
                Files.writeString(RedactCommand.expectedJson(pdf), actual, StandardCharsets.UTF_8);
            }
            String expected = Files.readString(RedactCommand.expectedJson(pdf), StandardCharsets.UTF_8);
            assertEquals(expected, actual, pdf.getFileName() + " reads differently");
        }));
    }
}
