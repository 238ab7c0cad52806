package dev.passbook.adapters.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import dev.passbook.adapters.http.TestClient;
import dev.passbook.adapters.http.TestClient.Multipart;
import dev.passbook.adapters.http.TestClient.Reply;
import dev.passbook.adapters.http.routing.AccessScope;
import dev.passbook.adapters.http.routing.ApiRoutes;
import dev.passbook.adapters.http.routing.Route;
import dev.passbook.adapters.http.testing.ApiWorld;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.fixtures.StatementFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /openapi.json} against the router (every route and every status it can answer, nothing
 * else) and against real responses: each body sent over a real socket validates against the schema
 * the document gives for its route and status. The 408, the busy 503 and the 500 need deadlines,
 * admission limits and a failing endpoint this fixture does not have: {@code ConnectionLimitsTest} and
 * {@code HttpTransportTest} produce and validate them.
 */
class OpenApiTest {

    private static final String UPLOAD = ApiRoutes.UPLOAD_STATEMENT.template();
    private static final String SESSION = ApiRoutes.CREATE_SESSION.template();
    private static ApiWorld world;
    private static JsonNode spec;
    private static OpenApiSchemas schemas;

    @BeforeAll
    static void start() {
        world = new ApiWorld();
        spec = world.client.get("/openapi.json", null).json();
        schemas = new OpenApiSchemas(spec);
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    void describesExactlyTheRoutesOfTheRouter() {
        Set<String> registered = new TreeSet<>();
        for (Route route : world.api.router().routes()) {
            registered.add(route.method() + " " + route.template());
        }
        Set<String> described = new TreeSet<>();
        spec.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> described.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        assertEquals(registered, described);
    }

    /**
     * The statuses each route can answer, from what the handler does with its kind of route: every
     * route 200, 400 (a malformed query, or a request Jetty rejects) and 500; routes under the
     * access rules 402 and 403; routes that read a body 408 and 413; the upload 503 (admission and
     * readers); session reads 404; {@code /ready} 503.
     */
    @Test
    void describesEveryStatusEachRouteCanAnswerAndNoOther() {
        for (Route route : world.api.router().routes()) {
            Set<String> expected = new TreeSet<>(List.of("200", "400", "500"));
            if (route.scope() != AccessScope.PUBLIC) {
                expected.addAll(List.of("402", "403"));
            }
            if (route.readsBody()) {
                expected.addAll(List.of("408", "413"));
            }
            if (route.equals(ApiRoutes.UPLOAD_STATEMENT) || route.equals(ApiRoutes.READY)) {
                expected.add("503");
            }
            if (route.template().contains("{session_id}")) {
                expected.add("404");
            }
            Set<String> described = new TreeSet<>();
            operation(route.method(), route.template()).get("responses").fieldNames().forEachRemaining(described::add);
            assertEquals(expected, described, route.method() + " " + route.template());
        }
    }

    @Test
    void everyErrorCodeIsDescribedAndNoOther() {
        Set<String> described = new TreeSet<>();
        spec.get("paths").forEach(path -> path.forEach(op -> op.get("responses").forEach(response ->
                response.findValues("enum").forEach(e -> {
                    if (response.toString().contains("ErrorEnvelope")) {
                        e.forEach(code -> described.add(code.asText()));
                    }
                }))));
        // 404 NOT_FOUND and 405 METHOD_NOT_ALLOWED answer paths or methods no operation has: the info says so
        Set<String> codes = Arrays.stream(ErrorCode.values()).map(ErrorCode::code)
                .filter(c -> !c.equals("NOT_FOUND") && !c.equals("METHOD_NOT_ALLOWED")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(codes, described);
        String info = spec.get("info").get("description").asText();
        assertTrue(info.contains("NOT_FOUND") && info.contains("METHOD_NOT_ALLOWED"), info);
    }

    @Test
    void everyOperationNeedsTheKeyExceptTheProbes() {
        assertEquals("x-api-key", spec.at("/components/securitySchemes/apiKey/name").asText());
        for (Route route : world.api.router().routes()) {
            JsonNode security = operation(route.method(), route.template()).get("security");
            boolean open = security != null && security.isEmpty();
            assertEquals(route.scope() == AccessScope.PUBLIC, open, route.template());
        }
    }

    @Test
    void realResponsesMatchTheirSchemas() {
        TestClient client = world.client;
        String session = world.session(ApiWorld.KEY, "01/11/2023", "30/04/2024", "\"metadata\":{\"names\":[\"RAVI KUMAR\"]}");
        conforms("POST", SESSION, 200, client.postJson(SESSION, ApiWorld.KEY, "{\"link_id\":\"x\"}"));
        conforms("POST", SESSION, 400, client.postJson(SESSION, ApiWorld.KEY, "{\"link_id\":\"x\",\"from_date\":\"2024-01-01\",\"to_date\":\"02/02/2024\"}"));
        conforms("POST", SESSION, 400, client.postJson(SESSION, ApiWorld.KEY, "{"));
        conforms("POST", SESSION, 403, client.postJson(SESSION, null, "{}"));
        conforms("POST", SESSION, 403, client.postJson(SESSION, ApiWorld.NO_FLOW_KEY, "{}"));
        conforms("POST", SESSION, 402, client.postJson(SESSION, ApiWorld.EXPIRED_KEY, "{}"));
        conforms("POST", SESSION, 413, client.postJson(SESSION, ApiWorld.KEY, "x".repeat((int) ApiWorld.BODY_LIMIT + 1)));

        byte[] statement = UploadApiTest.typical("hdfc").bytes();
        conforms("POST", UPLOAD, 200, upload(session, "", statement));
        conforms("POST", UPLOAD, 200, upload(world.session(), "?identity=true&progress=true", statement));
        conforms("POST", UPLOAD, 200, upload(world.session(), "", StatementFile.of("hdfc").period("2024-01-01", "2024-01-31")
                .credit("2024-01-02", "10.00", "A").tamperBalance(0, "9999.00").bytes()));
        conforms("POST", UPLOAD, 400, upload("no-such-session", "", statement));
        conforms("POST", UPLOAD, 400, upload(session, "", statement)); // the same statement again: duplicate

        for (Route read : List.of(ApiRoutes.SESSION_PROGRESS, ApiRoutes.SESSION_UPLOAD_STATUS, ApiRoutes.SESSION_IDENTITY,
                ApiRoutes.SESSION_TRANSACTIONS)) {
            conforms("GET", read.template(), 200, client.get(read.template().replace("{session_id}", session), ApiWorld.KEY));
            conforms("GET", read.template(), 200, client.get(read.template().replace("{session_id}", world.session()), ApiWorld.KEY));
            conforms("GET", read.template(), 404, client.get(read.template().replace("{session_id}", "nope"), ApiWorld.KEY));
        }
        String catalogue = ApiRoutes.BANK_CATALOGUE.template();
        conforms("GET", catalogue, 200, client.get(catalogue, ApiWorld.KEY));
        conforms("GET", catalogue, 200, client.get(catalogue, ApiWorld.NO_FLOW_KEY));
        JsonNode badQuery = rawGet(catalogue + "?a=%zz", 400);
        assertTrue(errors("GET", catalogue, 400, badQuery).isEmpty(), badQuery.toString());

        conforms("GET", "/health", 200, client.get("/health", null));
        conforms("GET", "/ready", 200, client.get("/ready", null));
        world.readiness.set(Map.of("database", "unreachable"));
        try {
            conforms("GET", "/ready", 503, client.get("/ready", null));
        } finally {
            world.readiness.set(Map.of());
        }
        conforms("GET", "/openapi.json", 200, client.get("/openapi.json", null));
    }

    @Test
    void aBodyThatBreaksTheSchemaIsCaught() {
        // the check itself can fail: a catalogue answer with a bank missing its id does not validate
        Reply real = world.client.get(ApiRoutes.BANK_CATALOGUE.template(), ApiWorld.KEY);
        ObjectNode broken = real.json().deepCopy();
        ((ObjectNode) broken.get("banks").get(0)).remove("bank_name");
        assertFalse(errors("GET", ApiRoutes.BANK_CATALOGUE.template(), 200, broken).isEmpty());
        ObjectNode extra = real.json().deepCopy();
        extra.put("surprise", 1);
        assertFalse(errors("GET", ApiRoutes.BANK_CATALOGUE.template(), 200, extra).isEmpty());
    }

    /** A GET the JDK client refuses to send (a broken percent-escape), written on a socket. */
    private static JsonNode rawGet(String pathAndQuery, int status) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", world.server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: x\r\nx-api-key: " + ApiWorld.KEY
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 " + status + " "), response);
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Reply upload(String session, String query, byte[] file) {
        return world.client.postMultipart(UPLOAD + query, ApiWorld.KEY,
                new Multipart().text("session_id", session).text("upload_type", "PDF").file("file", "s.pdf", file));
    }

    private static void conforms(String method, String template, int status, Reply reply) {
        assertEquals(status, reply.status(), method + " " + template + ": " + reply.raw().body());
        schemas.assertConforms(method, template, status, reply.json());
    }

    private static List<Error> errors(String method, String template, int status, JsonNode body) {
        return schemas.errors(method, template, status, body);
    }

    private static JsonNode operation(String method, String template) {
        return schemas.operation(method, template);
    }
}
