package dev.passbook.app.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every probe of the hostile corpus through the command line, as a user would run it: the real
 * {@code passbook parse} main class in a child JVM with a 256 MB heap and a 5 s reading budget
 * ({@code PASSBOOK_READER_TIME_BUDGET}). The answer must be one the probe allows, and it must come
 * within the budget plus the time the same command takes for an ordinary statement (JVM start,
 * parser loading), plus 3 s of slack for the shared machine. The child's peak resident memory is
 * printed for docs/reliability.md.
 */
class HostileCliTest {

    static final Duration BUDGET = Duration.ofSeconds(5);
    static final String HEAP = "-Xmx256m";

    @TempDir
    static Path dir;
    static long baselineMillis;

    record Run(int exit, String out, long millis, long peakRssKb) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out);
        }
    }

    static Run parse(Path file) throws Exception {
        // C1 only: these runs are short, and JIT threads would double the CPU each costs on the shared machine
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "dev.passbook.app.Main",
                "parse", file.toString());
        builder.environment().put("PASSBOOK_READER_TIME_BUDGET", BUDGET.toSeconds() + "s");
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Path out = Files.createTempFile(dir, "out", ".json");
        builder.redirectOutput(out.toFile());
        long t0 = System.nanoTime();
        Process process = builder.start();
        long peak = 0;
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        while (!process.waitFor(50, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, highWaterMark(status));
            if (System.nanoTime() - t0 > TimeUnit.SECONDS.toNanos(120)) {
                process.destroyForcibly();
                throw new AssertionError("passbook parse did not end within 120 s on " + file.getFileName());
            }
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), millis, peak);
    }

    /** VmHWM of a live process in KB, 0 when unknown (not Linux, or already gone). */
    static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process ended between two looks
        }
        return 0;
    }

    @BeforeAll
    static void baseline() throws Exception {
        Path ordinary = dir.resolve("ordinary.pdf");
        Files.write(ordinary, LedgerPdf.fakebankStatement("55512345678901", 120, "cli", null));
        Run run = parse(ordinary);
        assertEquals(0, run.exit(), run.out());
        baselineMillis = run.millis();
        System.out.println("[hostile-cli] ordinary statement: exit 0 in " + run.millis() + " ms, peak RSS "
                + run.peakRssKb() / 1024 + " MB");
    }

    static List<HostileCorpus.Probe> probes() {
        return HostileCorpus.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("probes")
    void everyProbeIsAnsweredWithItsCodeWithinTheBudget(HostileCorpus.Probe probe) throws Exception {
        Path file = dir.resolve(probe.name() + ".pdf");
        Files.write(file, probe.bytes());

        Run run = parse(file);

        assertEquals(1, run.exit(), () -> probe.name() + ": " + run.out());
        String code = run.json().path("error").path("code").asText();
        System.out.println("[hostile-cli] " + probe.name() + ": " + code + " (" + run.json().path("error").path("message").asText()
                + ") in " + run.millis() + " ms, peak RSS " + run.peakRssKb() / 1024 + " MB");
        assertTrue(probe.expected().contains(code), () -> probe.name() + " answered " + run.out());
        long bound = baselineMillis + BUDGET.toMillis() + 3_000;
        assertTrue(run.millis() <= bound, () -> probe.name() + " took " + run.millis() + " ms; bound " + bound + " ms");
        Files.delete(file);
    }
}
