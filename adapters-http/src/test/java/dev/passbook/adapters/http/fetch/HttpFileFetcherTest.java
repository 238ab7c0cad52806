package dev.passbook.adapters.http.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.passbook.core.error.UploadError;
import io.vavr.collection.List;
import io.vavr.control.Either;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fetches from a local server on 127.0.0.1, which only the allow-list makes reachable. */
class HttpFileFetcherTest {

    private static final byte[] PDF = "%PDF-1.7 fake statement".getBytes(StandardCharsets.US_ASCII);
    private static HttpServer server;
    private static int port;
    private static final AtomicInteger hits = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        port = server.getAddress().getPort();
        server.createContext("/file.pdf", ex -> {
            hits.incrementAndGet();
            reply(ex, 200, PDF);
        });
        server.createContext("/big.pdf", ex -> reply(ex, 200, new byte[5000]));
        server.createContext("/big-chunked.pdf", ex -> {
            ex.sendResponseHeaders(200, 0); // 0 = chunked, no Content-Length
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 10; i++) {
                    out.write(new byte[1000]);
                }
            }
        });
        server.createContext("/missing.pdf", ex -> reply(ex, 404, new byte[0]));
        server.createContext("/slow.pdf", ex -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reply(ex, 200, PDF);
        });
        // /redirect?to=<absolute or relative location>
        server.createContext("/redirect", ex -> {
            String to = java.net.URLDecoder.decode(ex.getRequestURI().getRawQuery().substring(3), StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Location", to);
            reply(ex, 302, new byte[0]);
        });
        // /chain/N redirects N more times, then to the file
        server.createContext("/chain/", ex -> {
            int n = Integer.parseInt(ex.getRequestURI().getPath().substring("/chain/".length()));
            ex.getResponseHeaders().add("Location", n == 0 ? "/file.pdf" : "/chain/" + (n - 1));
            reply(ex, 302, new byte[0]);
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool()); // the slow handler must not block others
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void reply(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static HttpFileFetcher fetcher(String... allowList) {
        return new HttpFileFetcher(FetchSettings.defaults().withAllowList(List.of(allowList)).withMaxBytes(4096)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(1500)));
    }

    private static void assertRefused(Either<UploadError, byte[]> result) {
        assertTrue(result.isLeft(), "expected a refusal");
        assertEquals("INVALID_FILE_URL", result.getLeft().code());
        assertEquals("This file url is invalid", result.getLeft().message());
    }

    private static String local(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Test
    void fetchesFromAnAllowListedAddress() {
        assertArrayEquals(PDF, fetcher("127.0.0.1").fetch(local("/file.pdf")).get());
    }

    @Test
    void refusesLoopbackWithoutTheAllowListAndNeverConnects() {
        int before = hits.get();
        assertRefused(fetcher().fetch(local("/file.pdf")));
        assertRefused(fetcher().fetch("http://localhost:" + port + "/file.pdf"));
        assertRefused(fetcher().fetch("http://[::ffff:127.0.0.1]:" + port + "/file.pdf"));
        assertRefused(fetcher().fetch("http://2130706433:" + port + "/file.pdf"));
        assertEquals(before, hits.get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/a.pdf", "http://192.168.0.10/a.pdf",
            "http://172.16.5.4/a.pdf", "http://100.64.0.1/a.pdf", "http://0.0.0.0/a.pdf", "http://[::1]/a.pdf",
            "http://[fd00::1]/a.pdf", "http://[fe80::1]/a.pdf"})
    void refusesInternalTargets(String url) {
        assertRefused(fetcher().fetch(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://127.0.0.1/a.pdf", "gopher://127.0.0.1/", "jar:http://127.0.0.1!/",
            "not a url", "", "   ", "http://", "//127.0.0.1/a.pdf", "http://user:pass@127.0.0.1/a.pdf"})
    void refusesNonHttpSchemesAndMalformedUrls(String url) {
        assertRefused(fetcher("127.0.0.1").fetch(url));
    }

    @Test
    void followsAllowedRedirectsUpToTheCap() {
        assertArrayEquals(PDF, fetcher("127.0.0.1").fetch(local("/chain/2")).get()); // 3 redirects
        assertRefused(fetcher("127.0.0.1").fetch(local("/chain/3")));                // 4 redirects
    }

    @Test
    void reChecksEveryRedirectHop() {
        String toMetadata = local("/redirect?to=" + enc("http://169.254.169.254/latest/meta-data/"));
        assertRefused(fetcher("127.0.0.1").fetch(toMetadata));
        // the host name is allow-listed, the address the redirect names is not
        String toLoopbackAddress = "http://localhost:" + port + "/redirect?to=" + enc(local("/file.pdf"));
        int before = hits.get();
        assertRefused(fetcher("localhost").fetch(toLoopbackAddress));
        assertEquals(before, hits.get());
        assertRefused(fetcher("127.0.0.1").fetch(local("/redirect?to=" + enc("file:///etc/passwd"))));
        assertArrayEquals(PDF, fetcher("localhost").fetch("http://localhost:" + port + "/redirect?to=%2Ffile.pdf").get());
    }

    @Test
    void refusesBodiesOverTheLimitWithOrWithoutContentLength() {
        assertRefused(fetcher("127.0.0.1").fetch(local("/big.pdf")));
        assertRefused(fetcher("127.0.0.1").fetch(local("/big-chunked.pdf")));
    }

    @Test
    void refusesErrorStatusesAndSlowServers() {
        assertRefused(fetcher("127.0.0.1").fetch(local("/missing.pdf")));
        assertRefused(fetcher("127.0.0.1").fetch(local("/slow.pdf")));
    }

    @Test
    void refusesUnresolvableHosts() {
        assertRefused(fetcher().fetch("http://no-such-host.invalid/a.pdf"));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
