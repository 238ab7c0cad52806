package dev.passbook.adapters.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.passbook.adapters.http.TestClient;
import dev.passbook.adapters.http.TestClient.Multipart;
import dev.passbook.adapters.http.TestClient.Reply;
import dev.passbook.adapters.http.testing.ApiWorld;
import dev.passbook.core.fixtures.StatementFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static dev.passbook.adapters.http.TestClient.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The upload endpoint over a real socket, against the real core services. */
class UploadApiTest {

    private static final String UPLOAD = "/bank-connect/v1/statement/upload_session/";
    private static ApiWorld world;
    private static TestClient client;
    private static HttpServer files;
    private static int filesPort;

    @BeforeAll
    static void start() throws IOException {
        world = new ApiWorld();
        client = world.client;
        files = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        filesPort = files.getAddress().getPort();
        byte[] statement = typical("hdfc").account("50100999988887777").bytes();
        files.createContext("/statement.pdf", ex -> {
            ex.sendResponseHeaders(200, statement.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(statement);
            }
        });
        files.start();
    }

    @AfterAll
    static void stop() {
        world.close();
        files.stop(0);
    }

    /** Four transactions from 2023-12-01 to 2024-03-05; the period is printed. */
    static StatementFile typical(String bank) {
        return ApiWorld.statement(bank).period("2023-12-01", "2024-03-05")
                .credit("2023-12-01", "25000.00", "SALARY DEC")
                .debit("2024-01-15", "1200.50", "UPI GROCER")
                .credit("2024-02-10", "25000.00", "SALARY FEB")
                .debit("2024-03-05", "999.99", "ATM WDL");
    }

    private static Multipart pdf(String session, byte[] file) {
        return new Multipart().text("session_id", session).text("upload_type", "PDF").file("file", "statement.pdf", file);
    }

    private static Reply upload(String key, Multipart form) {
        return client.postMultipart(UPLOAD, key, form);
    }

    private static Reply upload(String query, String key, Multipart form) {
        return client.postMultipart(UPLOAD + query, key, form);
    }

    private static void assertError(Reply reply, int status, String code, String message) {
        assertEquals(status, reply.status(), reply.raw().body());
        assertEquals(code, reply.code(), reply.raw().body());
        assertEquals(message, reply.message(), reply.raw().body());
        assertEquals("", reply.json().get("statement_id").asText());
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(keys::add);
        return keys;
    }

    // ---- success

    @Test
    void successfulUploadHasExactlyTheDocumentsFieldsPlusFraudSignalsAndVerification() {
        String session = world.session();
        Reply reply = upload(ApiWorld.KEY, pdf(session, typical("hdfc").bytes()));
        assertEquals(200, reply.status(), reply.raw().body());
        JsonNode json = reply.json();
        assertEquals(List.of("bank_name", "statement_id", "page_count", "date_range", "opening_date", "opening_bal",
                "closing_bal", "is_fraud", "fraud_type", "fraud_signals", "verification", "metadata_analysis",
                "country_code", "currency_code", "extracted_date_range", "account_id", "masked_account_number", "months",
                "missing_months", "status", "session_id"), keys(json));
        assertEquals("hdfc", json.get("bank_name").asText());
        assertTrue(json.get("statement_id").asText().matches("[0-9a-f-]{36}"));
        assertEquals(1, json.get("page_count").asInt());
        assertEquals("2023-12-01", json.get("date_range").get("from_date").asText());
        assertEquals("2024-03-05", json.get("date_range").get("to_date").asText());
        assertTrue(json.get("opening_date").isNull());
        assertEquals("5000.00", json.get("opening_bal").decimalValue().toPlainString());
        assertTrue(reply.raw().body().contains("\"opening_bal\":5000.00"), "money is a number with two decimals");
        assertTrue(reply.raw().body().contains("\"closing_bal\":52799.51"), reply.raw().body());
        assertFalse(json.get("is_fraud").asBoolean());
        assertTrue(json.get("fraud_type").isNull());
        assertEquals(0, json.get("fraud_signals").size());
        JsonNode verification = json.get("verification");
        assertEquals(List.of("verdict", "balances_checked", "balance_breaks", "first_break", "totals", "explanation"),
                keys(verification));
        assertEquals("VERIFIED", verification.get("verdict").asText());
        assertEquals(4, verification.get("balances_checked").asInt(), "four rows, each after the printed opening balance");
        assertEquals(0, verification.get("balance_breaks").asInt());
        assertTrue(verification.get("first_break").isNull());
        assertEquals(0, json.get("metadata_analysis").get("name_matches").size());
        assertEquals("IN", json.get("country_code").asText());
        assertEquals("INR", json.get("currency_code").asText());
        assertEquals("2023-12-01", json.get("extracted_date_range").get("from_date").asText());
        assertEquals("2024-03-05", json.get("extracted_date_range").get("to_date").asText());
        assertEquals("XXXXXXXXXXXXX3333", json.get("masked_account_number").asText());
        assertEquals("[\"2023-12\",\"2024-01\",\"2024-02\",\"2024-03\"]", json.get("months").toString());
        assertEquals("[\"2023-11\",\"2024-04\"]", json.get("missing_months").toString());
        assertEquals(1, json.get("status").asInt());
        assertEquals(session, json.get("session_id").asText());
        assertTrue(json.get("account_id").asText().matches("[0-9a-f-]{36}"));
    }

