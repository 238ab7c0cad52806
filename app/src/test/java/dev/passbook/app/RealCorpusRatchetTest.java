package dev.passbook.app;

import dev.passbook.app.check.CheckReport;
import dev.passbook.app.check.Diagnosis;
import dev.passbook.app.check.FileCheck;
import dev.passbook.app.check.Passwords;
import dev.passbook.app.check.StatementCheck;
import dev.passbook.core.application.StatementRead;
import dev.passbook.core.domain.Transaction;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ratchet on real statements (docs/real-world.md): {@code passbook check} over the development
 * corpus laid out at {@code $PASSBOOK_REAL_CORPUS} must verify at least the figure committed in
 * {@code docs/real-world-floor.properties}, and no report line may carry what it read from a
 * statement. Opt-in, because the corpus holds real people's data and never enters the repository.
 */
@EnabledIfEnvironmentVariable(named = "PASSBOOK_REAL_CORPUS", matches = ".+",
        disabledReason = "PASSBOOK_REAL_CORPUS is not set: the real corpus is not on this machine (see shared/corpus/README.md)")
class RealCorpusRatchetTest {

    private static final Path FLOOR = Path.of("..", "docs", "real-world-floor.properties");

    @Test
    void verifiesAtLeastTheCommittedNumberOfRealStatementsAndPrintsNoneOfTheirData() throws Exception {
        Path corpus = Path.of(System.getenv("PASSBOOK_REAL_CORPUS"));
        Passwords passwords = Passwords.none();
        if (Files.exists(corpus.resolve("MANIFEST.tsv"))) {
            passwords = passwords.withFile(corpus.resolve("MANIFEST.tsv"));
        }
        List<Path> files = StatementCheck.pdfsUnder(java.util.List.of(corpus));
        assertTrue(!files.isEmpty(), "no PDF under " + corpus);
        CheckReport report = new StatementCheck(ParsePipeline.standard().reading())
                .checkAll(files, passwords, Option.none(), (done, all) -> { });
        int floor = floor();
        assertTrue(report.verified() >= floor, () -> "verified " + report.verified() + " of " + files.size()
                + ", below the committed floor " + floor + "\n" + report.totals().mkString("\n"));
        for (FileCheck f : report.files()) {
            String line = Diagnosis.line(f, false);
            for (String secret : secrets(f)) {
                assertTrue(!line.contains(secret), () -> "a report line quotes statement data (" + secret.length()
                        + " characters of " + f.outcome() + " file " + report.files().indexOf(f) + ")");
            }
        }
    }

    /** What a line must never show: the account number, the holder name, and every long narration. */
    private static List<String> secrets(FileCheck f) {
        return f.result().toOption().toList().flatMap((StatementRead read) -> List.of(
                        read.parsed().identity().accountNumber(), read.parsed().identity().name())
                .appendAll(read.parsed().transactions().map(Transaction::note)))
                .map(String::strip).filter(s -> s.length() >= 6);
    }

    private static int floor() throws Exception {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(FLOOR)) {
            p.load(r);
        }
        return Integer.parseInt(p.getProperty("verified").strip());
    }
}
