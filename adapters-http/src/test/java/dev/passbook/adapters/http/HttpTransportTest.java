package dev.passbook.adapters.http;

import dev.passbook.adapters.http.api.OpenApiSchemas;
import dev.passbook.adapters.http.routing.AccessScope;
import dev.passbook.adapters.http.routing.ApiRoutes;
import dev.passbook.adapters.http.routing.Route;
import dev.passbook.adapters.http.routing.Router;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The transport rules over a real socket: routing, the envelope, access rules before the body,
 * the body limit, and the 500 path. Endpoints here are stubs; the real ones have their own tests.
 */
class HttpTransportTest {

    private static final long LIMIT = 64 * 1024;
    private static final String UPLOAD = "/bank-connect/v1/statement/upload_session/";
    private static HttpApiServer server;
    private static TestClient client;
    private static final AtomicInteger uploadCalls = new AtomicInteger();

    @BeforeAll
    static void start() {
        AccessCheck access = (key, scope) -> {
            String k = key.getOrElse("");
            if (k.equals("good")) {
                return Option.none();
            }
            if (k.equals("expired")) {
                return Option.some(UploadError.of(ErrorCode.TRIAL_PERIOD_EXPIRED, Map.of("operator", "FinBox")));
            }
            if (k.equals("noflow")) {
                return scope == AccessScope.SESSION_FLOW ? Option.some(UploadError.of(ErrorCode.ROUTE_NOT_ALLOWED)) : Option.none();
            }
            return Option.some(UploadError.of(ErrorCode.INVALID_API_KEY));
        };
        List<Tuple2<Route, Endpoint>> bindings = ApiRoutes.all().map(route -> Tuple.of(route, (Endpoint) request -> {
            if (route == ApiRoutes.BANK_CATALOGUE && request.flag("explode")) {
                throw new IllegalStateException("SELECT * FROM secrets -- dev.passbook.Secret");
            }
            if (route == ApiRoutes.UPLOAD_STATEMENT) {
                uploadCalls.incrementAndGet();
            }
            Map<String, Object> body = new HashMap<>();
            body.put("route", route.template());
            body.put("params", request.pathParams().toJavaMap());
            body.put("body_length", request.body().length);
            body.put("identity", request.flag("identity"));
            return ApiResponse.ok(body);
        }));
        server = HttpApiServer.start(HttpSettings.onPort(0).withHost("127.0.0.1").withMaxBodyBytes(LIMIT),
                Router.of(bindings), access);
        client = new TestClient(server.baseUri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertEnvelope(TestClient.Reply reply, int status, String code, String message) {
        assertEquals(status, reply.status(), reply.raw().body());
        assertEquals(code, reply.code());
        assertEquals(message, reply.message());
        assertEquals("", reply.json().get("session_id").asText());
        assertEquals("", reply.json().get("statement_id").asText());
        assertTrue(reply.raw().headers().firstValue("content-type").orElse("").startsWith("application/json"));
    }

    @Test
    void everyRouteAnswersWithAndWithoutTrailingSlash() {
        for (String path : List.of("/bank-connect/v1/banks/catalogue/", "/bank-connect/v1/banks/catalogue",
                "/bank-connect/v1/session_data/s-1/transactions/", "/bank-connect/v1/session_data/s-1/transactions")) {
            TestClient.Reply reply = client.get(path, "good");
            assertEquals(200, reply.status(), path);
        }
        TestClient.Reply withParam = client.get("/bank-connect/v1/session_data/s-1/identity", "good");
        assertEquals("s-1", withParam.json().get("params").get("session_id").asText());
        assertEquals(200, client.postJson("/bank-connect/v1/session", "good", "{}").status());
    }

    @Test
    void unknownRouteIs404WithTheEnvelopeEvenWithoutAKey() {
        assertEnvelope(client.get("/bank-connect/v1/nope/", null), 404, "NOT_FOUND", "Not found");
        assertEnvelope(client.get("/", "good"), 404, "NOT_FOUND", "Not found");
        assertEnvelope(client.get("/bank-connect/v1/session_data//progress/", "good"), 404, "NOT_FOUND", "Not found");
    }

    @Test
    void wrongMethodIs405WithAllowHeader() {
        TestClient.Reply reply = client.get(UPLOAD, "good");
        assertEnvelope(reply, 405, "METHOD_NOT_ALLOWED", "Method not allowed");
        assertEquals("POST", reply.raw().headers().firstValue("allow").orElse(""));
        TestClient.Reply delete = client.send(client.request("/bank-connect/v1/banks/catalogue/").DELETE().build());
        assertEnvelope(delete, 405, "METHOD_NOT_ALLOWED", "Method not allowed");
    }

    @Test
    void accessRulesAnswerBeforeTheEndpointRuns() {
        int before = uploadCalls.get();
        assertEnvelope(client.postJson(UPLOAD, null, "{}"), 403, "INVALID_API_KEY", "Authentication credentials were not provided.");
        assertEnvelope(client.postJson(UPLOAD, "", "{}"), 403, "INVALID_API_KEY", "Authentication credentials were not provided.");
        assertEnvelope(client.postJson(UPLOAD, "wrong", "{}"), 403, "INVALID_API_KEY", "Authentication credentials were not provided.");
        assertEnvelope(client.postJson(UPLOAD, "expired", "{}"), 402, "TRIAL_PERIOD_EXPIRED",
                "Your trial period has expired. Please request FinBox to upgrade your plan");
        assertEnvelope(client.postJson(UPLOAD, "noflow", "{}"), 403, "ROUTE_NOT_ALLOWED", "Route not allowed");
        assertEquals(before, uploadCalls.get());
        assertEquals(200, client.get("/bank-connect/v1/banks/catalogue/", "noflow").status());
    }

    @Test
    void bodyOverTheLimitIs413FromContentLengthBeforeAnyByteIsSent() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + UPLOAD + " HTTP/1.1\r\nHost: x\r\nx-api-key: good\r\nExpect: 100-continue\r\n"
                    + "Content-Type: application/octet-stream\r\nContent-Length: " + (LIMIT + 1) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = readHead(socket.getInputStream());
            assertTrue(response.startsWith("HTTP/1.1 413"), response);
            assertTrue(response.contains("\"code\":\"FILE_TOO_LARGE\""), response);
        }
    }

