package dev.passbook.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passbook.app.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README quickstart with the real plugins: a session over Jan..Mar 2019 and the sample
 * statements of docs/samples (synthetic, written by the testkit).
 */
class QuickstartTest {

    private static final Path SAMPLES = Path.of("..", "docs", "samples");

    @TempDir
    Path dataDir;
    private RunningService service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    private Http serve() {
        CommandLine.ParseResult parsed = PassbookCommand.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), ParsePipeline.standard())
                .parseArgs("serve", "--port=0", "--host=127.0.0.1", "--data-dir=" + dataDir, "--readers=1");
        service = RunningService.start(((ServeCommand) parsed.subcommand().commandSpec().userObject()).settings(),
                Clock.systemDefaultZone());
        return new Http(service.port(), ((Bootstrap.Outcome.Generated) service.bootstrap()).apiKey());
    }

    @Test
    void readmeStepsWorkOnTheHdfcSample() throws Exception {
        Http http = serve();
        Http.Reply session = http.postJson("/bank-connect/v1/session/",
                "{\"link_id\":\"demo-customer\",\"from_date\":\"01/01/2019\",\"to_date\":\"31/03/2019\"}");
        assertEquals(200, session.status(), session.body());
        String id = session.json().get("session_id").asText();
        Http.Reply upload = http.postMultipart("/bank-connect/v1/statement/upload_session/?identity=true",
                Map.of("session_id", id, "upload_type", "PDF"), Files.readAllBytes(SAMPLES.resolve("hdfc-newer.pdf")));
        assertEquals(200, upload.status(), upload.body());
        JsonNode json = upload.json();
        assertEquals("hdfc", json.get("bank_name").asText());
        assertEquals("50159467068625", json.get("identity").get("account_number").asText());
        assertEquals("[\"2019-02\"]", json.get("months").toString());
        assertEquals("[\"2019-01\",\"2019-03\"]", json.get("missing_months").toString());
        Http.Reply transactions = http.get("/bank-connect/v1/session_data/" + id + "/transactions/");
        assertEquals(200, transactions.status());
        assertTrue(transactions.json().at("/accounts/0/transactions").size() > 0, transactions.body());
    }

    @Test
    void theTamperedSampleIsReportedAsFraud() throws Exception {
        Http http = serve();
        String id = http.postJson("/bank-connect/v1/session/",
                "{\"link_id\":\"demo\",\"from_date\":\"01/05/2019\",\"to_date\":\"31/08/2019\"}").json().get("session_id").asText();
        Http.Reply upload = http.postMultipart("/bank-connect/v1/statement/upload_session/",
                Map.of("session_id", id, "upload_type", "PDF"), Files.readAllBytes(SAMPLES.resolve("hdfc-legacy-tampered.pdf")));
        assertEquals(200, upload.status(), upload.body());
        assertTrue(upload.json().get("is_fraud").asBoolean(), upload.body());
        assertTrue(upload.json().get("fraud_signals").size() > 0);
        Http.Reply transactions = http.get("/bank-connect/v1/session_data/" + id + "/transactions/");
        assertEquals(upload.json().get("statement_id").asText(),
                transactions.json().at("/fraud/fraudulent_statements/0").asText(), transactions.body());
    }
}
