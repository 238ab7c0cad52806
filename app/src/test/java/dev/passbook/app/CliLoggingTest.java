package dev.passbook.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code passbook parse} prints on stderr, run as a user runs it (the real main class in a child
 * JVM, with the application's own simplelogger.properties, not the tests'). The file is a one-page PDF
 * whose content stream has a {@code Td} without operands and whose font (Helvetica) is not embedded:
 * PDFBox logs an ERROR with a stack trace and a fallback-font WARN. Without {@code --verbose} stderr
 * carries only the command's own sentence; with it, PDFBox's lines in the application's one format.
 * {@code serve} logs every line in that format too.
 */
class CliLoggingTest {

    /** {@code 2026-01-02T10:00:00.000Z WARN logger - message}: docs/api.md. */
    private static final Pattern LINE = Pattern.compile(
            "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d) (ERROR|WARN|INFO|DEBUG|TRACE) [\\w.$]+ - \\S.*");
    /** The lines of a stack trace that slf4j-simple prints under a log line. */
    private static final Pattern TRACE = Pattern.compile("\t.*|Caused by: .*|[\\w.$]+(Exception|Error)(: .*)?");

    @TempDir
    static Path dir;

    private record Run(int exit, String out, String err) {
    }

    @Test
    void withoutVerbosePdfboxStaysOffStderr() throws Exception {
        Run run = parse();
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.out().contains("BANK_NAME_UNDETECTED"), run.out());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith("passbook parse: "), run.err());
    }

    @Test
    void withVerbosePdfboxWarningsAndErrorsAppearInTheOneFormat() throws Exception {
        Run run = parse(Logging.VERBOSE);
        assertEquals(1, run.exit(), run.err());
        List<String> lines = run.err().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> LINE.matcher(l).matches() && l.contains(" ERROR org.apache.pdfbox.")
                && l.contains("Td")), run.err());
        assertTrue(lines.stream().anyMatch(l -> LINE.matcher(l).matches() && l.contains(" WARN org.apache.pdfbox.")), run.err());
        for (String line : lines) {
            assertTrue(LINE.matcher(line).matches() || TRACE.matcher(line).matches() || line.startsWith("passbook parse: "),
                    "not in the one format: " + line);
            // commons-logging 1.4 would tag PDFBox's messages with a marker slf4j-simple prints; jcl-over-slf4j does not
            assertFalse(line.contains("COMMONS-LOGGING"), line);
        }
    }

    /**
     * {@code serve} in a child JVM: start-up (schema migrations), a refused upload (core's line) and a
     * request without a key (the HTTP adapter's line), then a stop. Every line it logs is in the one format.
     */
    @Test
    void serveLogsEveryLineInTheOneFormat() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(java("serve", "--port=0", "--host=127.0.0.1",
                "--data-dir=" + dir.resolve("serve"), "--reader-isolation=none"));
        // a fresh data directory and no key or database from this machine's environment: the first start prints the key
        builder.environment().keySet().removeIf(name -> name.startsWith("PASSBOOK_") && !name.equals("PASSBOOK_TEST"));
        Process p = builder.start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String key = null;
            String base = null;
            for (String line; base == null && (line = out.readLine()) != null; ) {
                if (line.startsWith("   ") && !line.isBlank()) {
                    key = line.strip();
                } else if (line.startsWith("Passbook listening on ")) {
                    base = line.substring("Passbook listening on ".length()).split("[\\s,]")[0];
                }
            }
            assertTrue(key != null && base != null, "no key or address on stdout");
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(base + "/bank-connect/v1/statement/upload_session/"))
                    .header("x-api-key", key).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, refused.statusCode(), refused.body());
            HttpResponse<String> noKey = http.send(HttpRequest.newBuilder(URI.create(base + "/bank-connect/v1/banks/catalogue/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(403, noKey.statusCode(), noKey.body());
        } finally {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        List<String> lines = err.get().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.contains(" INFO dev.passbook.core.application.UploadStatementService - upload rejected")),
                err.get());
        assertTrue(lines.stream().anyMatch(l -> l.contains(" INFO dev.passbook.adapters.http.ApiHandler - GET ")), err.get());
        assertTrue(lines.stream().anyMatch(l -> l.contains(" INFO org.flywaydb.")), err.get());
        for (String line : lines) {
            assertTrue(LINE.matcher(line).matches(), "not in the one format: " + line);
        }
    }

    /** This JVM's java running the application's main class with {@code args}, without the tests' resources. */
    private static List<String> java(String... args) {
        // the tests' simplelogger.properties (in test-classes) would hide the application's format and levels
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", classPath, Main.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    private static Run parse(String... options) throws Exception {
        Path file = dir.resolve("missing-operand.pdf");
        if (!Files.exists(file)) {
            Files.write(file, onePage("BT /F1 12 Tf 50 700 Td (Statement of account) Tj Td (x) Tj ET"));
        }
        List<String> command = java("parse");
        command.addAll(List.of(options));
        command.add(file.toString());
        Process p = new ProcessBuilder(command).start();
        // both pipes drained while it runs: a full pipe would block the child
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("passbook parse did not end within 90 s");
        }
        return new Run(p.exitValue(), out.get(), err.get());
    }

    /** A one-page PDF showing {@code content} with Helvetica (not embedded) as /F1. */
    private static byte[] onePage(String content) {
        List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
