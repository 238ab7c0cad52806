package dev.passbook.app.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small client for the Passbook API over a real socket, plus raw requests for malformed HTTP. */
final class ApiClient {

    static final String UPLOAD = "/bank-connect/v1/statement/upload_session/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** A response: status, body text and how long it took. */
    record Reply(int status, String body, long millis) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + abbreviate(body), e);
            }
        }

        String code() {
            return json().path("error").path("code").asText("");
        }

        @Override
        public String toString() {
            return status + " " + abbreviate(body) + " (" + millis + " ms)";
        }
    }

    private final URI base;

    ApiClient(URI base) {
        this.base = base;
    }

    String createSession(String apiKey) {
        Reply reply = send("POST", "/bank-connect/v1/session/", apiKey, "application/json",
                "{\"link_id\":\"robust-1\",\"from_date\":\"01/01/2024\",\"to_date\":\"30/06/2024\"}".getBytes(StandardCharsets.UTF_8));
        if (reply.status() != 200) {
            throw new AssertionError("session creation failed: " + reply);
        }
        return reply.json().get("session_id").asText();
    }

    Reply uploadPdf(String apiKey, String sessionId, byte[] pdf, String password) {
        Multipart form = new Multipart().field("session_id", sessionId).field("upload_type", "PDF").file("file", "s.pdf", pdf);
        if (password != null) {
            form.field("pdf_password", password);
        }
        return send("POST", UPLOAD, apiKey, form.contentType(), form.bytes());
    }

    Reply uploadPdf(String apiKey, String sessionId, byte[] pdf) {
        return uploadPdf(apiKey, sessionId, pdf, null);
    }

    Reply uploadForm(String apiKey, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return send("POST", UPLOAD, apiKey, "application/x-www-form-urlencoded", body.toString().getBytes(StandardCharsets.UTF_8));
    }

    Reply get(String path, String apiKey) {
        return send("GET", path, apiKey, null, null);
    }

    Reply send(String method, String path, String apiKey, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120));
        if (apiKey != null) {
            request.header("x-api-key", apiKey);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final Pattern STATUS_LINE = Pattern.compile("^HTTP/1\\.[01] (\\d{3})");

    /**
     * Writes {@code request} as is on a fresh connection (the client may stop writing early when
     * the server answers and closes) and reads the whole response.
     */
    Reply raw(byte[] request) {
        long started = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
                socket.shutdownOutput();
            } catch (IOException ignored) {
                // the server may answer (413, 400) and close before the whole body is written
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    response.write(buffer, 0, n);
                }
            } catch (java.net.SocketException reset) {
                // a reset after the response was sent still leaves the response in our buffer
            }
            String text = response.toString(StandardCharsets.UTF_8);
            Matcher m = STATUS_LINE.matcher(text);
            int status = m.find() ? Integer.parseInt(m.group(1)) : -1;
            int split = text.indexOf("\r\n\r\n");
            String body = split < 0 ? "" : text.substring(split + 4);
            if (text.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = dechunk(body);
            }
            return new Reply(status, body, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("raw request failed", e);
        }
    }

    private static String dechunk(String body) {
        StringBuilder out = new StringBuilder();
        int pos = 0;
        while (pos < body.length()) {
            int eol = body.indexOf("\r\n", pos);
            if (eol < 0) {
                break;
            }
            int size = Integer.parseInt(body.substring(pos, eol).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.append(body, eol + 2, Math.min(body.length(), eol + 2 + size));
            pos = eol + 2 + size + 2;
        }
        return out.toString();
    }

    static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…(" + s.length() + " chars)";
    }

    /** A multipart/form-data body builder. */
    static final class Multipart {
        private final String boundary;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final Map<String, String> seen = new LinkedHashMap<>();

        Multipart() {
            this("----passbook-robust-7MA4YWxkTrZu0gW");
        }

        Multipart(String boundary) {
            this.boundary = boundary;
        }

        Multipart field(String name, String value) {
            seen.put(name, value);
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
            out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
            write("\r\n");
            return this;
        }

        Multipart file(String name, String filename, byte[] content) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
                    + "\"\r\nContent-Type: application/pdf\r\n\r\n");
            out.writeBytes(content);
            write("\r\n");
            return this;
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        byte[] bytes() {
            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            copy.writeBytes(out.toByteArray());
            copy.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
            return copy.toByteArray();
        }

        /** The body without the closing delimiter. */
        byte[] unterminated() {
            return out.toByteArray();
        }

        private void write(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }
}