    @Test
    void anEditedBalanceIsUnverifiedWithTheBreakLocatedAndFlagged() {
        Reply reply = upload(ApiWorld.KEY, pdf(world.session(), typical("hdfc").tamperBalance(2, "99999.99").bytes()));
        assertEquals(200, reply.status(), reply.raw().body());
        JsonNode verification = reply.json().get("verification");
        assertEquals("UNVERIFIED", verification.get("verdict").asText());
        assertEquals(2, verification.get("balance_breaks").asInt(), "the edited row and the row after it");
        assertEquals(3, verification.get("first_break").get("row").asInt());
        assertTrue(verification.get("explanation").asText().contains("the first at row 3"),
                verification.get("explanation").asText());
        assertTrue(reply.json().get("is_fraud").asBoolean());
        assertEquals("inconsistent_transaction", reply.json().get("fraud_type").asText());
    }

    @Test
    void identityFlagAddsTheIdentityObject() {
        String session = world.session();
        Reply reply = upload("?identity=true", ApiWorld.KEY, pdf(session, typical("hdfc").bytes()));
        assertEquals(200, reply.status(), reply.raw().body());
        JsonNode identity = reply.json().get("identity");
        assertEquals(List.of("account_number", "name", "address", "ifsc", "micr", "account_category", "credit_limit",
                "od_limit", "account_id", "bank_name"), keys(identity));
        assertEquals("50100111122223333", identity.get("account_number").asText());
        assertEquals("RAVI KUMAR", identity.get("name").asText());
        assertEquals("HDFC0001234", identity.get("ifsc").asText());
        assertTrue(identity.get("micr").isNull());
        assertEquals("individual", identity.get("account_category").asText());
        assertTrue(reply.raw().body().contains("\"credit_limit\":0.00"));
        assertEquals(reply.json().get("account_id").asText(), identity.get("account_id").asText());
        assertEquals("hdfc", identity.get("bank_name").asText());
        assertEquals("page_count", keys(reply.json()).get(2));
        assertEquals("identity", keys(reply.json()).get(3));
        assertFalse(reply.json().has("progress"));
    }

