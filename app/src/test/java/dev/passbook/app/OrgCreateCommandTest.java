package dev.passbook.app;

import dev.passbook.app.testing.Http;
import dev.passbook.app.testing.FakeBank;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code passbook org create} writes organisations the running service then enforces. */
class OrgCreateCommandTest {

    @TempDir
    Path dataDir;
    private RunningService service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 3];
        all[0] = "org";
        all[1] = "create";
        System.arraycopy(args, 0, all, 2, args.length);
        all[all.length - 1] = "--data-dir=" + dataDir;
        int exit = PassbookCommand.commandLine(new PrintWriter(out), new PrintWriter(err), ParsePipeline.standard()).execute(all);
        return new String[]{String.valueOf(exit), out.toString(), err.toString()};
    }

    private static String key(String output) {
        Matcher m = Pattern.compile("api_key: (\\S+)").matcher(output);
        assertTrue(m.find(), output);
        return m.group(1);
    }

    private void serve(String... extra) {
        String[] args = new String[5 + extra.length];
        args[0] = "serve";
        args[1] = "--port=0";
        args[2] = "--host=127.0.0.1";
        args[3] = "--data-dir=" + dataDir;
        // these tests are about organisations; reading in-process spares a JVM start per service
        args[4] = "--reader-isolation=none";
        System.arraycopy(extra, 0, args, 5, extra.length);
        CommandLine.ParseResult parsed = PassbookCommand.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), ParsePipeline.standard()).parseArgs(args);
        service = RunningService.start(((ServeCommand) parsed.subcommand().commandSpec().userObject()).settings(),
                Clock.systemDefaultZone());
    }

    @Test
    void createdOrganisationCanUseTheApi() {
        String[] result = run("--name", "Lender One");
        assertEquals("0", result[0], result[2]);
        assertTrue(result[1].contains("session_flow: true"), result[1]);
        assertTrue(result[1].contains("account_categories: corporate,individual"), result[1]);
        serve();
        // an organisation exists already, so the first start generated nothing
        assertTrue(service.bootstrap() instanceof Bootstrap.Outcome.Existing);
        Http http = new Http(service.port(), key(result[1]));
        assertEquals(200, http.postJson("/bank-connect/v1/session/", "{\"link_id\":\"x\"}").status());
    }

    @Test
    void trialEndAndOperatorNameShapeTheTrialMessage() {
        String key = key(run("--name", "Trial Co", "--trial-end", "2001-01-31")[1]);
        serve("--operator-name", "Acme Lending");
        Http.Reply reply = new Http(service.port(), key).get("/bank-connect/v1/banks/catalogue/");
        assertEquals(402, reply.status());
        assertEquals("Your trial period has expired. Please request Acme Lending to upgrade your plan",
                reply.json().at("/error/message").asText());
    }

    @Test
    void sessionFlowCanBeDisabled() {
        String key = key(run("--name", "No Flow", "--no-session-flow")[1]);
        serve();
        Http http = new Http(service.port(), key);
        assertEquals("ROUTE_NOT_ALLOWED", http.postJson("/bank-connect/v1/session/", "{\"link_id\":\"x\"}").code());
        assertEquals(200, http.get("/bank-connect/v1/banks/catalogue/").status());
    }

    @Test
    void allowedCategoriesAreEnforcedOnUpload() {
        String key = key(run("--name", "Corporates", "--categories", "corporate")[1]);
        serve();
        Http http = new Http(service.port(), key);
        String session = http.postJson("/bank-connect/v1/session/", "{\"link_id\":\"x\",\"from_date\":\"01/01/2024\",\"to_date\":\"31/03/2024\"}")
                .json().get("session_id").asText();
        Http.Reply reply = http.postMultipart("/bank-connect/v1/statement/upload_session/",
                Map.of("session_id", session, "upload_type", "PDF"),
                FakeBank.statement("42424242").credit("2024-01-10", "5.00", "X").pdf());
        assertEquals("INVALID_ACCOUNT_CATEGORY", reply.code(), reply.body());
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals("2", run("--name", "X", "--trial-end", "31/01/2025")[0]);
        assertEquals("2", run("--name", "X", "--categories", "retail")[0]);
        assertEquals("2", run()[0]);
    }
}