    @Test
    void unauthenticatedCallerGets403NotTheBodyLimit() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST " + UPLOAD + " HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                    + "Content-Length: " + (LIMIT * 10) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String response = readHead(socket.getInputStream());
            assertTrue(response.startsWith("HTTP/1.1 403"), response);
            assertTrue(response.contains("INVALID_API_KEY"), response);
            assertTrue(response.toLowerCase(java.util.Locale.ROOT).contains("connection: close"), response);
        }
    }

    @Test
    void bodyOverTheLimitIs413WhileStreamingWithoutContentLength() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + UPLOAD + " HTTP/1.1\r\nHost: x\r\nx-api-key: good\r\n"
                    + "Content-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[4096];
            for (int sent = 0; sent <= LIMIT; sent += chunk.length) {
                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
            String response = readHead(socket.getInputStream());
            assertTrue(response.startsWith("HTTP/1.1 413"), response);
            assertTrue(response.contains("FILE_TOO_LARGE"), response);
        }
    }

    @Test
    void aBodyShorterThanItsContentLengthIs400NotAnInternalError() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + UPLOAD + " HTTP/1.1\r\nHost: x\r\nx-api-key: good\r\n"
                    + "Content-Type: application/octet-stream\r\nContent-Length: 5000\r\n\r\nonly a few bytes")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.shutdownOutput();
            String response = readHead(socket.getInputStream());
            assertTrue(response.startsWith("HTTP/1.1 400"), response);
            assertTrue(response.contains("\"code\":\"INVALID_REQUEST\""), response);
        }
    }

    @Test
    void aBrokenChunkSizeIs400NotAnInternalError() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST " + UPLOAD + " HTTP/1.1\r\nHost: x\r\nx-api-key: good\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String response = readHead(socket.getInputStream());
            assertTrue(response.startsWith("HTTP/1.1 400"), response);
            assertTrue(response.contains("INVALID_REQUEST"), response);
        }
    }

    @Test
    void connectionStaysUsableAfterARefusalThatDidNotReadTheBody() {
        for (int i = 0; i < 3; i++) {
            TestClient.Reply refused = client.postJson(UPLOAD, "wrong", "{\"session_id\":\"x\"}");
            assertEquals(403, refused.status());
        }
        assertEquals(200, client.postJson(UPLOAD, "good", "{}").status());
    }

    @Test
    void refusalOfABodyWithinTheLimitIsAnsweredAndKeepsTheConnection() {
        for (int i = 0; i < 5; i++) {
            HttpRequest request = client.request(UPLOAD).header("x-api-key", "wrong")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[(int) LIMIT - 1_000])).build();
            TestClient.Reply reply = client.send(request);
            assertEquals(403, reply.status());
            assertEquals("", reply.raw().headers().firstValue("connection").orElse(""));
        }
        assertEquals(200, client.get("/bank-connect/v1/banks/catalogue/", "good").status());
    }

    @Test
    void bodyAtTheLimitIsAccepted() {
        HttpRequest request = client.request(UPLOAD).header("x-api-key", "good")
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[(int) LIMIT])).build();
        TestClient.Reply reply = client.send(request);
        assertEquals(200, reply.status());
        assertEquals(LIMIT, reply.json().get("body_length").asLong());
    }

    @Test
    void chunkedBodyUnderTheLimitIsReadWhole() {
        HttpRequest request = client.request(UPLOAD).header("x-api-key", "good")
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[10_000]))).build();
        assertEquals(10_000, client.send(request).json().get("body_length").asInt());
    }

    @Test
    void queryFlagsReachTheEndpoint() {
        assertTrue(client.get("/bank-connect/v1/banks/catalogue/?identity=true", "good").json().get("identity").asBoolean());
        assertTrue(client.get("/bank-connect/v1/banks/catalogue/?identity=TRUE", "good").json().get("identity").asBoolean());
        assertFalse(client.get("/bank-connect/v1/banks/catalogue/?identity=yes", "good").json().get("identity").asBoolean());
        assertFalse(client.get("/bank-connect/v1/banks/catalogue/", "good").json().get("identity").asBoolean());
    }

    @Test
    void unexpectedFailureIs500WithACorrelationIdAndNoInternals() {
        TestClient.Reply reply = client.get("/bank-connect/v1/banks/catalogue/?explode=true", "good");
        assertEquals(500, reply.status());
        assertEquals("INTERNAL_ERROR", reply.code());
        assertTrue(reply.message().matches("Internal error\\. Reference: [0-9a-f-]{36}"), reply.message());
        String body = reply.raw().body();
        assertFalse(body.contains("SELECT"), body);
        assertFalse(body.contains("IllegalStateException"), body);
        assertFalse(body.contains("dev.passbook"), body);
        OpenApiSchemas.served().assertConforms("GET", "/bank-connect/v1/banks/catalogue/", 500, reply.json());
    }

    @Test
    void malformedRequestsRejectedByJettyStillGetTheEnvelope() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("GET /bank-connect/v1/%zz HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String response = readAll(socket.getInputStream());
            assertTrue(response.startsWith("HTTP/1.1 400"), response);
            assertTrue(response.contains("\"code\":\"INVALID_REQUEST\""), response);
            assertFalse(response.toLowerCase().contains("<html"), response);
        }
    }

    private static String readHead(InputStream in) throws Exception {
        StringBuilder sb = new StringBuilder();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) != -1) {
            sb.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
            if (sb.indexOf("}}") >= 0) {
                break;
            }
        }
        return sb.toString();
    }

    private static String readAll(InputStream in) throws Exception {
        return readHead(in);
    }
}