    @Test
    void progressFlagListsEveryStatementOfTheSession() {
        String session = world.session();
        Reply first = upload(ApiWorld.KEY, pdf(session, typical("hdfc").bytes()));
        Reply second = upload("?progress=true", ApiWorld.KEY,
                pdf(session, typical("hdfc").account("50100444455556666").bytes()));
        assertEquals(200, second.status(), second.raw().body());
        assertFalse(second.json().has("identity"));
        JsonNode progress = second.json().get("progress");
        assertEquals(2, progress.size());
        assertEquals(first.json().get("statement_id").asText(), progress.get(0).get("statement_id").asText());
        assertEquals(second.json().get("statement_id").asText(), progress.get(1).get("statement_id").asText());
        assertEquals(List.of("statement_id", "source", "identity_status", "transaction_status", "processing_status",
                "fraud_status", "message"), keys(progress.get(0)));
        assertEquals("pdf", progress.get(0).get("source").asText());
        assertEquals("completed", progress.get(1).get("processing_status").asText());
    }

    @Test
    void bothFlagsTogether() {
        Reply reply = upload("?identity=true&progress=true", ApiWorld.KEY, pdf(world.session(), typical("hdfc").bytes()));
        assertTrue(reply.json().has("identity"));
        assertEquals(1, reply.json().get("progress").size());
    }

    @Test
    void base64AsAMultipartTextField() {
        Multipart form = new Multipart().text("session_id", world.session()).text("upload_type", "BASE64")
                .text("file", typical("hdfc").base64());
        Reply reply = upload(ApiWorld.KEY, form);
        assertEquals(200, reply.status(), reply.raw().body());
        assertEquals("hdfc", reply.json().get("bank_name").asText());
    }

    @Test
    void base64InAUrlEncodedBody() {
        Reply reply = client.postForm(UPLOAD, ApiWorld.KEY, fields("session_id", world.session(),
                "upload_type", "BASE64", "file", typical("sbi").base64()));
        assertEquals(200, reply.status(), reply.raw().body());
        assertEquals("sbi", reply.json().get("bank_name").asText());
    }

