package dev.passbook.adapters.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passbook.adapters.http.TestClient;
import dev.passbook.adapters.http.TestClient.Multipart;
import dev.passbook.adapters.http.TestClient.Reply;
import dev.passbook.adapters.http.testing.ApiWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Session creation, the session read endpoints and the catalogue over a real socket. */
class SessionApiTest {

    private static final String SESSION = "/bank-connect/v1/session/";
    private static final String UPLOAD = "/bank-connect/v1/statement/upload_session/";
    private static final List<String> READS = List.of("progress", "session_upload_status", "identity", "transactions");
    private static ApiWorld world;
    private static TestClient client;

    @BeforeAll
    static void start() {
        world = new ApiWorld();
        client = world.client;
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    private static Reply create(String json) {
        return client.postJson(SESSION, ApiWorld.KEY, json);
    }

    private static void assertError(Reply reply, int status, String code, String message) {
        assertEquals(status, reply.status(), reply.raw().body());
        assertEquals(code, reply.code(), reply.raw().body());
        assertEquals(message, reply.message(), reply.raw().body());
        assertTrue(reply.json().has("session_id") && reply.json().has("statement_id"), reply.raw().body());
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Reply uploadPdf(String key, String session, byte[] file) {
        return client.postMultipart(UPLOAD, key, new Multipart().text("session_id", session).text("upload_type", "PDF")
                .file("file", "s.pdf", file));
    }

    private static String read(String session, String what) {
        return "/bank-connect/v1/session_data/" + session + "/" + what + "/";
    }

    // ---- creation

    @Test
    void createsASessionWithTheGivenPeriodAndExpiry() {
        Reply reply = create("{\"link_id\":\"cust-1\",\"from_date\":\"01/11/2023\",\"to_date\":\"30/04/2024\",\"session_expiry\":60}");
        assertEquals(200, reply.status(), reply.raw().body());
        assertEquals(List.of("session_id", "link_id", "from_date", "to_date", "expires_at"), keys(reply.json()));
        assertTrue(reply.json().get("session_id").asText().matches("[0-9a-f-]{36}"));
        assertEquals("cust-1", reply.json().get("link_id").asText());
        assertEquals("2023-11-01", reply.json().get("from_date").asText());
        assertEquals("2024-04-30", reply.json().get("to_date").asText());
        assertEquals("2024-04-15T11:00:00Z", reply.json().get("expires_at").asText());
    }

    @Test
    void defaultsToTheLastSixMonthsAndOneDayOfExpiry() {
        Reply reply = create("{\"link_id\":\"cust-2\"}");
        assertEquals(200, reply.status(), reply.raw().body());
        assertEquals("2023-10-15", reply.json().get("from_date").asText());
        assertEquals("2024-04-15", reply.json().get("to_date").asText());
        assertEquals("2024-04-16T10:00:00Z", reply.json().get("expires_at").asText());
    }

    @Test
    void acceptsAFormBodyAndJsonSentWithCurlsDefaultContentType() {
        Reply form = client.postForm(SESSION, ApiWorld.KEY, TestClient.fields("link_id", "f-1", "from_date", "01/01/2024",
                "to_date", "31/01/2024"));
        assertEquals(200, form.status(), form.raw().body());
        assertEquals("2024-01-31", form.json().get("to_date").asText());
        Reply mislabelled = client.send(client.request(SESSION).header("x-api-key", ApiWorld.KEY)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"link_id\":\"m-1\"}")).build());
        assertEquals(200, mislabelled.status(), mislabelled.raw().body());
        assertEquals("m-1", mislabelled.json().get("link_id").asText());
    }

    @Test
    void linkIdMissingOrTooLongIsInvalidRequestNamingTheField() {
        for (String body : List.of("{}", "", "{\"link_id\":\"\"}", "{\"link_id\":\"" + "x".repeat(501) + "\"}")) {
            Reply reply = create(body);
            assertError(reply, 400, "INVALID_REQUEST", "Invalid request");
            assertTrue(reply.json().get("error").get("fields").has("link_id"), reply.raw().body());
        }
        assertEquals(200, create("{\"link_id\":\"" + "x".repeat(500) + "\"}").status());
    }

