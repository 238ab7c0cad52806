package dev.passbook.app;

import dev.passbook.app.testing.Http;
import dev.passbook.app.testing.LinesBankParser;
import dev.passbook.app.testing.PdfStatements;
import dev.passbook.core.spi.StatementParser;
import org.junit.jupiter.api.AfterEach;
import picocli.CommandLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plugins from a folder: a parser jar built here, in the test, from source (a bank no built-in parser
 * knows, "zenith"), dropped into a folder with a broken jar beside it, is picked up by
 * {@code passbook parse --plugins DIR} and by {@code passbook serve --plugins DIR}; the broken one is
 * skipped as the registry skips any provider that fails to load.
 */
class PluginFolderTest {

    static final String TITLE = "ZENITH BANK STATEMENT";

    /** The plugin's whole source: detects the title, reads the rows as the test format does. */
    private static final String SOURCE = """
            package com.example.zenith;

            import dev.passbook.core.document.Document;
            import dev.passbook.core.domain.Bank;
            import dev.passbook.core.spi.Detection;
            import dev.passbook.core.spi.ParseRefusal;
            import dev.passbook.core.spi.ParsedStatement;
            import dev.passbook.core.spi.StatementParser;
            import io.vavr.collection.List;
            import io.vavr.control.Either;
            import io.vavr.control.Option;

            public final class ZenithParser implements StatementParser {
                private static final StatementParser ROWS = new dev.passbook.app.testing.LinesBankParser();
                public String id() { return "zenith"; }
                public List<Bank> banks() { return List.of(new Bank("zenith", "Zenith Bank", "ZENI")); }
                public Detection detect(Document d) {
                    boolean titled = d.pages().exists(p -> p.lines().exists(l -> l.text().equals("%s")));
                    return titled ? new Detection(id(), Option.some("zenith"), 100, List.of("title")) : Detection.none(id());
                }
                public Either<ParseRefusal, ParsedStatement> parse(Document d) { return ROWS.parse(d); }
            }
            """.formatted(TITLE);

    @TempDir
    static Path plugins;

    @TempDir
    Path work;

    private RunningService service;

    @BeforeAll
    static void buildThePluginJars() throws IOException {
        Path classes = Files.createDirectories(plugins.resolve("build"));
        Path source = Files.createDirectories(plugins.resolve("src/com/example/zenith")).resolve("ZenithParser.java");
        Files.writeString(source, SOURCE);
        String classpath = Stream.of(StatementParser.class, io.vavr.collection.List.class, LinesBankParser.class)
                .map(c -> Path.of(uri(c)).toString()).collect(Collectors.joining(java.io.File.pathSeparator));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, diagnostics, diagnostics, "-classpath", classpath, "-d", classes.toString(),
                "--release", "17", source.toString());
        assertEquals(0, status, diagnostics.toString(StandardCharsets.UTF_8));
        Path folder = Files.createDirectories(plugins.resolve("jars"));
        jar(folder.resolve("zenith-plugin.jar"), Map.of(
                "com/example/zenith/ZenithParser.class", Files.readAllBytes(classes.resolve("com/example/zenith/ZenithParser.class")),
                "META-INF/services/dev.passbook.core.spi.StatementParser", "com.example.zenith.ZenithParser\n".getBytes()));
        jar(folder.resolve("broken-plugin.jar"), Map.of(
                "META-INF/services/dev.passbook.core.spi.StatementParser", "com.example.missing.NoSuchParser\n".getBytes()));
        Files.writeString(folder.resolve("README.txt"), "not a jar: ignored");
    }

    private static java.net.URI uri(Class<?> c) {
        try {
            return c.getProtectionDomain().getCodeSource().getLocation().toURI();
        } catch (java.net.URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static void jar(Path jar, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                j.putNextEntry(new JarEntry(e.getKey()));
                j.write(e.getValue());
                j.closeEntry();
            }
        }
    }

    private static Path folder() {
        return plugins.resolve("jars");
    }

    private static byte[] zenithStatement() {
        return PdfStatements.account("7700112233").titled(TITLE).period("2024-01-01", "2024-01-31")
                .credit("2024-01-05", "2500.00", "SALARY").debit("2024-01-09", "300.00", "UPI").pdf();
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PassbookCommand.commandLine(new PrintWriter(out), new PrintWriter(err), ParsePipeline.standard()).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void parseReadsAStatementOfABankOnlyThePluginKnows() throws IOException {
        Path pdf = Files.write(work.resolve("zenith.pdf"), zenithStatement());

        Run without = cli("parse", pdf.toString());
        assertEquals(ParseCommand.PIPELINE_ERROR, without.exit(), without.out());
        assertTrue(without.out().contains("BANK_NAME_UNDETECTED"), without.out());

        Run with = cli("parse", "--plugins", folder().toString(), pdf.toString());
        assertEquals(0, with.exit(), with.out() + with.err());
        assertEquals("zenith", new com.fasterxml.jackson.databind.ObjectMapper().readTree(with.out()).get("bank_name").asText());
    }

    @Test
    void checkReadsThePluginsStatementsToo() throws IOException {
        Path dir = Files.createDirectories(work.resolve("statements"));
        Files.write(dir.resolve("zenith.pdf"), zenithStatement());
        Run with = cli("check", dir.toString(), "--plugins", folder().toString(), "--no-progress");
        assertEquals(0, with.exit(), with.out() + with.err());
        assertTrue(with.out().contains("zenith"), with.out());
    }

    @Test
    void aFolderThatDoesNotExistIsAUsageError() throws IOException {
        Path pdf = Files.write(work.resolve("zenith.pdf"), zenithStatement());
        Run run = cli("parse", "--plugins", work.resolve("nowhere").toString(), pdf.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--plugins"), run.err());
    }

    @Test
    void serveLoadsThePluginsAndReadsAnUploadWithThem() {
        List<String> args = new ArrayList<>(List.of("serve", "--port", "0", "--host", "127.0.0.1", "--data-dir",
                work.resolve("data").toString(), "--reader-isolation", "none", "--plugins", folder().toString()));
        CommandLine.ParseResult parsed = PassbookCommand.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), ParsePipeline.standard()).parseArgs(args.toArray(String[]::new));
        service = RunningService.start(((ServeCommand) parsed.subcommand().commandSpec().userObject()).settings(),
                java.time.Clock.systemDefaultZone());
        Http http = new Http(service.port(), ((Bootstrap.Outcome.Generated) service.bootstrap()).apiKey());

        Http.Reply catalogue = http.get("/bank-connect/v1/banks/catalogue/");
        assertTrue(catalogue.body().contains("\"bank_name\":\"zenith\""), catalogue.body());
        Http.Reply session = http.postJson("/bank-connect/v1/session/",
                "{\"link_id\":\"plugin\",\"from_date\":\"01/01/2024\",\"to_date\":\"31/01/2024\"}");
        Http.Reply upload = http.postMultipart("/bank-connect/v1/statement/upload_session/",
                Map.of("session_id", session.json().get("session_id").asText(), "upload_type", "PDF"), zenithStatement());
        assertEquals(200, upload.status(), upload.body());
        assertEquals("zenith", upload.json().get("bank_name").asText());
        assertEquals("VERIFIED", upload.json().get("verification").get("verdict").asText());
    }
}
