package dev.passbook.adapters.http.api;

import dev.passbook.adapters.http.TestClient;
import dev.passbook.adapters.http.testing.ApiWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /health}, {@code /ready} and {@code /openapi.json} over a real socket: no key, fast, as documented. */
class ProbeRoutesTest {

    private static ApiWorld world;

    @BeforeAll
    static void start() {
        world = new ApiWorld();
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @BeforeEach
    void allReady() {
        world.readiness.set(Map.of());
    }

    @Test
    void healthAnswersWithoutAKeyWithAndWithoutTheTrailingSlash() {
        for (String path : new String[] {"/health", "/health/"}) {
            TestClient.Reply reply = world.client.get(path, null);
            assertEquals(200, reply.status(), path);
            assertEquals("{\"status\":\"up\"}", reply.raw().body(), path);
            assertEquals("application/json; charset=utf-8", reply.raw().headers().firstValue("content-type").orElse(""));
        }
    }

    @Test
    void aWrongKeyDoesNotMatterToTheProbes() {
        assertEquals(200, world.client.get("/health", "not-a-key").status());
        assertEquals(200, world.client.get("/ready", "not-a-key").status());
        assertEquals(200, world.client.get("/openapi.json", "not-a-key").status());
    }

    @Test
    void readyListsItsChecksAndIs503WhenOneFails() {
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("database", "ok");
        checks.put("migrations", "ok");
        world.readiness.set(checks);
        TestClient.Reply ready = world.client.get("/ready", null);
        assertEquals(200, ready.status());
        assertEquals("{\"status\":\"ready\",\"checks\":{\"database\":\"ok\",\"migrations\":\"ok\"}}", ready.raw().body());

        checks = new LinkedHashMap<>(checks);
        checks.put("migrations", "pending");
        world.readiness.set(checks);
        TestClient.Reply notReady = world.client.get("/ready", null);
        assertEquals(503, notReady.status());
        assertEquals("not_ready", notReady.json().get("status").asText());
        assertEquals("pending", notReady.json().get("checks").get("migrations").asText());
        assertEquals("ok", notReady.json().get("checks").get("database").asText());
        assertTrue(notReady.raw().headers().firstValue("Retry-After").isPresent(), "a 503 says when to ask again");
    }

    @Test
    void probesAreGetOnly() {
        TestClient.Reply reply = world.client.send(world.client.request("/health")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertEquals(405, reply.status());
        assertEquals("METHOD_NOT_ALLOWED", reply.code());
        assertEquals("GET", reply.raw().headers().firstValue("Allow").orElse(""));
    }

    @Test
    void theApiRoutesStillNeedAKey() {
        assertEquals("INVALID_API_KEY", world.client.get("/bank-connect/v1/banks/catalogue/", null).code());
    }

    @Test
    void theDescriptionIsServedAsOpenApi31() {
        TestClient.Reply reply = world.client.get("/openapi.json", null);
        assertEquals(200, reply.status());
        assertTrue(reply.json().get("openapi").asText().startsWith("3.1."), reply.json().get("openapi").asText());
    }
}