    @Test
    void malformedOrMistypedBodiesAreInvalidRequest() {
        Reply broken = create("{\"link_id\":");
        assertError(broken, 400, "INVALID_REQUEST", "Invalid request");
        assertTrue(broken.json().get("error").get("fields").has("body"));
        Reply notAnObject = create("[\"link_id\"]");
        assertError(notAnObject, 400, "INVALID_REQUEST", "Invalid request");
        Reply objectLinkId = create("{\"link_id\":{\"a\":1}}");
        assertError(objectLinkId, 400, "INVALID_REQUEST", "Invalid request");
        assertTrue(objectLinkId.json().get("error").get("fields").has("link_id"));
        Reply badNames = create("{\"link_id\":\"x\",\"metadata\":{\"names\":\"RAVI\"}}");
        assertError(badNames, 400, "INVALID_REQUEST", "Invalid request");
        assertTrue(badNames.json().get("error").get("fields").has("metadata.names"));
    }

    @Test
    void dateErrors() {
        assertError(create("{\"link_id\":\"x\",\"from_date\":\"2024-01-01\",\"to_date\":\"31/01/2024\"}"), 400,
                "INVALID_DATE_FORMAT", "Dates must be in DD/MM/YYYY format");
        assertError(create("{\"link_id\":\"x\",\"from_date\":\"31/02/2024\",\"to_date\":\"31/03/2024\"}"), 400,
                "INVALID_DATE_FORMAT", "Dates must be in DD/MM/YYYY format");
        assertError(create("{\"link_id\":\"x\",\"from_date\":\"01/01/2024\"}"), 400,
                "MISSING_DATE_FIELD", "Both from_date and to_date must be provided");
        assertError(create("{\"link_id\":\"x\",\"to_date\":\"01/01/2024\"}"), 400,
                "MISSING_DATE_FIELD", "Both from_date and to_date must be provided");
        assertError(create("{\"link_id\":\"x\",\"from_date\":\"01/03/2024\",\"to_date\":\"01/01/2024\"}"), 400,
                "INVALID_DATE_RANGE", "from_date must be before to_date");
    }

    @Test
    void bankNameAndExpiryErrors() {
        assertError(create("{\"link_id\":\"x\",\"bank_name\":\"acme\"}"), 400, "INVALID_BANK_NAME",
                "Please use following bank strings: [hdfc, sbi]");
        for (String expiry : List.of("4", "43201", "\"abc\"", "-5", "10.5")) {
            assertError(create("{\"link_id\":\"x\",\"session_expiry\":" + expiry + "}"), 400, "INVALID_SESSION_EXPIRY",
                    "Min = 5, Max = 43200");
        }
        assertEquals(200, create("{\"link_id\":\"x\",\"session_expiry\":5,\"bank_name\":\"sbi\"}").status());
        assertEquals(200, create("{\"link_id\":\"x\",\"session_expiry\":43200}").status());
    }

    @Test
    void authRulesOnSessionCreation() {
        String body = "{\"link_id\":\"x\"}";
        assertError(client.postJson(SESSION, null, body), 403, "INVALID_API_KEY", "Authentication credentials were not provided.");
        assertError(client.postJson(SESSION, "bogus", body), 403, "INVALID_API_KEY", "Authentication credentials were not provided.");
        assertError(client.postJson(SESSION, ApiWorld.EXPIRED_KEY, body), 402, "TRIAL_PERIOD_EXPIRED",
                "Your trial period has expired. Please request FinBox to upgrade your plan");
        assertError(client.postJson(SESSION, ApiWorld.NO_FLOW_KEY, body), 403, "ROUTE_NOT_ALLOWED", "Route not allowed");
    }

    @Test
    void expectedNamesAreMatchedOnUpload() {
        String session = world.session(ApiWorld.KEY, "01/11/2023", "30/04/2024",
                "\"metadata\":{\"names\":[\"Ravi Kumar\",\"Priya Sharma\"]}");
        Reply reply = uploadPdf(ApiWorld.KEY, session, UploadApiTest.typical("hdfc").bytes());
        JsonNode matches = reply.json().get("metadata_analysis").get("name_matches");
        assertEquals(2, matches.size(), reply.raw().body());
        assertEquals(List.of("name", "matched_name", "score", "matched"), keys(matches.get(0)));
        assertEquals("Ravi Kumar", matches.get(0).get("name").asText());
        assertTrue(matches.get(0).get("matched").asBoolean());
        assertEquals("Priya Sharma", matches.get(1).get("name").asText());
        assertTrue(!matches.get(1).get("matched").asBoolean());
    }

    // ---- reads

