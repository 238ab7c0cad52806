package dev.passbook.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.passbook.app.testing.Http;
import dev.passbook.app.testing.FakeBank;
import dev.passbook.core.fixtures.StatementPdf;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service as {@code passbook serve} builds it (flags parsed by picocli, H2 file database in a
 * temporary data directory, the real PDF reader, the HTTP API on a real socket), with the
 * test-only {@code fakebank} parser plugin found by ServiceLoader.
 */
class ServiceEndToEndTest {

    private static final String UPLOAD = "/bank-connect/v1/statement/upload_session/";

    @TempDir
    Path dataDir;
    private RunningService service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    private ServeSettings settings(String... extra) {
        // one reader process: these tests upload one statement at a time, and each process costs a JVM start
        List<String> args = new ArrayList<>(List.of("serve", "--port", "0", "--host", "127.0.0.1", "--data-dir", dataDir.toString(),
                "--readers", "1"));
        args.addAll(List.of(extra));
        CommandLine cli = PassbookCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                ParsePipeline.standard());
        CommandLine.ParseResult parsed = cli.parseArgs(args.toArray(String[]::new));
        return ((ServeCommand) parsed.subcommand().commandSpec().userObject()).settings();
    }

    private Http start(ServeSettings settings) {
        service = RunningService.start(settings, Clock.systemDefaultZone());
        assertInstanceOf(Bootstrap.Outcome.Generated.class, service.bootstrap());
        return new Http(service.port(), ((Bootstrap.Outcome.Generated) service.bootstrap()).apiKey());
    }

    private static String session(Http http, String from, String to) {
        Http.Reply reply = http.postJson("/bank-connect/v1/session/",
                "{\"link_id\":\"e2e\",\"from_date\":\"" + from + "\",\"to_date\":\"" + to + "\"}");
        assertEquals(200, reply.status(), reply.body());
        return reply.json().get("session_id").asText();
    }

    private static Http.Reply upload(Http http, String query, String session, byte[] pdf, Map<String, String> more) {
        Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("session_id", session, "upload_type", "PDF"));
        fields.putAll(more);
        return http.postMultipart(UPLOAD + query, fields, pdf);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static byte[] januaryFebruary(String account) {
        return FakeBank.statement(account).period("2024-01-01", "2024-02-29")
                .credit("2024-01-05", "50000.00", "SALARY JAN").debit("2024-01-20", "12000.50", "RENT JAN")
                .credit("2024-02-05", "50000.00", "SALARY FEB").debit("2024-02-21", "799.99", "UPI SHOP").pdf();
    }

    @Test
    void firstStartCreatesAKeyThatStillWorksAfterARestart() {
        Http http = start(settings());
        Http.Reply catalogue = http.get("/bank-connect/v1/banks/catalogue/");
        assertEquals(200, catalogue.status(), catalogue.body());
        assertTrue(catalogue.body().contains("\"bank_name\":\"fakebank\""), catalogue.body());
        String session = session(http, "01/12/2023", "31/03/2024");
        service.close();

        service = RunningService.start(settings(), Clock.systemDefaultZone());
        assertInstanceOf(Bootstrap.Outcome.Existing.class, service.bootstrap());
        Http again = new Http(service.port(), http.apiKey());
        assertEquals(200, again.get("/bank-connect/v1/session_data/" + session + "/progress/").status());
        assertEquals(403, new Http(service.port(), "pbk_wrong").get("/bank-connect/v1/banks/catalogue/").status());
    }

    @Test
    void uploadsARealPdfAndReadsTwoStatementsOfOneAccountBack() {
        Http http = start(settings());
        String session = session(http, "01/12/2023", "31/03/2024");
        Http.Reply first = upload(http, "?identity=true", session, januaryFebruary("918020012345678"), Map.of());
        assertEquals(200, first.status(), first.body());
        JsonNode json = first.json();
        assertEquals("fakebank", json.get("bank_name").asText());
        assertEquals(1, json.get("page_count").asInt());
        assertEquals("918020012345678", json.get("identity").get("account_number").asText());
        assertEquals("XXXXXXXXXXX5678", json.get("masked_account_number").asText());
        assertTrue(first.body().contains("\"opening_bal\":10000.00"), first.body());
        assertTrue(first.body().contains("\"closing_bal\":97199.51"), first.body());
        assertEquals(List.of("2024-01", "2024-02"), texts(json.get("months")));
        assertEquals(List.of("2023-12", "2024-03"), texts(json.get("missing_months")));

        byte[] march = FakeBank.statement("918020012345678").credit("2024-03-05", "50000.00", "SALARY MAR")
                .debit("2024-03-25", "100.00", "ATM").pdf();
        Http.Reply second = upload(http, "?progress=true", session, march, Map.of());
        assertEquals(200, second.status(), second.body());
        assertEquals(List.of("2023-12"), texts(second.json().get("missing_months")));
        assertEquals(2, second.json().get("progress").size());

        Http.Reply status = http.get("/bank-connect/v1/session_data/" + session + "/session_upload_status/");
        JsonNode account = status.json().get("accounts").get(0);
        assertEquals(List.of("2024-01", "2024-02", "2024-03"), texts(account.get("months")));
        assertEquals("[{\"from_date\":\"2023-12-01\",\"to_date\":\"2023-12-31\"}]", account.get("missing_data").toString());
        Http.Reply transactions = http.get("/bank-connect/v1/session_data/" + session + "/transactions/");
        assertEquals(6, transactions.json().get("accounts").get(0).get("transactions").size());
        assertTrue(transactions.body().contains("\"transaction_note\":\"RENT JAN\""), transactions.body());

        // duplicates are decided by the database, also across a restart
        service.close();
        service = RunningService.start(settings(), Clock.systemDefaultZone());
        Http restarted = new Http(service.port(), http.apiKey());
        assertEquals("STATEMENT_DUPLICATE", upload(restarted, "", session, januaryFebruary("918020012345678"), Map.of()).code());
        assertEquals(2, restarted.get("/bank-connect/v1/session_data/" + session + "/progress/").json().get("progress").size());
    }

    @Test
    void pdfLevelErrorsComeFromTheRealReader() {
        Http http = start(settings());
        String session = session(http, "01/12/2023", "31/03/2024");
        byte[] locked = FakeBank.statement("111122223333").credit("2024-01-05", "1.00", "X").password("4321").pdf();
        assertEquals("PASSWORD_INCORRECT", upload(http, "", session, locked, Map.of()).code());
        assertEquals("PASSWORD_INCORRECT", upload(http, "", session, locked, Map.of("pdf_password", "")).code());
        assertEquals("PASSWORD_INCORRECT", upload(http, "", session, locked, Map.of("pdf_password", "1234")).code());
        assertEquals(200, upload(http, "", session, locked, Map.of("pdf_password", "4321")).status());
        Http.Reply scanned = upload(http, "", session, StatementPdf.scanned(), Map.of());
        assertEquals(400, scanned.status());
        assertEquals("PDF_IS_IMAGE", scanned.code());
        assertEquals("INVALID_FILE_OBJECT", upload(http, "", session, "%PDF-1.7 truncated".getBytes(), Map.of()).code());
        assertEquals("File object is invalid", upload(http, "", session, "%PDF-1.7 truncated".getBytes(), Map.of()).json()
                .get("error").get("message").asText());
        assertEquals("EMPTY_FILE", upload(http, "", session, new byte[0], Map.of()).code());
    }

    @Test
    void base64AndFileUrlUploadsUseTheSamePipeline() throws Exception {
        HttpServer files = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] pdf = januaryFebruary("777788889999");
        files.createContext("/s.pdf", ex -> {
            ex.sendResponseHeaders(200, pdf.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(pdf);
            }
        });
        files.start();
        try {
            Http http = start(settings("--file-url-allow-list", "127.0.0.1"));
            String session = session(http, "01/12/2023", "31/03/2024");
            Http.Reply viaUrl = http.postForm(UPLOAD, Map.of("session_id", session, "upload_type", "PDF",
                    "file_url", "http://127.0.0.1:" + files.getAddress().getPort() + "/s.pdf"));
            assertEquals(200, viaUrl.status(), viaUrl.body());
            String other = session(http, "01/12/2023", "31/03/2024");
            Http.Reply viaBase64 = http.postForm(UPLOAD, Map.of("session_id", other, "upload_type", "BASE64",
                    "file", Base64.getEncoder().encodeToString(pdf)));
            assertEquals(200, viaBase64.status(), viaBase64.body());
            assertEquals(viaUrl.json().get("account_id").asText(), viaBase64.json().get("account_id").asText());
            Http.Reply internal = http.postForm(UPLOAD, Map.of("session_id", other, "upload_type", "PDF",
                    "file_url", "http://169.254.169.254/latest/meta-data/"));
            assertEquals("INVALID_FILE_URL", internal.code());
        } finally {
            files.stop(0);
        }
    }

    @Test
    void bodyLimitIsConfigurable() {
        Http http = start(settings("--max-body-size", "1KB"));
        String session = session(http, "01/12/2023", "31/03/2024");
        Http.Reply reply = upload(http, "", session, januaryFebruary("1"), Map.of());
        assertEquals(413, reply.status());
        assertEquals("FILE_TOO_LARGE", reply.code());
    }

    @Test
    void configuredKeyAndOperatorNameAreUsed() {
        ServeSettings base = settings("--operator-name", "Acme Lending");
        ServeSettings withKey = base.withApiKey(io.vavr.control.Option.some("my-configured-key"));
        service = RunningService.start(withKey, Clock.systemDefaultZone());
        assertInstanceOf(Bootstrap.Outcome.Configured.class, service.bootstrap());
        assertEquals(200, new Http(service.port(), "my-configured-key").get("/bank-connect/v1/banks/catalogue/").status());
        assertEquals("Acme Lending", base.operatorName());
    }
}
