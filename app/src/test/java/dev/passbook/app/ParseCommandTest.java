package dev.passbook.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passbook.app.testing.FakeBank;
import dev.passbook.core.fixtures.StatementFile;
import dev.passbook.core.fixtures.StatementPdf;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code passbook parse}: the real reader and the test plugin, no server, no database. */
class ParseCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    /** A person at a terminal of {@code width} columns who types {@code answers} at password prompts. */
    private static final class FakeTerminal implements Terminal {
        final int width;
        final Deque<String> answers;
        final List<String> prompts = new ArrayList<>();

        FakeTerminal(int width, String... answers) {
            this.width = width;
            this.answers = new ArrayDeque<>(Arrays.asList(answers));
        }

        @Override
        public boolean interactive() {
            return true;
        }

        @Override
        public int width() {
            return width;
        }

        @Override
        public Option<String> readSecret(String prompt) {
            prompts.add(prompt);
            return Option.of(answers.poll());
        }
    }

    private Run run(String... args) {
        return run(Terminal.NONE, Map.of(), args);
    }

    private Run run(Terminal terminal, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = PassbookCommand.commandLine(new PrintWriter(out), new PrintWriter(err), ParsePipeline::standard, terminal);
        ((ParseCommand) cli.getSubcommands().get("parse").getCommand()).environment = env::get;
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static StatementFile statement() {
        return FakeBank.statement("50200011112222").period("2024-01-01", "2024-03-31")
                .credit("2024-01-03", "1500.00", "NEFT IN, ACME \"PAYROLL\"").debit("2024-02-14", "250.25", "CARD")
                .credit("2024-03-01", "123456.00", "SALARY FOR THE MONTH OF FEBRUARY FROM A VERY LONG EMPLOYER NAME LIMITED");
    }

    private Path clean() throws Exception {
        return write("s.pdf", statement().pdf());
    }

    private Path tampered() throws Exception {
        return write("t.pdf", statement().tamperBalance(1, "99999.99").pdf());
    }

    @Test
    void withoutATerminalPrintsTheUploadResponseWithIdentityAndTransactions() throws Exception {
        Run run = run("parse", clean().toString());
        assertEquals(0, run.exit(), run.err() + run.out());
        assertEquals("", run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("fakebank", json.get("bank_name").asText());
        assertEquals("50200011112222", json.get("identity").get("account_number").asText());
        assertEquals(3, json.get("transactions").size());
        assertEquals("NEFT IN, ACME \"PAYROLL\"", json.get("transactions").get(0).get("transaction_note").asText());
        assertTrue(run.out().contains("\"amount\" : 250.25"), run.out());
        assertEquals("[\"2024-01\",\"2024-02\",\"2024-03\"]", json.get("months").toString());
        assertEquals("[]", json.get("missing_months").toString());
        assertTrue(json.get("session_id").isNull());
    }

    @Test
    void onATerminalPrintsASummaryAndATableThatFitsItsWidth() throws Exception {
        Run run = run(new FakeTerminal(72), Map.of(), "parse", clean().toString());
        assertEquals(0, run.exit(), run.err() + run.out());
        String out = run.out();
        assertTrue(out.contains("Bank      fakebank (Fake Bank of Testing), layout fakebank-fake-v1"), out);
        assertTrue(out.contains("Account   XXXXXXXXXX2222"), out);
        assertFalse(out.contains("50200011112222"), out);
        assertTrue(out.contains("Holder    ANITA DESAI"), out);
        assertTrue(out.contains("Period    2024-01-01 to 2024-03-31"), out);
        assertTrue(out.contains("Opening   10,000.00"), out);
        assertTrue(out.contains("Closing   1,34,705.75"), out);
        assertTrue(out.contains("Rows      3 transactions on 1 page"), out);
        assertTrue(out.contains("Verdict   VERIFIED"), out);
        assertTrue(out.contains("Fraud     none found"), out);
        List<String> lines = out.lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("DATE")).findFirst().orElseThrow());
        List<String> table = lines.subList(header, lines.size());
        assertEquals(4, table.size(), out);
        table.forEach(l -> assertTrue(l.length() <= 72, () -> l.length() + " columns: " + l));
        // the long narration is cut, Indian digit grouping, debit and credit in their own columns
        assertTrue(table.get(3).matches("2024-03-01  SALARY FOR .*…\\s+1,23,456\\.00\\s+1,34,705\\.75"), table.get(3));
        assertTrue(table.get(2).matches("2024-02-14  CARD\\s+250\\.25\\s+11,249\\.75"), table.get(2));
    }

    @Test
    void summaryShowsTheVerdictAndEachFraudSignalWithItsEvidence() throws Exception {
        Run run = run("parse", tampered().toString(), "--format", "table");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Verdict   UNVERIFIED — "), run.out());
        assertTrue(run.out().contains("Fraud     FLAGGED — "), run.out());
        assertTrue(run.out().contains("- inconsistent_transaction (accounting, severity "), run.out());
    }

    @Test
    void csvCarriesTheVerdictAndTheFraudFlagAboveTheRows() throws Exception {
        Run run = run("parse", clean().toString(), "--format", "csv");
        assertEquals(0, run.exit(), run.err());
        String[] lines = run.out().split("\r\n");
        assertTrue(lines[0].startsWith("# verdict: VERIFIED ("), lines[0]);
        assertEquals("# fraud: none", lines[1]);
        assertEquals(TransactionsCsv.HEADER, lines[2]);
        assertEquals(6, lines.length);
        assertTrue(lines[3].startsWith("2024-01-03,,credit,1500.00,11500.00,\"NEFT IN, ACME \"\"PAYROLL\"\"\",,"), lines[3]);
        assertTrue(lines[4].startsWith("2024-02-14,,debit,250.25,11249.75,CARD,,"), lines[4]);

        Run bad = run("parse", tampered().toString(), "--format", "csv");
        assertEquals(0, bad.exit(), bad.err());
        assertTrue(bad.out().startsWith("# verdict: UNVERIFIED (2 balance breaks"), bad.out());
        assertTrue(bad.out().contains("# fraud: FLAGGED (inconsistent_transaction"), bad.out());
        // and a person watching the terminal hears it even though the rows went to a pipe
        assertTrue(bad.err().startsWith("passbook parse: warning: UNVERIFIED"), bad.err());
    }

    @Test
    void strictExitsThreeOnAnUnverifiedOrFlaggedStatementOnly() throws Exception {
        assertEquals(0, run("parse", clean().toString(), "--strict").exit());
        assertEquals(0, run("parse", tampered().toString()).exit());
        Run strict = run("parse", tampered().toString(), "--strict", "--format", "csv");
        assertEquals(ParseCommand.NOT_TRUSTED, strict.exit());
        assertTrue(strict.out().contains("# fraud: FLAGGED"), "the data is still written");
    }

    @Test
    void outputFileTakesItsFormatFromTheExtensionAndTheResultGoesToStderr() throws Exception {
        Path csv = dir.resolve("rows.csv");
        Run run = run("parse", clean().toString(), "-o", csv.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("passbook parse: wrote 3 transactions to " + csv + "; VERIFIED"), run.err());
        assertTrue(Files.readString(csv).contains(TransactionsCsv.HEADER));
        Path json = dir.resolve("s.json");
        assertEquals(0, run("parse", clean().toString(), "--output", json.toString()).exit());
        assertEquals("fakebank", new ObjectMapper().readTree(json.toFile()).get("bank_name").asText());
        Path text = dir.resolve("s.txt");
        assertEquals(0, run("parse", clean().toString(), "-o", text.toString()).exit());
        String report = Files.readString(text, StandardCharsets.UTF_8);
        // a file gets whole narrations, however wide
        assertTrue(report.contains("FROM A VERY LONG EMPLOYER NAME LIMITED"), report);
        Run unwritable = run("parse", clean().toString(), "-o", dir.resolve("no/such/dir/x.csv").toString());
        assertEquals(ParseCommand.USAGE, unwritable.exit());
        assertTrue(unwritable.err().contains("cannot write"), unwritable.err());
    }

    @Test
    void aRefusalIsOneSentenceOnStderrWithTheCodeAndWhatToDo() throws Exception {
        Path unknown = write("u.pdf", FakeBank.statement("50100011110010").credit("2024-01-03", "1.00", "X").unrecognised().pdf());
        Run run = run("parse", unknown.toString(), "--format", "table");
        assertEquals(ParseCommand.REFUSED, run.exit());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("(BANK_NAME_UNDETECTED)"), run.err());
        assertTrue(run.err().contains("add --bank"), run.err());
        assertFalse(run.err().contains("session_id"), run.err());

        Run badBank = run("parse", clean().toString(), "--bank", "nosuchbank");
        assertEquals(ParseCommand.REFUSED, badBank.exit());
        assertTrue(badBank.err().contains("'nosuchbank' (INVALID_BANK_NAME); passbook banks lists the ids"), badBank.err());
    }

    @Test
    void aPdfBeyondTheLimitsIsToldWhichKnobHelps() {
        String time = RefusalSentence.of(dev.passbook.core.error.UploadError.of(dev.passbook.core.error.ErrorCode.PDF_TOO_COMPLEX,
                Map.of("limit", "time budget of 60 s")), "s.pdf", RefusalSentence.PasswordSource.NONE, "");
        assertTrue(time.endsWith("(PDF_TOO_COMPLEX); PASSBOOK_READER_TIME_BUDGET=120s gives it more time"), time);
        String pages = RefusalSentence.of(dev.passbook.core.error.UploadError.of(dev.passbook.core.error.ErrorCode.PDF_TOO_COMPLEX,
                Map.of("limit", "more than 2000 pages")), "s.pdf", RefusalSentence.PasswordSource.NONE, "");
        assertTrue(pages.contains("more than 2000 pages"), pages);
        assertFalse(pages.contains("PASSBOOK_READER_TIME_BUDGET"), pages);
    }

    @Test
    void inJsonARefusalIsAlsoAnErrorObjectOnStdout() throws Exception {
        Run run = run("parse", write("bad.pdf", "not a pdf".getBytes()).toString());
        assertEquals(ParseCommand.REFUSED, run.exit());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("INVALID_FILE_OBJECT", json.at("/error/code").asText());
        assertEquals("File object is invalid", json.at("/error/message").asText());
        assertFalse(json.has("session_id"));
        assertTrue(run.err().contains("is not a PDF Passbook can open (INVALID_FILE_OBJECT)"), run.err());
        Run scan = run("parse", write("scan.pdf", StatementPdf.scanned()).toString());
        assertEquals("PDF_IS_IMAGE", new ObjectMapper().readTree(scan.out()).at("/error/code").asText());
    }

    @Test
    void aMissingPasswordAndAWrongOneAreTwoDifferentSentences() throws Exception {
        Path locked = write("l.pdf", statement().password("pw").pdf());
        Run without = run("parse", locked.toString());
        assertEquals(ParseCommand.REFUSED, without.exit());
        assertTrue(without.err().contains("is protected by a password (PASSWORD_INCORRECT); give it with --password or "
                + "PASSBOOK_PDF_PASSWORD"), without.err());
        Run wrong = run("parse", locked.toString(), "--password", "nope");
        assertTrue(wrong.err().contains("the password given with --password does not open"), wrong.err());
        Run wrongEnv = run(Terminal.NONE, Map.of("PASSBOOK_PDF_PASSWORD", "nope"), "parse", locked.toString());
        assertTrue(wrongEnv.err().contains("the password in PASSBOOK_PDF_PASSWORD does not open"), wrongEnv.err());
        assertEquals(0, run("parse", locked.toString(), "--password", "pw").exit());
        assertEquals(0, run(Terminal.NONE, Map.of("PASSBOOK_PDF_PASSWORD", "pw"), "parse", locked.toString()).exit());
        // the option wins over the environment
        assertEquals(0, run(Terminal.NONE, Map.of("PASSBOOK_PDF_PASSWORD", "nope"), "parse", locked.toString(), "--password", "pw").exit());
    }

    @Test
    void onATerminalALockedPdfAsksForThePasswordUntilItOpens() throws Exception {
        Path locked = write("l.pdf", statement().password("pw").pdf());
        FakeTerminal person = new FakeTerminal(100, "typo", "pw");
        Run run = run(person, Map.of(), "parse", locked.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("Password for l.pdf: ", "Password for l.pdf: "), person.prompts);
        assertTrue(run.out().contains("Verdict   VERIFIED"), run.out());

        FakeTerminal wrong = new FakeTerminal(100, "a", "b", "c", "pw");
        Run refused = run(wrong, Map.of(), "parse", locked.toString());
        assertEquals(ParseCommand.REFUSED, refused.exit());
        assertEquals(ParseCommand.PROMPTS, wrong.prompts.size());
        assertTrue(refused.err().contains("the password typed does not open"), refused.err());

        // a given password is not second-guessed with a prompt; an unlocked file asks nothing
        FakeTerminal notAsked = new FakeTerminal(100, "pw");
        assertEquals(ParseCommand.REFUSED, run(notAsked, Map.of(), "parse", locked.toString(), "--password", "x").exit());
        assertEquals(0, run(notAsked, Map.of(), "parse", clean().toString()).exit());
        assertTrue(notAsked.prompts.isEmpty());
    }

    @Test
    void aMissingFileOrAFolderIsAUsageErrorWithAHint() throws Exception {
        Run missing = run("parse", dir.resolve("nope.pdf").toString());
        assertEquals(ParseCommand.USAGE, missing.exit());
        assertTrue(missing.err().contains("there is no file"), missing.err());
        assertEquals("", missing.out());
        Run folder = run("parse", dir.toString());
        assertEquals(ParseCommand.USAGE, folder.exit());
        assertTrue(folder.err().contains("is a folder; parse reads one PDF. To read every PDF in it: passbook check " + dir),
                folder.err());
    }

    @Test
    void unknownFormatIsRejectedByTheCommandLine() throws Exception {
        Run run = run("parse", clean().toString(), "--format", "xml");
        assertEquals(ParseCommand.USAGE, run.exit());
        assertTrue(run.err().contains("--format"), run.err());
    }

    @Test
    void moneyIsGroupedTheIndianWay() {
        assertEquals("0.00", StatementReport.money(BigDecimal.ZERO));
        assertEquals("999.50", StatementReport.money(new BigDecimal("999.5")));
        assertEquals("1,000.00", StatementReport.money(new BigDecimal("1000")));
        assertEquals("99,999.00", StatementReport.money(new BigDecimal("99999")));
        assertEquals("1,00,000.00", StatementReport.money(new BigDecimal("100000")));
        assertEquals("12,34,567.80", StatementReport.money(new BigDecimal("1234567.8")));
        assertEquals("-1,23,45,678.00", StatementReport.money(new BigDecimal("-12345678")));
    }

    @Test
    void banksListsEveryBankWithItsParser() throws Exception {
        Run run = run("banks");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("fakebank\\s+Fake Bank of Testing\\s+FAKE\\s+dedicated: fakebank")),
                run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("hdfc\\s+HDFC Bank\\s+HDFC\\s+dedicated: hdfc(, generic)?")), run.out());
        JsonNode json = new ObjectMapper().readTree(run("banks", "--json").out());
        assertEquals(json.get("banks").size(), json.get("count").asInt());
        assertTrue(json.get("count").asInt() > 2);
    }
}
