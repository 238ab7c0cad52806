package dev.passbook.app.robustness;

import dev.passbook.adapters.persistence.DatabaseSettings;
import dev.passbook.core.domain.ApiKeys;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After uploads that carry PDF passwords (right, wrong, unneeded, in every body form) and requests
 * with valid and unknown API keys, neither a password nor a raw key appears in anything the process
 * logged (every level), in any column of any table, or anywhere in the H2 database file itself.
 */
class SecretsTest {

    @TempDir
    Path dir;

    @Test
    void passwordsAndApiKeysAppearNeitherInTheLogsNorInTheDatabase() throws Exception {
        java.util.List<String> secrets = uploadWithSecretsAndScanTheLogs(DatabaseSettings.embedded(dir));
        scanTheDatabase(DatabaseSettings.embedded(dir), secrets);
        // and the raw H2 file (undo logs, free pages, everything)
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String secret : secrets) {
                    assertFalse(raw.contains(secret), "a secret is in " + file.getFileName());
                    assertFalse(raw.contains(utf16(secret)), "a secret (UTF-16) is in " + file.getFileName());
                }
            }
        }
    }

    @Test
    void onPostgresNeitherAppearsInAnyColumn() throws Exception {
        String url = System.getenv("PASSBOOK_TEST_PG_URL");
        org.junit.jupiter.api.Assumptions.assumeTrue(url != null && url.startsWith("jdbc:postgresql:"),
                "PASSBOOK_TEST_PG_URL is not set: the PostgreSQL column scan is skipped (run `source .ci/postgres.sh` first)");
        DatabaseSettings server = DatabaseSettings.fromUrl(url);
        String schema = "pb_secrets_" + UUID.randomUUID().toString().replace("-", "");
        ConcurrentUploadTest.execute(server, "CREATE SCHEMA " + schema);
        try {
            String separator = server.jdbcUrl().contains("?") ? "&" : "?";
            DatabaseSettings settings = new DatabaseSettings(server.jdbcUrl() + separator + "currentSchema=" + schema,
                    server.user(), server.password(), 4);
            scanTheDatabase(settings, uploadWithSecretsAndScanTheLogs(settings));
        } finally {
            ConcurrentUploadTest.execute(server, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    /** Runs the uploads, checks the captured logs and returns the secrets used. */
    private static java.util.List<String> uploadWithSecretsAndScanTheLogs(DatabaseSettings database) throws Exception {
        String password = "pw-" + UUID.randomUUID();
        String wrongPassword = "wrong-" + UUID.randomUUID();
        String unknownKey = "unknown-key-" + UUID.randomUUID();
        java.util.List<String> secrets = new ArrayList<>(java.util.List.of(password, wrongPassword, unknownKey));
        int logged;
        try (LogCapture logs = new LogCapture()) {
            TestService service = TestService.start(database, TestService.Limits.defaults());
            secrets.add(service.a.apiKey());
            secrets.add(service.b.apiKey());
            ApiClient api = service.client();
            try {
                String key = service.a.apiKey();
                String session = api.createSession(key);
                byte[] encrypted = LedgerPdf.statement("40400500600700", 9, "secret", password);
                byte[] plain = LedgerPdf.statement("40400500600711", 9, "plain");

                assertEquals(400, api.uploadPdf(key, session, encrypted).status(), "no password");
                ApiClient.Reply wrong = api.uploadPdf(key, session, encrypted, wrongPassword);
                assertEquals("PASSWORD_INCORRECT", wrong.code(), wrong::toString);
                ApiClient.Reply ok = api.uploadPdf(key, session, encrypted, password);
                assertEquals(200, ok.status(), ok::toString);
                ApiClient.Reply unneeded = api.uploadPdf(key, session, plain, password);
                assertEquals(200, unneeded.status(), unneeded::toString);
                // base64 in a form body, a bad file_url, a request refused before the file is read
                api.uploadForm(key, Map.of("session_id", session, "upload_type", "BASE64", "pdf_password", password,
                        "file", Base64.getEncoder().encodeToString(encrypted)));
                api.uploadForm(key, Map.of("session_id", session, "upload_type", "PDF", "pdf_password", password,
                        "file_url", "http://10.1.2.3/" + password + ".pdf?token=" + password));
                api.uploadForm(key, Map.of("upload_type", "PDF", "pdf_password", password));
                api.uploadPdf(service.b.apiKey(), session, encrypted, password);
                api.uploadPdf(unknownKey, session, encrypted, password);
                api.get("/bank-connect/v1/session_data/" + session + "/transactions/", unknownKey);
                api.get("/bank-connect/v1/session_data/" + session + "/identity/", key);
                api.send("POST", "/bank-connect/v1/session/", unknownKey, "application/json",
                        "{\"link_id\":\"x\"}".getBytes(StandardCharsets.UTF_8));
                // the password in a query string and a header the service does not know
                api.send("POST", ApiClient.UPLOAD + "?pdf_password=" + password, key, "text/plain", new byte[]{1});
                ApiClient.Reply transactions = api.get("/bank-connect/v1/session_data/" + session + "/transactions/", key);
                assertEquals(2, transactions.json().get("accounts").size(), "both uploads stored");
            } finally {
                service.close();
            }
            String text = logs.text();
            logged = text.length();
            assertTrue(text.contains("upload accepted"), "the capture saw the service's own log lines");
            for (String secret : secrets) {
                for (String form : forms(secret)) {
                    assertFalse(text.contains(form), "a secret appears in the logs: " + excerpt(text, form));
                }
            }
        }
        assertTrue(logged > 0);
        return secrets;
    }

    /** Every column of every table of the schema, read as text. */
    private static void scanTheDatabase(DatabaseSettings database, java.util.List<String> secrets) throws Exception {
        try (dev.passbook.adapters.persistence.Database db = dev.passbook.adapters.persistence.Database.open(database)) {
            java.util.List<String> values = allValues(db);
            assertTrue(values.stream().anyMatch(v -> v.contains("40400500600700")), "the scan reads the statement rows");
            for (String secret : secrets) {
                for (String form : forms(secret)) {
                    assertTrue(values.stream().noneMatch(v -> v.contains(form)), "a secret is stored in the database: " + form);
                }
            }
            // the hash of a key is what is stored, proving the scan covers the api_keys table
            String hash = ApiKeys.hash(secrets.get(3));
            assertTrue(values.stream().anyMatch(v -> v.contains(hash)), "api_keys was scanned");
        }
    }

    static java.util.List<String> forms(String secret) {
        return java.util.List.of(secret, URLEncoder.encode(secret, StandardCharsets.UTF_8),
                Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
    }

    static String utf16(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.ISO_8859_1);
    }

    static String excerpt(String text, String needle) {
        int at = text.indexOf(needle);
        return text.substring(Math.max(0, at - 300), Math.min(text.length(), at + needle.length() + 100));
    }

    static java.util.List<String> allValues(dev.passbook.adapters.persistence.Database db) throws SQLException {
        java.util.List<String> values = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection()) {
            java.util.List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[]{"TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (!"INFORMATION_SCHEMA".equalsIgnoreCase(schema)) {
                        tables.add("\"" + schema + "\".\"" + rs.getString("TABLE_NAME") + "\"");
                    }
                }
            }
            assertTrue(tables.size() >= 8, "tables found: " + tables);
            for (String table : tables) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            String v = rs.getString(i);
                            if (v != null) {
                                values.add(v);
                            }
                        }
                    }
                }
            }
        }
        return values;
    }
}
