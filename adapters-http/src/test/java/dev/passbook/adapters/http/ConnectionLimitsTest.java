package dev.passbook.adapters.http;

import dev.passbook.adapters.http.api.OpenApiSchemas;
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

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Slow and stalled clients are cut off at the configured deadlines, their worker threads come back,
 * honest clients are not disturbed; a saturated upload route answers 503 SERVICE_BUSY with
 * Retry-After while other routes stay fast. The 408 and 503 bodies match /openapi.json. Deadlines are short here (header 2 s, idle 3 s, at
 * least 2 KB/s after 2 s) so that the test is quick.
 */
class ConnectionLimitsTest {

    private static final String UPLOAD = "/bank-connect/v1/statement/upload_session/";
    private static final String CATALOGUE = "/bank-connect/v1/banks/catalogue/";
    /** The 408 and busy 503 answers are described in /openapi.json; OpenApiTest's fixture cannot produce them. */
    private static final OpenApiSchemas OPENAPI = OpenApiSchemas.served();
    private static final ConnectionLimits LIMITS = new ConnectionLimits(Duration.ofSeconds(3), Duration.ofSeconds(2), 2048,
            Duration.ofSeconds(2));
    private static HttpApiServer server;
    private static HttpApiServer admitting;
    private static TestClient client;
    private static CountDownLatch holdUploads = new CountDownLatch(0);

