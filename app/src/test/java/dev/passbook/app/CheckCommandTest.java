package dev.passbook.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passbook.app.testing.FakeBank;
import dev.passbook.core.fixtures.StatementFile;
import dev.passbook.core.fixtures.StatementPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code passbook check} and {@code passbook parse --explain}: the real reader, the installed parsers and the test plugin. */
class CheckCommandTest {

    private static final Path SAMPLES = Path.of("..", "docs", "samples");
    private static final ParsePipeline PIPELINE = ParsePipeline.standard();

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
        List<String> lines() {
            return Arrays.asList(out.split("\n"));
        }

        String lineOf(String file) {
            return lines().stream().filter(l -> l.contains(file)).findFirst().orElseThrow(() -> new AssertionError(
                    "no line for " + file + " in\n" + out));
        }
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PassbookCommand.commandLine(new PrintWriter(out), new PrintWriter(err), PIPELINE).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private static StatementFile statement(String account) {
        return FakeBank.statement(account).credit("2024-01-03", "1500.00", "SALARY FROM ACME PAYROLL")
                .debit("2024-01-09", "250.25", "CARD PAYMENT GROCER").credit("2024-02-01", "40.00", "INTEREST");
    }

    @Test
    void theSamplesAreVerifiedAndTheTamperedOneIsUnverifiedWithItsBreakLocated() throws Exception {
        Run run = run("check", SAMPLES.toString(), "--no-progress");
        assertEquals(0, run.exit(), run.err());
        for (String clean : List.of("hdfc-legacy.pdf", "hdfc-newer.pdf", "axis-amount-drcr.pdf", "icici-serial-first.pdf",
                "sbi-debit-credit.pdf")) {
            assertTrue(run.lineOf(clean).startsWith("VERIFIED "), run.lineOf(clean));
        }
        // the generator's truth names the edited row (0-based); the check reports rows 1-based, with the page
        JsonNode truth = new ObjectMapper().readTree(SAMPLES.resolve("hdfc-legacy-tampered.json").toFile());
        int editedRow = truth.get("edited_balance_row").asInt() + 1;
        String tampered = run.lineOf("hdfc-legacy-tampered.pdf");
        assertTrue(tampered.startsWith("UNVERIFIED "), tampered);
        assertTrue(tampered.contains("the first at row " + editedRow + " on page 1"), tampered);
        assertTrue(tampered.contains("inconsistent_transaction"), tampered);
        assertTrue(run.out().contains("verdicts: VERIFIED 5, UNVERIFIED 1, refused 0"), run.out());
    }

