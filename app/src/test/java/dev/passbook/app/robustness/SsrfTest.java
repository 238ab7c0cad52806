package dev.passbook.app.robustness;

import com.sun.net.httpserver.HttpServer;
import dev.passbook.adapters.persistence.DatabaseSettings;
import io.vavr.collection.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code file_url} may never reach the service's own network. Only 127.0.0.2 is allow-listed
 * (a local file server that also redirects); every other loopback spelling points at a canary
 * listener on all interfaces that must never see a connection, and every private, link-local or
 * metadata address is watched by {@link ConnectGuard}, which refuses (and records) any attempt to
 * connect off the machine, so no packet leaves even if the fetcher were wrong.
 */
class SsrfTest {

    @TempDir
    static Path dir;
    static TestService service;
    static ApiClient api;
    static ConnectGuard guard;
    static ServerSocket canary;
    static final AtomicInteger canaryHits = new AtomicInteger();
    static HttpServer allowed;
    static final AtomicInteger allowedHits = new AtomicInteger();
    static int p;
    static String sessionId;
    static byte[] pdf;

    @BeforeAll
    static void start() throws IOException {
        guard = ConnectGuard.install();
        canary = new ServerSocket(0, 50);
        p = canary.getLocalPort();
        Thread acceptor = new Thread(() -> {
            while (!canary.isClosed()) {
                try (Socket s = canary.accept()) {
                    canaryHits.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        }, "ssrf-canary");
        acceptor.setDaemon(true);
        acceptor.start();
        pdf = LedgerPdf.statement("60200300400500", 6, "ssrf");
        allowed = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0), 16);
        allowed.createContext("/", exchange -> {
            allowedHits.incrementAndGet();
            String query = exchange.getRequestURI().getRawQuery();
            if (exchange.getRequestURI().getPath().equals("/redirect") && query != null && query.startsWith("to=")) {
                exchange.getResponseHeaders().add("Location", URLDecoder.decode(query.substring(3), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(302, -1);
            } else {
                exchange.getResponseHeaders().add("Content-Type", "application/pdf");
                exchange.sendResponseHeaders(200, pdf.length);
                exchange.getResponseBody().write(pdf);
            }
            exchange.close();
        });
        allowed.start();
        service = TestService.start(DatabaseSettings.embedded(dir),
                new TestService.Limits(TestService.Limits.defaults().maxBodyBytes(),
                        TestService.Limits.defaults().readerBudget(), List.of("127.0.0.2")));
        api = service.client();
        sessionId = api.createSession(service.a.apiKey());
    }

    @AfterAll
    static void stop() throws IOException {
        if (guard == null) {
            return;
        }
        guard.uninstall();
        if (service != null) {
            service.close();
        }
        allowed.stop(0);
        canary.close();
    }

    static String allowedBase() {
        return "http://127.0.0.2:" + allowed.getAddress().getPort();
    }

    static java.util.List<String> refusedUrls() {
        java.util.List<String> urls = new ArrayList<>(java.util.List.of(
                // loopback in every spelling (the canary listens on all interfaces)
                "http://127.0.0.1:" + p + "/s.pdf", "http://localhost:" + p + "/s.pdf", "http://LocalHost:" + p + "/",
                "http://127.1:" + p + "/", "http://127.0.1:" + p + "/", "http://2130706433:" + p + "/",
                "http://0x7f000001:" + p + "/", "http://0x7f.0.0.1:" + p + "/", "http://0177.0.0.1:" + p + "/",
                "http://017700000001:" + p + "/", "http://[::1]:" + p + "/", "http://[0:0:0:0:0:0:0:1]:" + p + "/",
                "http://[::ffff:127.0.0.1]:" + p + "/", "http://[::ffff:7f00:1]:" + p + "/", "http://0.0.0.0:" + p + "/",
                "http://0:" + p + "/", "http://[::]:" + p + "/", "https://127.0.0.1:" + p + "/",
                "HTTP://127.0.0.1:" + p + "/", "  http://127.0.0.1:" + p + "/  ",
                // parser confusion: user-info and fragments that name the allowed host
                "http://127.0.0.2:" + allowed.getAddress().getPort() + "@127.0.0.1:" + p + "/",
                "http://127.0.0.1:" + p + "#@127.0.0.2/", "http://127.0.0.1:" + p + "\\@127.0.0.2/",
                // private, CGNAT, link-local and cloud metadata, in several notations
                "http://10.0.0.1/", "http://10.255.255.254:8080/x.pdf", "http://172.16.0.1/", "http://172.31.255.1/",
                "http://192.168.0.1/", "http://192.168.1.254:443/", "http://100.64.0.1/", "http://169.254.169.254/latest/meta-data/",
                "http://169.254.169.254:80/computeMetadata/v1/", "http://2852039166/", "http://0xa9fea9fe/",
                "http://0251.0376.0251.0376/", "http://169.254.43518/", "http://167772161/", "http://0xc0a80001/",
                "http://[::ffff:169.254.169.254]/", "http://[::ffff:a9fe:a9fe]/", "http://[::ffff:10.0.0.1]/",
                "http://[0:0:0:0:0:ffff:c0a8:1]/", "http://[fe80::1]/", "http://[fd00::1]/", "http://[fc00::1]/",
                "http://[64:ff9b::a9fe:a9fe]/", "http://[2002:a9fe:a9fe::1]/", "http://[::a9fe:a9fe]/",
                "http://224.0.0.1/", "http://255.255.255.255/",
                // schemes other than http(s)
                "file:///etc/passwd", "file://localhost/etc/passwd", "ftp://127.0.0.2/s.pdf", "gopher://127.0.0.1:" + p + "/_GET",
                "jar:" + allowedBase() + "/s.jar!/s.pdf", "dict://127.0.0.1:" + p + "/", "ldap://127.0.0.1:" + p + "/",
                "netdoc:///etc/passwd", "//127.0.0.1:" + p + "/", "127.0.0.1:" + p, "data:application/pdf;base64,JVBERi0=",
                "http://", "http:///s.pdf", "http://:" + p + "/", "http://[::1/", "http://exa mple.com/",
                "http://" + "a".repeat(5000) + ".example/"));
        // an allowed server redirecting into every refused range
        for (String target : java.util.List.of("http://127.0.0.1:" + p + "/s.pdf", "http://localhost:" + p + "/",
                "http://[::1]:" + p + "/", "http://2130706433:" + p + "/", "http://0.0.0.0:" + p + "/",
                "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://172.16.0.1/", "http://192.168.0.1/",
                "http://[::ffff:169.254.169.254]/", "file:///etc/passwd", "ftp://127.0.0.2/s.pdf", "gopher://127.0.0.1:" + p + "/",
                "//127.0.0.1:" + p + "/s.pdf")) {
            urls.add(allowedBase() + "/redirect?to=" + java.net.URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        // a redirect chain that starts allowed and ends in the metadata service on its second hop
        urls.add(allowedBase() + "/redirect?to=" + java.net.URLEncoder.encode(allowedBase() + "/redirect?to="
                + java.net.URLEncoder.encode("http://169.254.169.254/", StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        return urls;
    }

    @Test
    void everyInternalAddressSchemeAndRedirectIsRefusedBeforeConnecting() {
        java.util.List<String> failures = new ArrayList<>();
        int hitsBefore = allowedHits.get();
        java.util.List<String> urls = refusedUrls();
        for (String url : urls) {
            for (String type : new String[]{"PDF", "BASE64"}) {
                ApiClient.Reply reply = api.uploadForm(service.a.apiKey(),
                        Map.of("session_id", sessionId, "upload_type", type, "file_url", url));
                if (reply.status() != 400 || !reply.code().equals("INVALID_FILE_URL")) {
                    failures.add(type + " " + ApiClient.abbreviate(url) + " -> " + reply);
                }
            }
        }
        System.out.println("[ssrf] " + urls.size() + " URLs x 2 upload types, " + failures.size() + " not refused, canary hits "
                + canaryHits.get() + ", off-machine connects " + guard.refused.size());
        assertEquals(java.util.List.of(), failures, "URLs not refused with INVALID_FILE_URL");
        assertEquals(0, canaryHits.get(), "a refused loopback URL was connected to");
        assertEquals(java.util.List.of(), guard.refused, "the fetcher tried to connect off the machine");
        assertTrue(allowedHits.get() - hitsBefore >= 2 * 15, "the redirects were not even requested: the test proves nothing");
    }

    @Test
    void theAllowListedServerItselfIsFetchedAndFollowedSoRefusalsAreNotVacuous() {
        String session = api.createSession(service.a.apiKey());
        ApiClient.Reply direct = api.uploadForm(service.a.apiKey(),
                Map.of("session_id", session, "upload_type", "PDF", "file_url", allowedBase() + "/s.pdf"));
        assertEquals(200, direct.status(), direct::toString);
        String other = api.createSession(service.a.apiKey());
        ApiClient.Reply redirected = api.uploadForm(service.a.apiKey(), Map.of("session_id", other, "upload_type", "PDF",
                "file_url", allowedBase() + "/redirect?to=" + java.net.URLEncoder.encode(allowedBase() + "/s.pdf", StandardCharsets.UTF_8)));
        assertEquals(200, redirected.status(), redirected::toString);
    }

    @Test
    void theGuardReallyStopsAConnectionOffTheMachine() {
        int before = guard.refused.size();
        assertThrows(SecurityException.class, () -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getByName("10.0.0.1"), 80), 100);
            }
        });
        assertEquals(before + 1, guard.refused.size());
        guard.refused.remove(guard.refused.size() - 1);
    }
}