    @Test
    void twoStatementsOfOneAccountShareMonthsAndMissingMonths() {
        String session = world.session(); // 2023-11-01 .. 2024-04-30
        byte[] first = ApiWorld.statement("hdfc").credit("2023-11-05", "100.00", "NOV").debit("2023-12-20", "50.00", "DEC").bytes();
        byte[] second = ApiWorld.statement("hdfc").credit("2024-02-01", "70.00", "FEB").debit("2024-03-10", "20.00", "MAR").bytes();
        Reply a = uploadPdf(ApiWorld.KEY, session, first);
        assertEquals(List.of("2023-11", "2023-12"), texts(a.json().get("months")));
        assertEquals(List.of("2024-01", "2024-02", "2024-03", "2024-04"), texts(a.json().get("missing_months")));
        Reply b = uploadPdf(ApiWorld.KEY, session, second);
        assertEquals(List.of("2024-02", "2024-03"), texts(b.json().get("months")));
        assertEquals(List.of("2024-01", "2024-04"), texts(b.json().get("missing_months")));
        assertEquals(a.json().get("account_id").asText(), b.json().get("account_id").asText());

        Reply status = client.get(read(session, "session_upload_status"), ApiWorld.KEY);
        assertEquals(200, status.status(), status.raw().body());
        JsonNode s = status.json();
        assertEquals(List.of("session_id", "session_date_range", "upload_status", "session_expiry_timestamp", "accounts"), keys(s));
        assertEquals("2023-11-01", s.get("session_date_range").get("from_date").asText());
        assertEquals("2024-04-30", s.get("session_date_range").get("to_date").asText());
        assertEquals("completed", s.get("upload_status").asText());
        assertEquals(1, s.get("accounts").size());
        JsonNode account = s.get("accounts").get(0);
        assertEquals("XXXXXXXXXXXXX3333", account.get("account_number").asText());
        assertEquals("hdfc", account.get("bank_name").asText());
        assertEquals(2, account.get("statements").size());
        assertEquals(List.of("statement_id", "statement_status", "error_code", "error_message", "statement_date_range",
                "verdict"), keys(account.get("statements").get(0)));
        assertEquals("VERIFIED", account.get("statements").get(0).get("verdict").asText());
        assertEquals(List.of("2023-11", "2023-12", "2024-02", "2024-03"), texts(account.get("months")));
        assertEquals(List.of("2024-01", "2024-04"), texts(account.get("missing_months")));
        assertEquals("[{\"from_date\":\"2024-01-01\",\"to_date\":\"2024-01-31\"},{\"from_date\":\"2024-04-01\",\"to_date\":\"2024-04-30\"}]",
                account.get("missing_data").toString());
        assertEquals("partial", account.get("account_status").asText());

        Reply progress = client.get(read(session, "progress"), ApiWorld.KEY);
        assertEquals(List.of("session_id", "session_progress", "progress"), keys(progress.json()));
        assertEquals("completed", progress.json().get("session_progress").asText());
        assertEquals(a.json().get("statement_id").asText(), progress.json().get("progress").get(0).get("statement_id").asText());
        assertEquals(b.json().get("statement_id").asText(), progress.json().get("progress").get(1).get("statement_id").asText());

        Reply identity = client.get(read(session, "identity"), ApiWorld.KEY);
        assertEquals(List.of("session_id", "accounts", "identity"), keys(identity.json()));
        assertEquals(1, identity.json().get("identity").size());
        assertEquals("50100111122223333", identity.json().get("identity").get(0).get("account_number").asText());
        assertEquals(2, identity.json().get("accounts").get(0).get("statements").size());

        Reply transactions = client.get(read(session, "transactions"), ApiWorld.KEY);
        JsonNode txAccount = transactions.json().get("accounts").get(0);
        assertEquals(4, txAccount.get("transactions").size());
        JsonNode tx = txAccount.get("transactions").get(0);
        assertEquals(List.of("transaction_note", "hash", "account_id", "statement_id", "transaction_type", "amount",
                "balance", "date", "value_date", "chq_num"), keys(tx));
        assertEquals("NOV", tx.get("transaction_note").asText());
        assertEquals("credit", tx.get("transaction_type").asText());
        assertEquals("2023-11-05", tx.get("date").asText());
        assertTrue(transactions.raw().body().contains("\"amount\":100.00,\"balance\":5100.00"), transactions.raw().body());
        assertEquals("debit", txAccount.get("transactions").get(3).get("transaction_type").asText());
        assertEquals("[]", transactions.json().get("fraud").get("fraudulent_statements").toString());
    }