    @Test
    void base64InAUrlEncodedBodyWithUnescapedPlusSigns() {
        // pick a note that makes the base64 text contain '+' characters
        byte[] file = null;
        String base64 = "";
        for (int i = 0; !base64.contains("+"); i++) {
            file = typical("hdfc").credit("2024-03-05", "1.00", "NOTE ~~>>?" + i).bytes();
            base64 = java.util.Base64.getEncoder().encodeToString(file);
        }
        assertTrue(base64.contains("+"), base64);
        String body = "session_id=" + world.session() + "&upload_type=BASE64&file=" + base64.replace("/", "%2F").replace("=", "%3D");
        Reply reply = client.send(client.request(UPLOAD).header("x-api-key", ApiWorld.KEY)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertEquals(200, reply.status(), reply.raw().body());
    }

    @Test
    void fileUrlFetchedFromAnAllowListedServer() {
        Reply reply = client.postForm(UPLOAD, ApiWorld.KEY, fields("session_id", world.session(), "upload_type", "PDF",
                "file_url", "http://127.0.0.1:" + filesPort + "/statement.pdf"));
        assertEquals(200, reply.status(), reply.raw().body());
        assertEquals("XXXXXXXXXXXXX7777", reply.json().get("masked_account_number").asText());
    }

    @Test
    void bankNameMatchingTheDetectedBankIsAccepted() {
        Multipart form = pdf(world.session(), typical("sbi").bytes()).text("bank_name", "sbi");
        assertEquals(200, upload(ApiWorld.KEY, form).status());
    }

    // ---- error rows, in API.md's order

    @Test
    void authRules() {
        Multipart form = pdf(world.session(), typical("hdfc").bytes());
        assertError(upload(null, form), 403, "INVALID_API_KEY", "Authentication credentials were not provided.");
        assertError(upload("", form), 403, "INVALID_API_KEY", "Authentication credentials were not provided.");
        assertError(upload("key-unknown", form), 403, "INVALID_API_KEY", "Authentication credentials were not provided.");
        assertError(upload(ApiWorld.EXPIRED_KEY, form), 402, "TRIAL_PERIOD_EXPIRED",
                "Your trial period has expired. Please request FinBox to upgrade your plan");
        assertError(upload(ApiWorld.NO_FLOW_KEY, form), 403, "ROUTE_NOT_ALLOWED", "Route not allowed");
    }

    @Test
    void missingSessionIdOrUploadTypeIsInvalidRequestWithFields() {
        Reply noSession = upload(ApiWorld.KEY, new Multipart().text("upload_type", "PDF").file("file", "a.pdf", typical("hdfc").bytes()));
        assertError(noSession, 400, "INVALID_REQUEST", "Invalid request");
        assertTrue(noSession.json().get("error").get("fields").has("session_id"));
        assertEquals("", noSession.json().get("session_id").asText());

        Reply noType = upload(ApiWorld.KEY, new Multipart().text("session_id", world.session()).file("file", "a.pdf", typical("hdfc").bytes()));
        assertError(noType, 400, "INVALID_REQUEST", "Invalid request");
        assertTrue(noType.json().get("error").get("fields").has("upload_type"));

        Reply badType = upload(ApiWorld.KEY, new Multipart().text("session_id", world.session()).text("upload_type", "DOCX")
                .file("file", "a.pdf", typical("hdfc").bytes()));
        assertError(badType, 400, "INVALID_REQUEST", "Invalid request");
        assertTrue(badType.json().get("error").get("fields").has("upload_type"));
    }

    @Test
    void unknownOrForeignSessionIsSessionNotFoundWithAnEmptySessionId() {
        Reply unknown = upload(ApiWorld.KEY, pdf("no-such-session", typical("hdfc").bytes()));
        assertError(unknown, 400, "SESSION_NOT_FOUND", "The provided Session ID is invalid");
        assertEquals("", unknown.json().get("session_id").asText());
        String foreign = world.session(ApiWorld.OTHER_KEY, "01/11/2023", "30/04/2024", "");
        assertError(upload(ApiWorld.KEY, pdf(foreign, typical("hdfc").bytes())), 400, "SESSION_NOT_FOUND",
                "The provided Session ID is invalid");
    }

    @Test
    void expiredSessionIsSessionExpiredEvenWithAnEmptyFile() {
        String session = world.session();
        dev.passbook.core.domain.Session s = world.sessions.findById(session).get();
        world.sessions.save(new dev.passbook.core.domain.Session(s.id(), s.organisationId(), s.linkId(), s.period(),
                s.createdAt(), ApiWorld.CLOCK.instant(), s.expectedNames(), s.bankName()));
        Reply reply = upload(ApiWorld.KEY, pdf(session, new byte[0]));
        assertError(reply, 400, "SESSION_EXPIRED", "This session has expired");
        assertEquals(session, reply.json().get("session_id").asText());
    }

    @Test
    void unknownBankNameListsTheKnownBanksBeforeAnyFileCheck() {
        Multipart form = new Multipart().text("session_id", world.session()).text("upload_type", "PDF").text("bank_name", "acme");
        assertError(upload(ApiWorld.KEY, form), 400, "INVALID_BANK_NAME", "Please use following bank strings: [hdfc, sbi]");
    }

    @Test
    void missingFileObject() {
        Multipart form = new Multipart().text("session_id", world.session()).text("upload_type", "PDF");
        assertError(upload(ApiWorld.KEY, form), 400, "MISSING_FILE_OBJECT", "This file object is required");
    }

    @Test
    void fileNotSentAsAFormField() {
        String json = "{\"session_id\":\"" + world.session() + "\",\"upload_type\":\"PDF\",\"file\":\"" + typical("hdfc").base64() + "\"}";
        assertError(client.postJson(UPLOAD, ApiWorld.KEY, json), 400, "INVALID_FILE_OBJECT",
                "This field must be present as a form field. Send request with correct content type");
        Reply raw = client.send(client.request(UPLOAD + "?session_id=" + world.session() + "&upload_type=PDF")
                .header("x-api-key", ApiWorld.KEY).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(typical("hdfc").bytes())).build());
        assertError(raw, 400, "INVALID_FILE_OBJECT",
                "This field must be present as a form field. Send request with correct content type");
    }

