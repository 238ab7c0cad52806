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

    static boolean updating() {
        return Boolean.getBoolean("passbook.fixtures.update");
    }

    @Test
    void thereAreFixturesAndEachHasItsExpectedReading() throws IOException {
        List<Path> pdfs = fixtures();
        assertTrue(!pdfs.isEmpty(), "no fixtures in " + FIXTURES.toAbsolutePath());
        for (Path pdf : pdfs) {
            assertTrue(updating() || Files.exists(RedactCommand.expectedJson(pdf)), "missing " + RedactCommand.expectedJson(pdf));
        }
    }

    /**
     * A guard against committing the wrong file: each fixture is a copy {@code passbook redact} wrote (its
     * producer says so; no encryption, object streams or XMP, which the redactor never writes and real
     * exports often carry) and the README lists it with how it was checked.
     */
    @Test
    void eachFixtureIsARedactedCopyListedInTheReadme() throws IOException {
        String readme = Files.readString(FIXTURES.resolve("README.md"), StandardCharsets.UTF_8);
        for (Path pdf : fixtures()) {
            String name = pdf.getFileName().toString();
            String raw = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
            assertTrue(raw.contains("/Producer (passbook redact"), name + ": not written by passbook redact");
            for (String marker : List.of("/Encrypt", "/ObjStm", "/Metadata", "/Author", "/Subject", "/Keywords")) {
                assertTrue(!raw.contains(marker), name + ": has " + marker + ", which passbook redact never writes");
            }
            assertTrue(readme.contains("`" + name + "`"), name + " is not listed in " + FIXTURES.resolve("README.md"));
        }
    }

    @TestFactory
    Stream<DynamicTest> eachFixtureReadsAsItsExpectedJsonSays() throws IOException {
        ParsePipeline pipeline = ParsePipeline.standard();
        return fixtures().stream().map(pdf -> DynamicTest.dynamicTest(pdf.getFileName().toString(), () -> {
            String actual = ExpectedJson.of(pipeline.reading().read(ReadRequest.of(Files.readAllBytes(pdf))));
            if (updating()) {
                Files.writeString(RedactCommand.expectedJson(pdf), actual, StandardCharsets.UTF_8);
            }
            String expected = Files.readString(RedactCommand.expectedJson(pdf), StandardCharsets.UTF_8);
            assertEquals(expected, actual, pdf.getFileName() + " reads differently");
        }));
    }
}