    @Test
    void transactionHashIsStableForTheSameAccountAcrossSessions() {
        byte[] file = ApiWorld.statement("hdfc").credit("2024-01-05", "10.00", "SAME ROW").bytes();
        String one = world.session();
        String two = world.session();
        uploadPdf(ApiWorld.KEY, one, file);
        uploadPdf(ApiWorld.KEY, two, file);
        String h1 = client.get(read(one, "transactions"), ApiWorld.KEY).json().at("/accounts/0/transactions/0/hash").asText();
        String h2 = client.get(read(two, "transactions"), ApiWorld.KEY).json().at("/accounts/0/transactions/0/hash").asText();
        assertTrue(h1.matches("[0-9a-f]{64}"), h1);
        assertEquals(h1, h2);
        String otherAccount = world.session();
        uploadPdf(ApiWorld.KEY, otherAccount, ApiWorld.statement("hdfc").account("999988887777").credit("2024-01-05", "10.00", "SAME ROW").bytes());
        assertNotEquals(h1, client.get(read(otherAccount, "transactions"), ApiWorld.KEY).json().at("/accounts/0/transactions/0/hash").asText());
    }

    @Test
    void emptySessionReadsAreEmptyNotErrors() {
        String session = world.session();
        Reply status = client.get(read(session, "session_upload_status"), ApiWorld.KEY);
        assertEquals(200, status.status());
        assertEquals("pending", status.json().get("upload_status").asText());
        assertEquals(0, status.json().get("accounts").size());
        assertEquals(0, client.get(read(session, "transactions"), ApiWorld.KEY).json().get("accounts").size());
    }

    @Test
    void unknownOrForeignSessionIs404OnEveryReadRoute() {
        String foreign = world.session(ApiWorld.OTHER_KEY, "01/11/2023", "30/04/2024", "");
        for (String what : READS) {
            Reply unknown = client.get(read("no-such-session", what), ApiWorld.KEY);
            assertError(unknown, 404, "SESSION_NOT_FOUND", "The provided Session ID is invalid");
            assertEquals("", unknown.json().get("session_id").asText());
            assertError(client.get(read(foreign, what), ApiWorld.KEY), 404, "SESSION_NOT_FOUND", "The provided Session ID is invalid");
        }
    }

    @Test
    void authRulesOnReadRoutes() {
        String session = world.session();
        for (String what : READS) {
            assertError(client.get(read(session, what), null), 403, "INVALID_API_KEY", "Authentication credentials were not provided.");
            assertError(client.get(read(session, what), ApiWorld.EXPIRED_KEY), 402, "TRIAL_PERIOD_EXPIRED",
                    "Your trial period has expired. Please request FinBox to upgrade your plan");
            assertError(client.get(read(session, what), ApiWorld.NO_FLOW_KEY), 403, "ROUTE_NOT_ALLOWED", "Route not allowed");
        }
    }

    @Test
    void catalogueListsEveryInstalledBankAndNeedsOnlyAValidKey() {
        Reply reply = client.get("/bank-connect/v1/banks/catalogue/", ApiWorld.NO_FLOW_KEY);
        assertEquals(200, reply.status(), reply.raw().body());
        assertEquals(2, reply.json().get("count").asInt());
        JsonNode hdfc = reply.json().get("banks").get(0);
        assertEquals(List.of("bank_name", "full_name", "ifsc_prefix", "dedicated_parser"), keys(hdfc));
        assertEquals("hdfc", hdfc.get("bank_name").asText());
        assertEquals("HDFC Bank", hdfc.get("full_name").asText());
        assertEquals("HDFC", hdfc.get("ifsc_prefix").asText());
        assertTrue(hdfc.get("dedicated_parser").asBoolean());
        assertEquals("sbi", reply.json().get("banks").get(1).get("bank_name").asText());
        assertError(client.get("/bank-connect/v1/banks/catalogue/", null), 403, "INVALID_API_KEY",
                "Authentication credentials were not provided.");
        assertError(client.get("/bank-connect/v1/banks/catalogue/", ApiWorld.EXPIRED_KEY), 402, "TRIAL_PERIOD_EXPIRED",
                "Your trial period has expired. Please request FinBox to upgrade your plan");
    }
}