    @Test
    void invalidBase64() {
        Multipart form = new Multipart().text("session_id", world.session()).text("upload_type", "BASE64")
                .text("file", "this is *not* base64!");
        assertError(upload(ApiWorld.KEY, form), 400, "INVALID_BASE_64", "Invalid Base 64 string");
    }

    @Test
    void invalidFileUrlIncludingInternalAddresses() {
        for (String url : List.of("http://169.254.169.254/latest/meta-data/", "http://10.0.0.7/s.pdf",
                "file:///etc/passwd", "http://127.0.0.1:" + filesPort + "/missing.pdf", "not a url")) {
            Reply reply = client.postForm(UPLOAD, ApiWorld.KEY, fields("session_id", world.session(), "upload_type", "PDF",
                    "file_url", url));
            assertError(reply, 400, "INVALID_FILE_URL", "This file url is invalid");
        }
    }

    @Test
    void emptyFile() {
        assertError(upload(ApiWorld.KEY, pdf(world.session(), new byte[0])), 400, "EMPTY_FILE", "File object is empty");
    }

    @Test
    void corruptFileIsAnInvalidFileObject() {
        assertError(upload(ApiWorld.KEY, pdf(world.session(), "GIF89a not a pdf".getBytes(StandardCharsets.US_ASCII))),
                400, "INVALID_FILE_OBJECT", "File object is invalid");
    }

    @Test
    void passwordMissingEmptyOrWrong() {
        byte[] locked = typical("hdfc").password("s3cret").bytes();
        String session = world.session();
        assertError(upload(ApiWorld.KEY, pdf(session, locked)), 400, "PASSWORD_INCORRECT", "The provided password is incorrect");
        assertError(upload(ApiWorld.KEY, pdf(session, locked).text("pdf_password", "")), 400, "PASSWORD_INCORRECT",
                "The provided password is incorrect");
        assertError(upload(ApiWorld.KEY, pdf(session, locked).text("pdf_password", "wrong")), 400, "PASSWORD_INCORRECT",
                "The provided password is incorrect");
        assertEquals(200, upload(ApiWorld.KEY, pdf(session, locked).text("pdf_password", "s3cret")).status());
    }

    @Test
    void scannedPdf() {
        assertError(upload(ApiWorld.KEY, pdf(world.session(), typical("hdfc").scanned().bytes())), 400, "PDF_IS_IMAGE",
                "Scanned images are not supported");
    }

    @Test
    void bankUndetectedAndMismatch() {
        byte[] unknown = ApiWorld.statementOfNoKnownBank().credit("2024-01-02", "10.00", "X").bytes();
        assertError(upload(ApiWorld.KEY, pdf(world.session(), unknown)), 400, "BANK_NAME_UNDETECTED",
                "Unable to detect bank. Please provide BANK NAME.");
        assertError(upload(ApiWorld.KEY, pdf(world.session(), typical("hdfc").bytes()).text("bank_name", "sbi")), 400,
                "BANK_NAME_MISMATCH", "Not sbi bank statement");
    }

    @Test
    void unsupportedFormat() {
        assertError(upload(ApiWorld.KEY, pdf(world.session(), typical("hdfc").unknownLayout().bytes())), 400,
                "STATEMENT_UNSUPPORTED_FORMAT", "The statement format is not supported");
        assertError(upload(ApiWorld.KEY, pdf(world.session(), ApiWorld.statement("hdfc").bytes())), 400,
                "STATEMENT_UNSUPPORTED_FORMAT", "The statement format is not supported");
    }

    @Test
    void accountCategoryNotAllowed() {
        String session = world.session(ApiWorld.INDIVIDUALS_KEY, "01/11/2023", "30/04/2024", "");
        assertError(upload(ApiWorld.INDIVIDUALS_KEY, pdf(session, typical("hdfc").category("corporate").bytes())), 400,
                "INVALID_ACCOUNT_CATEGORY", "Account category is invalid");
    }

