package dev.passbook.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passbook.app.testing.FakeBank;
import dev.passbook.core.fixtures.StatementPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code passbook parse}: the real reader and the test plugin, no server, no database. */
class ParseCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PassbookCommand.commandLine(new PrintWriter(out), new PrintWriter(err), ParsePipeline.standard()).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static byte[] statement() {
        return FakeBank.statement("50200011112222").period("2024-01-01", "2024-03-31")
                .credit("2024-01-03", "1500.00", "NEFT IN, ACME \"PAYROLL\"").debit("2024-02-14", "250.25", "CARD").pdf();
    }

    @Test
    void printsTheUploadResponseWithIdentityAndTransactions() throws Exception {
        Run run = run("parse", write("s.pdf", statement()).toString());
        assertEquals(0, run.exit(), run.err() + run.out());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("fakebank", json.get("bank_name").asText());
        assertEquals("50200011112222", json.get("identity").get("account_number").asText());
        assertEquals(2, json.get("transactions").size());
        assertEquals("NEFT IN, ACME \"PAYROLL\"", json.get("transactions").get(0).get("transaction_note").asText());
        assertTrue(run.out().contains("\"amount\" : 250.25"), run.out());
        // months against the statement's own period: March is declared but has no transaction
        assertEquals("[\"2024-01\",\"2024-02\"]", json.get("months").toString());
        assertEquals("[\"2024-03\"]", json.get("missing_months").toString());
        assertTrue(json.get("session_id").isNull());
    }

    @Test
    void csvListsTheTransactions() throws Exception {
        Run run = run("parse", write("s.pdf", statement()).toString(), "--format", "csv");
        assertEquals(0, run.exit(), run.err());
        String[] lines = run.out().split("\r\n");
        assertEquals(TransactionsCsv.HEADER, lines[0]);
        assertEquals(3, lines.length);
        assertTrue(lines[1].startsWith("2024-01-03,,credit,1500.00,11500.00,\"NEFT IN, ACME \"\"PAYROLL\"\"\",,"), lines[1]);
        assertTrue(lines[2].startsWith("2024-02-14,,debit,250.25,11249.75,CARD,,"), lines[2]);
    }

    @Test
    void passwordAndBankOptionsReachThePipeline() throws Exception {
        Path locked = write("l.pdf", FakeBank.statement("1234567890").credit("2024-01-03", "1.00", "X").password("pw").pdf());
        Run without = run("parse", locked.toString());
        assertEquals(ParseCommand.PIPELINE_ERROR, without.exit());
        assertEquals("PASSWORD_INCORRECT", new ObjectMapper().readTree(without.out()).at("/error/code").asText());
        assertEquals(0, run("parse", locked.toString(), "--password", "pw").exit());
        Run badBank = run("parse", locked.toString(), "--password", "pw", "--bank", "nosuchbank");
        assertEquals(ParseCommand.PIPELINE_ERROR, badBank.exit());
        assertEquals("INVALID_BANK_NAME", new ObjectMapper().readTree(badBank.out()).at("/error/code").asText());
    }

    @Test
    void pipelineErrorsPrintTheEnvelopeAndExit2() throws Exception {
        Run run = run("parse", write("bad.pdf", "not a pdf".getBytes()).toString());
        assertEquals(2, run.exit());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("", json.get("session_id").asText());
        assertEquals("", json.get("statement_id").asText());
        assertEquals("INVALID_FILE_OBJECT", json.at("/error/code").asText());
        assertEquals("File object is invalid", json.at("/error/message").asText());
        assertEquals("PDF_IS_IMAGE", new ObjectMapper().readTree(run("parse", write("scan.pdf", StatementPdf.scanned()).toString()).out())
                .at("/error/code").asText());
    }

    @Test
    void aMissingFileIsAUsageErrorNotAPipelineError() {
        Run run = run("parse", dir.resolve("nope.pdf").toString());
        assertEquals(ParseCommand.UNREADABLE_FILE, run.exit());
        assertTrue(run.err().contains("cannot read"), run.err());
        assertFalse(run.out().contains("error"));
    }

    @Test
    void unknownFormatIsRejectedByTheCommandLine() throws Exception {
        Run run = run("parse", write("s.pdf", statement()).toString(), "--format", "xml");
        assertEquals(2, run.exit()); // picocli's usage-error code
        assertTrue(run.err().contains("--format"), run.err());
    }
}
