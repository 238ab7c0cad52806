package dev.passbook.app.robustness;

import dev.passbook.adapters.persistence.DatabaseSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A server that closes a kept-alive connection after answering must say so
 * ({@code Connection: close}); otherwise a client pools the connection and its next request fails
 * with no answer at all (seen in the fuzz run: a 414 for a 24 KB query string, then EOF on the next
 * upload sent over the same connection).
 */
class ConnectionCloseTest {

    @TempDir
    static Path dir;
    static TestService service;

    @BeforeAll
    static void start() {
        service = TestService.start(DatabaseSettings.embedded(dir), TestService.Limits.defaults());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void everyAnswerAfterWhichTheServerClosesAnnouncesIt() throws Exception {
        String key = service.a.apiKey();
        List<String> requests = List.of(
                "POST " + ApiClient.UPLOAD + "?progress=" + "x".repeat(24_000) + " HTTP/1.1\r\nHost: x\r\nx-api-key: " + key
                        + "\r\nContent-Length: 0\r\n\r\n",
                "GET /bank-connect/v1/banks/catalogue/ HTTP/1.1\r\nHost: x\r\nx-api-key: " + key + "\r\nX-Pad: " + "h".repeat(20_000) + "\r\n\r\n",
                "GET /bank-connect/v1/banks/catalogue/ HTTP/1.1\r\nHost: x\r\nbroken header line\r\n\r\n",
                "GET /bank-connect/v1/session_data/%zz/progress/ HTTP/1.1\r\nHost: x\r\nx-api-key: " + key + "\r\n\r\n",
                "POST " + ApiClient.UPLOAD + " HTTP/1.1\r\nHost: x\r\nx-api-key: " + key + "\r\nContent-Length: 99999999999\r\n\r\n",
                "POST " + ApiClient.UPLOAD + " HTTP/1.1\r\nHost: x\r\nx-api-key: " + key + "\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab");
        List<String> silentCloses = new ArrayList<>();
        for (String request : requests) {
            try (Socket socket = new Socket("127.0.0.1", service.port())) {
                socket.setSoTimeout(3_000);
                socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
                ByteArrayOutputStream response = new ByteArrayOutputStream();
                InputStream in = socket.getInputStream();
                boolean closed = false;
                byte[] buffer = new byte[8192];
                try {
                    for (int n; ; ) {
                        n = in.read(buffer);
                        if (n < 0) {
                            closed = true;
                            break;
                        }
                        response.write(buffer, 0, n);
                    }
                } catch (SocketTimeoutException keptOpen) {
                    // the server keeps the connection: fine
                } catch (java.net.SocketException reset) {
                    closed = true;
                }
                String text = response.toString(StandardCharsets.ISO_8859_1);
                String head = text.contains("\r\n\r\n") ? text.substring(0, text.indexOf("\r\n\r\n")) : text;
                if (closed && !head.toLowerCase(Locale.ROOT).contains("connection: close")) {
                    silentCloses.add(request.substring(0, Math.min(70, request.indexOf('\r'))) + " -> " + head.replace("\r\n", " | "));
                }
            }
        }
        assertEquals(List.of(), silentCloses, "the server closed without Connection: close");
    }
}