    @Test
    void duplicateStatement() {
        String session = world.session();
        assertEquals(200, upload(ApiWorld.KEY, pdf(session, typical("hdfc").bytes())).status());
        Reply again = upload(ApiWorld.KEY, pdf(session, typical("hdfc").bytes()));
        assertError(again, 400, "STATEMENT_DUPLICATE", "A duplicate statement has been detected");
        assertEquals(session, again.json().get("session_id").asText());
        // same transactions re-sent as base64: a different transport, the same statement
        Multipart asBase64 = new Multipart().text("session_id", session).text("upload_type", "BASE64")
                .text("file", typical("hdfc").base64());
        assertError(upload(ApiWorld.KEY, asBase64), 400, "STATEMENT_DUPLICATE", "A duplicate statement has been detected");
    }

    @Test
    void outOfDateRange() {
        String session = world.session(ApiWorld.KEY, "01/01/2024", "31/01/2024", "");
        byte[] outside = ApiWorld.statement("hdfc").credit("2023-06-01", "10.00", "OLD").bytes();
        assertError(upload(ApiWorld.KEY, pdf(session, outside)), 400, "OUT_OF_DATE_RANGE", "No transactions in expected date range");
    }

    // ---- order between rows

    @Test
    void theFirstFailingRuleWins() {
        // bad key beats a missing session id
        assertError(upload("nope", new Multipart().text("upload_type", "PDF")), 403, "INVALID_API_KEY",
                "Authentication credentials were not provided.");
        // a missing session id beats everything about the file
        assertError(upload(ApiWorld.KEY, new Multipart().text("upload_type", "PDF")), 400, "INVALID_REQUEST", "Invalid request");
        // an unknown session beats a missing file and an unknown bank
        assertError(upload(ApiWorld.KEY, new Multipart().text("session_id", "nope").text("upload_type", "PDF")
                .text("bank_name", "acme")), 400, "SESSION_NOT_FOUND", "The provided Session ID is invalid");
        // an unknown bank beats a corrupt file
        assertError(upload(ApiWorld.KEY, pdf(world.session(), "junk".getBytes(StandardCharsets.US_ASCII)).text("bank_name", "acme")),
                400, "INVALID_BANK_NAME", "Please use following bank strings: [hdfc, sbi]");
        // a wrong password beats a bank mismatch
        assertError(upload(ApiWorld.KEY, pdf(world.session(), typical("hdfc").password("p").bytes()).text("bank_name", "sbi")),
                400, "PASSWORD_INCORRECT", "The provided password is incorrect");
        // a mismatch beats an unsupported layout
        assertError(upload(ApiWorld.KEY, pdf(world.session(), typical("hdfc").unknownLayout().bytes()).text("bank_name", "sbi")),
                400, "BANK_NAME_MISMATCH", "Not sbi bank statement");
    }

    @Test
    void malformedMultipartIsInvalidRequestButOnlyAfterAuth() {
        HttpRequest.Builder b = client.request(UPLOAD).header("Content-Type", "multipart/form-data; boundary=zzz")
                .POST(HttpRequest.BodyPublishers.ofString("garbage"));
        assertError(client.send(b.build()), 403, "INVALID_API_KEY", "Authentication credentials were not provided.");
        Reply reply = client.send(b.header("x-api-key", ApiWorld.KEY).build());
        assertError(reply, 400, "INVALID_REQUEST", "Invalid request");
        assertTrue(reply.json().get("error").get("fields").has("body"));
    }

    @Test
    void bodyOverTheLimitIsFileTooLarge() {
        Multipart form = pdf(world.session(), new byte[(int) (ApiWorld.BODY_LIMIT * 3 / 2)]);
        // Half as much again as the limit: the client is still sending when the server has its answer. The server
        // drains a body up to twice the limit before answering, so the client reads the 413; closing with the
        // body unread reset the connection ("header parser received no bytes": shown to fail every time).
        for (int attempt = 0; attempt < 5; attempt++) {
            assertError(upload(ApiWorld.KEY, form), 413, "FILE_TOO_LARGE", "File is too large");
        }
    }
}