    @Test
    void foldersAreSearchedRecursivelyForPdfsOnly() throws Exception {
        write("a/one.pdf", statement("50100011110001").pdf());
        write("a/b/two.PDF", statement("50100011110002").pdf());
        write("a/b/notes.txt", "not a statement".getBytes(StandardCharsets.UTF_8));
        Run run = run("check", dir.resolve("a").toString(), "--no-progress");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.lineOf("one.pdf").startsWith("VERIFIED "), run.out());
        assertTrue(run.lineOf("two.PDF").startsWith("VERIFIED "), run.out());
        assertFalse(run.out().contains("notes.txt"));
        assertTrue(run.out().contains("2 files, 2 pages"), run.out());
        assertTrue(run.out().contains("pages/s"), run.out());
    }

    @Test
    void refusalsSayTheStageTheReasonAndEveryDetection() throws Exception {
        write("unknown.pdf", statement("50100011110003").unrecognised().pdf());
        write("scan.pdf", StatementPdf.scanned());
        write("locked.pdf", statement("50100011110004").password("pw").pdf());
        Run run = run("check", dir.toString(), "--no-progress");
        String unknown = run.lineOf("unknown.pdf");
        assertTrue(unknown.startsWith("BANK_NAME_UNDETECTED "), unknown);
        assertTrue(unknown.contains("bank detection: no installed parser recognised the bank"), unknown);
        assertTrue(unknown.contains("fakebank 0"), unknown);
        assertTrue(unknown.contains("hdfc 0"), unknown);
        assertTrue(run.lineOf("scan.pdf").contains("image-only:"), run.out());
        assertTrue(run.lineOf("locked.pdf").contains("password: this PDF needs a password and none was given"), run.out());
        assertTrue(run.out().contains("refusals by stage: bank detection 1, image-only 1, password 1"), run.out());
    }

    @Test
    void requireFailsWhenAFileFallsShort() throws Exception {
        write("clean.pdf", statement("50100011110005").pdf());
        assertEquals(0, run("check", dir.toString(), "--no-progress", "--require", "verified").exit());
        write("edited.pdf", statement("50100011110006").tamperBalance(1, "99999.99").pdf());
        assertEquals(0, run("check", dir.toString(), "--no-progress", "--require", "parsed").exit());
        assertEquals(CheckCommand.SHORT_OF_REQUIREMENT, run("check", dir.toString(), "--no-progress", "--require", "verified").exit());
        write("scan.pdf", StatementPdf.scanned());
        assertEquals(CheckCommand.SHORT_OF_REQUIREMENT, run("check", dir.toString(), "--no-progress", "--require", "parsed").exit());
        assertEquals(0, run("check", dir.toString(), "--no-progress").exit(), "without --require every outcome is fine");
    }

    @Test
    void passwordsComeFromTheOptionOrFromATabSeparatedFile() throws Exception {
        write("x/locked-a.pdf", statement("50100011110007").password("alpha").pdf());
        write("x/locked-b.pdf", statement("50100011110008").password("beta").pdf());
        Run common = run("check", dir.resolve("x").toString(), "--no-progress", "--password", "alpha");
        assertTrue(common.lineOf("locked-a.pdf").startsWith("VERIFIED "), common.out());
        assertTrue(common.lineOf("locked-b.pdf").contains("the password given does not open this PDF"), common.out());
        Path tsv = write("x/passwords.tsv", "file\tbank\tlabel\tpassword\nlocked-b.pdf\tfakebank\tauthentic\tbeta\n"
                .getBytes(StandardCharsets.UTF_8));
        Run both = run("check", dir.resolve("x").toString(), "--no-progress", "--password", "alpha", "--passwords",
                tsv.toString(), "--require", "verified");
        assertEquals(0, both.exit(), both.out());
    }

    @Test
    void nothingReadFromAStatementIsPrintedWithoutShowData() throws Exception {
        Path file = write("acct-50100099998888.pdf", statement("50100012345678").tamperBalance(0, "1.00").pdf());
        Run run = run("check", file.toString(), "--no-progress", "--json", dir.resolve("report.json").toString());
        String json = Files.readString(dir.resolve("report.json"));
        for (String secret : List.of("50100012345678", "ANITA DESAI", "LAKE VIEW", "SALARY FROM ACME", "1500.00",
                "50100099998888")) {
            assertFalse(run.out().contains(secret), "line shows " + secret + ":\n" + run.out());
            assertFalse(json.contains(secret), "json shows " + secret);
        }
        assertTrue(run.out().contains("acct-XXXXXXXXXX8888.pdf"), "long digit runs in file names are masked: " + run.out());
        assertTrue(run("check", file.toString(), "--no-progress", "--show-data").out().contains("acct-50100099998888.pdf"));
    }

    @Test
    void theJsonReportHasEveryFileAndTheTotals() throws Exception {
        write("good.pdf", statement("50100011110009").pdf());
        write("scan.pdf", StatementPdf.scanned());
        Path report = dir.resolve("out/report.json");
        Files.createDirectories(report.getParent());
        Run run = run("check", dir.toString(), "--no-progress", "--json", report.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertEquals(2, json.get("files").size());
        JsonNode good = json.get("files").get(0);
        assertEquals("VERIFIED", good.get("outcome").asText());
        assertEquals("fakebank", good.get("bank").asText());
        assertEquals(3, good.get("rows").asInt());
        assertEquals(3, good.get("verification").get("balances_checked").asInt());
        JsonNode scan = json.get("files").get(1);
        assertEquals("PDF_IS_IMAGE", scan.get("error_code").asText());
        assertEquals("image-only", scan.get("stage").asText());
        assertEquals(1, json.get("totals").get("verified").asInt());
        assertEquals(1, json.get("totals").get("refused").asInt());
        assertEquals(1, json.get("totals").get("by_outcome").get("PDF_IS_IMAGE").asInt());
    }

    @Test
    void aPathThatIsNotThereOrHoldsNoPdfIsAUsageError() throws Exception {
        Run missing = run("check", dir.resolve("nope").toString());
        assertEquals(CheckCommand.USAGE, missing.exit());
        assertTrue(missing.err().contains("no such file or folder"), missing.err());
        Files.createDirectories(dir.resolve("empty"));
        assertEquals(CheckCommand.USAGE, run("check", dir.resolve("empty").toString()).exit());
    }

    @Test
    void explainSaysHowAReadFileWasRead() throws Exception {
        Path file = write("s.pdf", statement("50100012345678").tamperBalance(1, "99999.99").pdf());
        Run run = run("parse", "--explain", file.toString());
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains("result     read: UNVERIFIED"), run.out());
        assertTrue(run.out().contains("the first at row 2"), run.out());
        assertTrue(run.out().contains("bank       fakebank (parser fakebank, layout fakebank-fake-v1)"), run.out());
        assertTrue(run.out().contains("rows       3"), run.out());
        assertTrue(run.out().contains("detection  fakebank 90 bank fakebank"), run.out());
        assertTrue(run.out().contains("inconsistent_transaction (accounting)"), run.out());
        assertFalse(run.out().contains("ANITA DESAI"), run.out());
        assertFalse(run.out().contains("99999.99"), run.out());
        Run shown = run("parse", "--explain", "--show-data", file.toString());
        assertTrue(shown.out().contains("ANITA DESAI"), shown.out());
        assertTrue(shown.out().contains("99999.99"), shown.out());
    }

    @Test
    void explainSaysWhereARefusedFileStopped() throws Exception {
        Path file = write("u.pdf", statement("50100011110010").unrecognised().pdf());
        Run run = run("parse", "--explain", file.toString());
        assertEquals(ParseCommand.REFUSED, run.exit());
        assertTrue(run.out().contains("result     refused: BANK_NAME_UNDETECTED"), run.out());
        assertTrue(run.out().contains("stage      bank detection"), run.out());
        assertTrue(run.out().contains("fakebank 0 (not recognised)"), run.out());
        Run withBank = run("parse", "--explain", file.toString(), "--bank", "fakebank");
        assertEquals(0, withBank.exit(), withBank.out());
        assertTrue(withBank.out().contains("result     read: VERIFIED"), withBank.out());
    }
}
