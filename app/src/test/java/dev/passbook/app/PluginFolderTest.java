package dev.passbook.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passbook.app.testing.Http;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.spi.StatementParser;
import dev.passbook.parserkit.TableEngine;
import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.Layout;
import dev.passbook.testkit.arbitraries.Seeded;
import dev.passbook.testkit.arbitraries.Statements;
import dev.passbook.testkit.render.RenderOptions;
import dev.passbook.testkit.render.StatementRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plugins from a folder, with the repository's example plugin ({@code examples/plugin-acme}, a
 * fictional bank no built-in parser knows): its sources are compiled and jarred here, in the test, as
 * its own build would, into a folder next to a broken jar. {@code passbook parse}, {@code check} and
 * {@code serve} with {@code --plugins DIR} read an Acme statement rendered by the testkit from the
 * example's own layout description; the broken jar is skipped as the registry skips any provider that
 * fails to load. (Built from source rather than taken from {@code examples/plugin-acme/target}, so the
 * test does not depend on the reactor having packaged that module first.)
 */
class PluginFolderTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "plugin-acme", "src");

    @TempDir
    static Path build;

    private static Path folder;
    private static GeneratedStatement acme;
    private static byte[] acmePdf;

    @TempDir
    Path work;

    private RunningService service;

    @BeforeAll
    static void buildThePluginJarAndAStatement() throws Exception {
        Path classes = compile(build.resolve("main"), sources(EXAMPLE.resolve("main/java")), classpath());
        folder = Files.createDirectories(build.resolve("plugins"));
        Map<String, byte[]> entries = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                entries.put(classes.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        String services = "META-INF/services/" + StatementParser.class.getName();
        entries.put(services, Files.readAllBytes(EXAMPLE.resolve("main/resources").resolve(services)));
        Path pluginJar = jar(folder.resolve("passbook-example-plugin-acme.jar"), entries);
        jar(folder.resolve("broken-plugin.jar"), Map.of(services, "com.example.missing.NoSuchParser\n".getBytes()));
        Files.writeString(folder.resolve("README.txt"), "not a jar: ignored");

        // the example's layout description (a test source there) draws the statements its TCK reads
        Path layoutClasses = compile(build.resolve("layout"), List.of(EXAMPLE.resolve("test/java/dev/passbook/examples/acme/AcmeLayout.java")),
                classpath() + java.io.File.pathSeparator + pluginJar);
        try (URLClassLoader loader = new URLClassLoader(new URL[]{layoutClasses.toUri().toURL(), pluginJar.toUri().toURL()},
                PluginFolderTest.class.getClassLoader())) {
            java.lang.reflect.Field field = loader.loadClass("dev.passbook.examples.acme.AcmeLayout").getDeclaredField("LAYOUT");
            field.setAccessible(true);
            Layout layout = (Layout) field.get(null);
            acme = Seeded.sample(Statements.forLayout(layout), 18);
            acmePdf = StatementRenderer.render(acme, RenderOptions.bankLike(layout));
        }
    }

    private static List<Path> sources(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static String classpath() {
        return Stream.of(StatementParser.class, TableEngine.class, io.vavr.collection.List.class, Layout.class)
                .map(c -> location(c).toString()).distinct().collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private static Path location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static Path compile(Path out, List<Path> sources, String classpath) throws IOException {
        Files.createDirectories(out);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("-classpath", classpath, "-d", out.toString(), "--release", "17"));
        sources.forEach(s -> args.add(s.toString()));
        int status = javac.run(null, diagnostics, diagnostics, args.toArray(String[]::new));
        assertEquals(0, status, diagnostics.toString(StandardCharsets.UTF_8));
        return out;
    }

    private static Path jar(Path jar, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                j.putNextEntry(new JarEntry(e.getKey()));
                j.write(e.getValue());
                j.closeEntry();
            }
        }
        return jar;
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
        Path pdf = Files.write(work.resolve("acme.pdf"), acmePdf);

        Run without = cli("parse", pdf.toString());
        assertEquals(ParseCommand.REFUSED, without.exit(), without.out());
        assertEquals("BANK_NAME_UNDETECTED", new ObjectMapper().readTree(without.out()).get("error").get("code").asText());

        Run with = cli("parse", "--plugins", folder.toString(), pdf.toString());
        assertEquals(0, with.exit(), with.out() + with.err());
        var json = new ObjectMapper().readTree(with.out());
        assertEquals("acme", json.get("bank_name").asText());
        assertEquals(acme.identity().accountNumber(), json.get("identity").get("account_number").asText());
        assertEquals(acme.transactions().size(), json.get("transactions").size());
        assertEquals("VERIFIED", json.get("verification").get("verdict").asText());
    }

    @Test
    void checkReadsThePluginsStatementsToo() throws IOException {
        Path dir = Files.createDirectories(work.resolve("statements"));
        Files.write(dir.resolve("acme.pdf"), acmePdf);
        Path report = work.resolve("report.json");
        Run with = cli("check", dir.toString(), "--plugins", folder.toString(), "--no-progress", "--json", report.toString());
        assertEquals(0, with.exit(), with.out() + with.err());
        assertTrue(Files.readString(report).contains("\"acme\""), Files.readString(report));
    }

    @Test
    void aFolderThatDoesNotExistIsAUsageError() throws IOException {
        Path pdf = Files.write(work.resolve("acme.pdf"), acmePdf);
        Run run = cli("parse", "--plugins", work.resolve("nowhere").toString(), pdf.toString());
        assertEquals(ParseCommand.USAGE, run.exit());
        assertTrue(run.err().contains("--plugins"), run.err());
    }

    @Test
    void serveLoadsThePluginsAndReadsAnUploadWithThem() {
        List<String> args = new ArrayList<>(List.of("serve", "--port", "0", "--host", "127.0.0.1", "--data-dir",
                work.resolve("data").toString(), "--reader-isolation", "none", "--plugins", folder.toString()));
        CommandLine.ParseResult parsed = PassbookCommand.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), ParsePipeline.standard()).parseArgs(args.toArray(String[]::new));
        service = RunningService.start(((ServeCommand) parsed.subcommand().commandSpec().userObject()).settings(),
                java.time.Clock.systemDefaultZone());
        Http http = new Http(service.port(), ((Bootstrap.Outcome.Generated) service.bootstrap()).apiKey());

        Http.Reply catalogue = http.get("/bank-connect/v1/banks/catalogue/");
        assertTrue(catalogue.body().contains("\"bank_name\":\"acme\""), catalogue.body());
        DateRange period = acme.declaredPeriod();
        DateTimeFormatter dmy = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        Http.Reply session = http.postJson("/bank-connect/v1/session/", "{\"link_id\":\"plugin\",\"from_date\":\""
                + dmy.format(period.from()) + "\",\"to_date\":\"" + dmy.format(period.to()) + "\"}");
        assertEquals(200, session.status(), session.body());
        Http.Reply upload = http.postMultipart("/bank-connect/v1/statement/upload_session/",
                Map.of("session_id", session.json().get("session_id").asText(), "upload_type", "PDF"), acmePdf);
        assertEquals(200, upload.status(), upload.body());
        assertEquals("acme", upload.json().get("bank_name").asText());
        assertEquals("VERIFIED", upload.json().get("verification").get("verdict").asText());
    }
}