    @BeforeAll
    static void start() {
        AccessCheck access = (key, scope) -> key.filter(k -> k.startsWith("good")).isDefined() ? Option.none()
                : Option.some(UploadError.of(ErrorCode.INVALID_API_KEY));
        List<Tuple2<Route, Endpoint>> bindings = ApiRoutes.all().map(route -> Tuple.of(route, (Endpoint) request -> {
            if (route == ApiRoutes.UPLOAD_STATEMENT) {
                try {
                    holdUploads.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (request.flag("busy")) {
                    return ErrorEnvelope.response(ErrorCode.SERVICE_BUSY);
                }
            }
            return ApiResponse.ok(Map.of("body_length", request.body().length));
        }));
        HttpSettings settings = HttpSettings.onPort(0).withHost("127.0.0.1").withConnections(LIMITS);
        server = HttpApiServer.start(settings, Router.of(bindings), access);
        admitting = HttpApiServer.start(settings.withAdmission(new AdmissionLimits(2, 1, Duration.ofMillis(300),
                Duration.ofSeconds(7))), Router.of(bindings), access);
        client = new TestClient(server.baseUri());
    }

    @AfterAll
    static void stop() {
        server.close();
        admitting.close();
    }

    /** Reads until the server closes; the text received, and the time it took. */
    private record Outcome(String received, long millis) {
    }

    private static Outcome untilClosed(Socket socket, long startNanos) throws IOException {
        StringBuilder sb = new StringBuilder();
        byte[] buf = new byte[4096];
        try {
            InputStream in = socket.getInputStream();
            for (int n; (n = in.read(buf)) != -1; ) {
                sb.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
            }
        } catch (SocketException reset) {
            // closed with unread bytes in flight: also cut off
        }
        return new Outcome(sb.toString(), (System.nanoTime() - startNanos) / 1_000_000);
    }

    private static Socket connect(HttpApiServer target) throws IOException {
        Socket socket = new Socket("127.0.0.1", target.port());
        socket.setSoTimeout(20_000);
        return socket;
    }

    /** Writes {@code text} one byte every {@code everyMillis} on a thread of its own, until the socket fails. */
    private static Thread trickle(Socket socket, String text, long everyMillis) {
        Thread writer = new Thread(() -> {
            try {
                OutputStream out = socket.getOutputStream();
                for (byte b : text.getBytes(StandardCharsets.US_ASCII)) {
                    out.write(b);
                    out.flush();
                    Thread.sleep(everyMillis);
                }
            } catch (IOException | InterruptedException stopped) {
                // cut off
            }
        }, "trickle");
        writer.setDaemon(true);
        writer.start();
        return writer;
    }

    @Test
    void headersThatTrickleInAreCutOffAtTheHeaderDeadline() throws Exception {
        try (Socket socket = connect(server)) {
            long t0 = System.nanoTime();
            trickle(socket, "GET " + CATALOGUE + " HTTP/1.1\r\nHost: x\r\nx-api-key: good\r\nX-Padding: " + "a".repeat(500) + "\r\n\r\n", 250);

            Outcome outcome = untilClosed(socket, t0);

            assertTrue(outcome.millis() >= 1_900 && outcome.millis() < 2_000 + 1_000 + 2_000,
                    "closed after " + outcome.millis() + " ms (deadline 2 s, sweep 1 s)");
            assertTrue(!outcome.received().contains("200 OK"), outcome.received());
        }
    }

    @Test
    void aBodyThatTricklesInIsAnswered408AtTheMinimumRateAndTheConnectionClosed() throws Exception {
        try (Socket socket = connect(server)) {
            long t0 = System.nanoTime();
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + UPLOAD + " HTTP/1.1\r\nHost: x\r\nx-api-key: good\r\nContent-Type: application/octet-stream\r\n"
                    + "Content-Length: 100000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            trickle(socket, "x".repeat(1_000), 200);

            Outcome outcome = untilClosed(socket, t0);

            assertTrue(outcome.received().startsWith("HTTP/1.1 408"), outcome.received());
            assertTrue(outcome.received().contains("\"code\":\"INVALID_REQUEST\""), outcome.received());
            assertTrue(outcome.received().toLowerCase().contains("connection: close"), outcome.received());
            String body = outcome.received().substring(outcome.received().indexOf("\r\n\r\n") + 4);
            OPENAPI.assertConforms("POST", UPLOAD, 408, new com.fasterxml.jackson.databind.ObjectMapper().readTree(body));
            assertTrue(outcome.millis() >= 1_900 && outcome.millis() < 2_000 + 1_000 + 2_000,
                    "answered after " + outcome.millis() + " ms (grace 2 s, checked every second)");
        }
    }

    @Test
    void aBodyThatStopsIsClosedAtTheIdleTimeout() throws Exception {
        try (Socket socket = connect(server)) {
            long t0 = System.nanoTime();
            socket.getOutputStream().write(("POST " + UPLOAD + " HTTP/1.1\r\nHost: x\r\nx-api-key: good\r\n"
                    + "Content-Length: 1000\r\n\r\nabc").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();

            Outcome outcome = untilClosed(socket, t0);

            // the rate check (grace 2 s) or the idle timeout (3 s), whichever fires first
            assertTrue(outcome.millis() >= 1_900 && outcome.millis() < 3_000 + 3_000, "closed after " + outcome.millis() + " ms");
            assertTrue(!outcome.received().contains("200 OK"), outcome.received());
        }
    }

    @Test
    void slowClientsGiveTheirWorkerThreadsBack() throws Exception {
        // more slow bodies than the server has worker threads (64)
        ExecutorService pool = Executors.newFixedThreadPool(80);
        java.util.List<Future<Outcome>> slow = new ArrayList<>();
        java.util.List<Socket> sockets = new ArrayList<>();
        try {
            long t0 = System.nanoTime();
            for (int i = 0; i < 80; i++) {
                Socket socket = connect(server);
                sockets.add(socket);
                socket.getOutputStream().write(("POST " + UPLOAD + " HTTP/1.1\r\nHost: x\r\nx-api-key: good\r\n"
                        + "Content-Length: 100000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                trickle(socket, "y".repeat(200), 500);
                slow.add(pool.submit(() -> untilClosed(socket, t0)));
            }
            for (Future<Outcome> f : slow) {
                Outcome outcome = f.get(30, TimeUnit.SECONDS);
                assertTrue(outcome.millis() < 15_000, "a slow client held on for " + outcome.millis() + " ms");
            }
            long before = System.nanoTime();
            TestClient.Reply reply = client.get(CATALOGUE, "good");
            assertEquals(200, reply.status());
            assertTrue((System.nanoTime() - before) / 1_000_000 < 2_000, "threads are back");
        } finally {
            pool.shutdownNow();
            for (Socket s : sockets) {
                s.close();
            }
        }
    }

    @Test
    void anHonestUploadAtAReasonableRateIsNotDisturbed() throws Exception {
        try (Socket socket = connect(server)) {
            OutputStream out = socket.getOutputStream();
            int size = 3 * 40 * 1024;
            out.write(("POST " + UPLOAD + " HTTP/1.1\r\nHost: x\r\nx-api-key: good\r\nContent-Type: application/octet-stream\r\n"
                    + "Content-Length: " + size + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 30; i++) { // 4 KB every 100 ms: 40 KB/s for 3 s, past the grace period
                out.write(new byte[4 * 1024]);
                out.flush();
                Thread.sleep(100);
            }
            Outcome outcome = untilClosed(socket, System.nanoTime());
            assertTrue(outcome.received().startsWith("HTTP/1.1 200"), outcome.received());
            assertTrue(outcome.received().contains("\"body_length\":" + size), outcome.received());
        }
    }

    @Test
    void aSaturatedUploadRouteAnswersBusyWithRetryAfterWhileOtherRoutesStayFast() throws Exception {
        TestClient admitted = new TestClient(admitting.baseUri());
        holdUploads = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<TestClient.Reply> held = pool.submit(() -> admitted.postJson(UPLOAD, "good-a", "{}"));
            Thread.sleep(300);

            TestClient.Reply sameKey = admitted.postJson(UPLOAD, "good-a", "{}");
            assertEquals(503, sameKey.status(), sameKey.raw().body());
            assertEquals("SERVICE_BUSY", sameKey.code());
            assertEquals("7", sameKey.raw().headers().firstValue("retry-after").orElse(""));
            OPENAPI.assertConforms("POST", UPLOAD, 503, sameKey.json());

            Future<TestClient.Reply> otherKey = pool.submit(() -> admitted.postJson(UPLOAD, "good-b", "{}"));
            Thread.sleep(300);
            TestClient.Reply third = admitted.postJson(UPLOAD, "good-c", "{}");
            assertEquals(503, third.status(), "two uploads in flight at most");

            long t0 = System.nanoTime();
            assertEquals(200, admitted.get(CATALOGUE, "good-a").status());
            assertTrue((System.nanoTime() - t0) / 1_000_000 < 1_000, "reads are not queued behind uploads");

            holdUploads.countDown();
            assertEquals(200, held.get(10, TimeUnit.SECONDS).status());
            assertEquals(200, otherKey.get(10, TimeUnit.SECONDS).status());
            assertEquals(200, admitted.postJson(UPLOAD, "good-a", "{}").status(), "admitted again once its upload ended");
        } finally {
            holdUploads.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aBusyAnswerFromTheUseCaseAlsoCarriesRetryAfter() {
        TestClient.Reply reply = client.postJson(UPLOAD + "?busy=true", "good", "{}");

        assertEquals(503, reply.status());
        assertEquals("SERVICE_BUSY", reply.code());
        OPENAPI.assertConforms("POST", UPLOAD, 503, reply.json());
        assertEquals(String.valueOf(AdmissionLimits.DEFAULT_RETRY_AFTER.toSeconds()),
                reply.raw().headers().firstValue("retry-after").orElse(""));
    }

    @Test
    void anHttp2PrefaceGetsTheJsonEnvelope() throws Exception {
        try (Socket socket = connect(server)) {
            socket.getOutputStream().write("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            Outcome outcome = untilClosed(socket, System.nanoTime());
            assertTrue(outcome.received().startsWith("HTTP/1.1 4"), outcome.received());
            assertTrue(outcome.received().contains("\"code\":\"INVALID_REQUEST\""), outcome.received());
        }
    }
}
