package dev.passbook.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The {@code ./passbook} launcher rebuilds a jar older than the sources (a stale jar after a git
 * pull): run on a copy of the launcher in a fake checkout with {@code PASSBOOK_LAUNCHER_DRY_RUN=1}.
 */
class LauncherTest {

    @TempDir
    Path root;

    private String dryRun() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("sh", root.resolve("passbook").toString()).redirectErrorStream(true);
        builder.environment().put("PASSBOOK_LAUNCHER_DRY_RUN", "1");
        builder.environment().remove("PASSBOOK_REBUILD");
        Process p = builder.start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the launcher did not end");
        }
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }

    private Path file(String path, Instant modified) throws Exception {
        Path f = root.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, "x");
        Files.setLastModifiedTime(f, FileTime.from(modified));
        return f;
    }

    @Test
    void buildsWhenTheJarIsMissingOrOlderThanASourceFile() throws Exception {
        Files.copy(Path.of("..", "passbook"), root.resolve("passbook"));
        Instant built = Instant.parse("2026-01-02T00:00:00Z");
        file("pom.xml", built.minusSeconds(60));
        Path source = file("core/src/main/java/dev/X.java", built.minusSeconds(60));
        assertEquals("would build: first run", dryRun());

        file("app/target/passbook.jar", built);
        assertEquals("up to date", dryRun());

        // build output, tests and the data directory do not make the jar stale
        file("core/target/classes/dev/X.class", built.plusSeconds(60));
        file("core/src/test/java/dev/XTest.java", built.plusSeconds(60));
        file("data/passbook.mv.db", built.plusSeconds(60));
        assertEquals("up to date", dryRun());

        Files.setLastModifiedTime(source, FileTime.from(built.plusSeconds(60)));
        assertEquals("would build: core/src/main/java/dev/X.java is newer than the jar", dryRun());
        Files.setLastModifiedTime(source, FileTime.from(built.minusSeconds(60)));
        file("parsers-hdfc/pom.xml", built.plusSeconds(60));
        assertEquals("would build: parsers-hdfc/pom.xml is newer than the jar", dryRun());
    }
}
