package dev.passbook.app.robustness;

import dev.passbook.adapters.persistence.DatabaseSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Organisation B's key against organisation A's session, on every endpoint that takes a session:
 * uploads answer 400 SESSION_NOT_FOUND, reads 404 SESSION_NOT_FOUND, and nothing of A's leaks or
 * changes. Real H2 database, real socket.
 */
class TenantIsolationTest {

    @TempDir
    static Path dir;
    static TestService service;
    static ApiClient api;
    static String sessionA;
    static String statementA;
    static byte[] pdf;

    static final List<String> READS = List.of("progress", "session_upload_status", "identity", "transactions");

    @BeforeAll
    static void start() {
        service = TestService.start(DatabaseSettings.embedded(dir), TestService.Limits.defaults());
        api = service.client();
        sessionA = api.createSession(service.a.apiKey());
        pdf = LedgerPdf.statement("50100200300400", 12, "tenant");
        ApiClient.Reply accepted = api.uploadPdf(service.a.apiKey(), sessionA, pdf);
        assertEquals(200, accepted.status(), accepted::toString);
        statementA = accepted.json().get("statement_id").asText();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void anotherOrganisationsKeyCannotReadTheSessionOnAnyReadEndpoint() {
        for (String read : READS) {
            String path = "/bank-connect/v1/session_data/" + sessionA + "/" + read + "/";
            ApiClient.Reply reply = api.get(path, service.b.apiKey());
            assertEquals(404, reply.status(), read + ": " + reply);
            assertEquals("SESSION_NOT_FOUND", reply.code(), read);
            assertFalse(reply.body().contains(statementA), read + " leaks A's statement id: " + reply);
            assertFalse(reply.body().contains("50100200300400"), read + " leaks A's account number");
            // the owner still reads it
            ApiClient.Reply own = api.get(path, service.a.apiKey());
            assertEquals(200, own.status(), read + " (owner): " + own);
            assertEquals(sessionA, own.json().get("session_id").asText());
        }
    }

    @Test
    void anotherOrganisationsKeyCannotUploadIntoTheSessionInAnyForm() {
        String keyB = service.b.apiKey();
        byte[] other = LedgerPdf.statement("77700011122233", 5, "intruder");
        List<ApiClient.Reply> replies = List.of(
                api.uploadPdf(keyB, sessionA, other),
                api.uploadPdf(keyB, sessionA, pdf),
                api.send("POST", ApiClient.UPLOAD + "?progress=true&identity=true", keyB,
                        new ApiClient.Multipart().field("session_id", sessionA).field("upload_type", "PDF")
                                .file("file", "x.pdf", other).contentType(),
                        new ApiClient.Multipart().field("session_id", sessionA).field("upload_type", "PDF")
                                .file("file", "x.pdf", other).bytes()),
                api.uploadForm(keyB, form("session_id", sessionA, "upload_type", "BASE64",
                        "file", Base64.getEncoder().encodeToString(other))),
                api.uploadForm(keyB, form("session_id", sessionA, "upload_type", "PDF",
                        "file_url", "http://127.0.0.1:" + service.port() + "/nothing.pdf")),
                // the session id in a different case or with padding must not find A's session either
                api.uploadPdf(keyB, sessionA.toUpperCase(java.util.Locale.ROOT), other),
                api.uploadPdf(keyB, " " + sessionA + " ", other));
        for (ApiClient.Reply reply : replies) {
            assertEquals(400, reply.status(), reply::toString);
            assertEquals("SESSION_NOT_FOUND", reply.code(), reply::toString);
            assertFalse(reply.body().contains(statementA), reply::toString);
        }
        // A's session still holds exactly its one statement
        ApiClient.Reply progress = api.get("/bank-connect/v1/session_data/" + sessionA + "/progress/", service.a.apiKey());
        assertEquals(1, progress.json().get("progress").size(), progress::toString);
        assertEquals(statementA, progress.json().get("progress").get(0).get("statement_id").asText());
    }

    @Test
    void theSameFileInTheOtherOrganisationsOwnSessionIsItsOwnAccount() {
        String sessionB = api.createSession(service.b.apiKey());
        ApiClient.Reply reply = api.uploadPdf(service.b.apiKey(), sessionB, pdf);
        assertEquals(200, reply.status(), reply::toString);
        ApiClient.Reply readA = api.get("/bank-connect/v1/session_data/" + sessionA + "/transactions/", service.a.apiKey());
        String accountA = readA.json().get("accounts").get(0).get("account_id").asText();
        assertNotEquals(accountA, reply.json().get("account_id").asText(), "account ids must differ between organisations");
        // and A cannot read B's session
        ApiClient.Reply cross = api.get("/bank-connect/v1/session_data/" + sessionB + "/transactions/", service.a.apiKey());
        assertEquals(404, cross.status(), cross::toString);
        assertEquals("SESSION_NOT_FOUND", cross.code());
    }

    @Test
    void noKeyOrAnUnknownKeyIsRefusedBeforeTheSessionIsLookedUp() {
        for (String key : new String[]{null, "", "not-a-key", service.a.apiKey() + "x"}) {
            ApiClient.Reply read = api.get("/bank-connect/v1/session_data/" + sessionA + "/identity/", key);
            assertEquals(403, read.status(), read::toString);
            assertEquals("INVALID_API_KEY", read.code());
            ApiClient.Reply upload = api.uploadPdf(key, sessionA, pdf);
            assertEquals(403, upload.status(), upload::toString);
            assertEquals("INVALID_API_KEY", upload.code());
        }
    }

    static Map<String, String> form(String... kv) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put(kv[i], kv[i + 1]);
        }
        return map;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
