package dev.passbook.app;

import dev.passbook.adapters.http.AdmissionLimits;
import dev.passbook.adapters.http.ConnectionLimits;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The serve options of issue 21 and what they derive: readers from memory, admission from readers. */
class ServeOptionsTest {

    private static ServeSettings settings(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "serve";
        System.arraycopy(args, 0, all, 1, args.length);
        CommandLine.ParseResult parsed = PassbookCommand.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), ParsePipeline.standard()).parseArgs(all);
        return ((ServeCommand) parsed.subcommand().commandSpec().userObject()).settings();
    }

    @Test
    void defaultsAreThreeReaderProcessesAndTheDocumentedLimits() {
        ServeSettings s = settings();

        assertTrue(s.isolatedReaders());
        assertEquals(3, s.readers().processes(), "1536 MB / (384 MB + 96 MB)");
        assertEquals(384L * 1024 * 1024, s.readers().heapBytes());
        assertEquals(Duration.ofSeconds(60), s.readers().timeBudget());
        assertEquals(Duration.ofSeconds(5), s.readers().queueWait());
        AdmissionLimits admission = s.http().admission();
        assertEquals(6, admission.maxUploads());
        assertEquals(2, admission.maxUploadsPerKey());
        assertEquals(5, admission.retryAfterSeconds());
        assertEquals(ConnectionLimits.defaults(), s.http().connections());
    }

    @Test
    void readersFollowTheMemoryBudgetUnlessGivenAndAdmissionFollowsTheReaders() {
        ServeSettings small = settings("--reader-memory", "1GB", "--reader-heap", "256MB");
        assertEquals(2, small.readers().processes(), "1024 MB / (256 MB + 96 MB)");
        assertEquals(4, small.http().admission().maxUploads());
        assertEquals(1, small.http().admission().maxUploadsPerKey());

        ServeSettings tiny = settings("--reader-memory", "100MB");
        assertEquals(1, tiny.readers().processes(), "never fewer than one");

        ServeSettings given = settings("--readers", "5", "--max-uploads", "7", "--max-uploads-per-key", "5",
                "--upload-queue-wait", "500ms", "--reader-time-budget", "2m", "--reader-isolation", "none");
        assertEquals(5, given.readers().processes());
        assertEquals(7, given.http().admission().maxUploads());
        assertEquals(5, given.http().admission().maxUploadsPerKey());
        assertEquals(Duration.ofMillis(500), given.http().admission().queueWait());
        assertEquals(Duration.ofMinutes(2), given.readers().timeBudget());
        assertFalse(given.isolatedReaders());
    }

    @Test
    void connectionLimitsAreConfigurable() {
        ConnectionLimits limits = settings("--idle-timeout", "45s", "--header-timeout", "3s", "--min-body-rate", "16KB",
                "--min-body-rate-grace", "1500ms").http().connections();

        assertEquals(new ConnectionLimits(Duration.ofSeconds(45), Duration.ofSeconds(3), 16 * 1024, Duration.ofMillis(1500)),
                limits);
    }
}
