package dev.passbook.app;

import dev.passbook.app.testing.FakeBank;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real password prompt on a pseudo-terminal ({@code script} from util-linux): the real main
 * class in a child JVM asks for the password of a locked PDF, without echo, whether its output goes
 * to the terminal (the JVM's console) or to a file (stdin alone is the terminal: stty).
 */
@EnabledOnOs(value = OS.LINUX, disabledReason = "needs util-linux script for a pseudo-terminal")
class PasswordPromptPtyTest {

    static final String PASSWORD = "s3cr3t-pw";

    @TempDir
    Path dir;

    private record Session(int exit, String screen) {
    }

    /** Runs {@code shellCommand} on a pseudo-terminal and types the password once the prompt is on screen. */
    private static Session onPty(String shellCommand) throws Exception {
        Process p = new ProcessBuilder("script", "-q", "-e", "-c", shellCommand, "/dev/null").redirectErrorStream(true).start();
        InputStream screen = p.getInputStream();
        OutputStream keyboard = p.getOutputStream();
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        boolean typed = false;
        while (System.nanoTime() < deadline) {
            if (screen.available() > 0) {
                int n = screen.read();
                if (n < 0) {
                    break;
                }
                seen.write(n);
            } else if (!p.isAlive()) {
                seen.write(screen.readAllBytes());
                break;
            } else {
                Thread.sleep(20);
            }
            if (!typed && seen.toString(StandardCharsets.UTF_8).contains("Password for l.pdf: ")) {
                Thread.sleep(300); // echo is off before the prompt is printed; this only spares a slow machine
                keyboard.write((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
                keyboard.flush();
                typed = true;
            }
        }
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("no end; screen: " + seen);
        }
        return new Session(p.exitValue(), seen.toString(StandardCharsets.UTF_8));
    }

    private String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java") + " -XX:TieredStopAtLevel=1 -cp '"
                + System.getProperty("java.class.path") + "' " + Main.class.getName();
    }

    private Path locked() throws Exception {
        Path file = dir.resolve("l.pdf");
        Files.write(file, FakeBank.statement("50200011112222").credit("2024-01-03", "1500.00", "NEFT IN")
                .password(PASSWORD).pdf());
        return file;
    }

    @Test
    void onATerminalTheLockedPdfAsksAndTheSummaryFollows() throws Exception {
        Session s = onPty(java() + " parse " + locked());
        assertEquals(0, s.exit(), s.screen());
        assertTrue(s.screen().contains("Verdict   VERIFIED"), s.screen());
        assertFalse(s.screen().contains(PASSWORD), "the password was echoed: " + s.screen());
    }

    @Test
    void withTheOutputInAFileStdinStillAsks() throws Exception {
        Path out = dir.resolve("out.json");
        Session s = onPty(java() + " parse " + locked() + " > " + out);
        assertEquals(0, s.exit(), s.screen());
        assertTrue(Files.readString(out).contains("\"bank_name\" : \"fakebank\""), Files.readString(out));
        assertFalse(s.screen().contains(PASSWORD), "the password was echoed: " + s.screen());
    }
}
