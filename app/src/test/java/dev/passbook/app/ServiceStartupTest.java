package dev.passbook.app;

import dev.passbook.app.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Operating the service: every start-up failure is one sentence with the fix and no stack trace,
 * the first-start key survives a taken port, and {@code org create} works while the service runs
 * (from another process, as an operator runs it).
 */
class ServiceStartupTest {

    @TempDir
    Path dir;
    private RunningService service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    private record Run(int exit, String out, String err) {
        void isOneSentence() {
            assertEquals(1, err.lines().count(), err);
            assertFalse(err.contains("\tat "), err);
            assertFalse(err.contains("Exception"), err);
        }
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PassbookCommand.commandLine(new PrintWriter(out), new PrintWriter(err), ParsePipeline::standard).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** {@code passbook ARGS} in a child JVM, the way an operator runs it next to a running service. */
    private static Run child(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("passbook " + String.join(" ", args) + " did not end within 60 s");
        }
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    /** The passbook serve sentence among whatever the child logged before it. */
    private static String sentence(Run run) {
        return run.err().lines().filter(l -> l.startsWith("passbook ")).findFirst().orElseThrow(() -> new AssertionError(run.err()));
    }

    private RunningService serve(Path dataDir) {
        CommandLine.ParseResult parsed = PassbookCommand.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), ParsePipeline.standard()).parseArgs("serve", "--port=0",
                "--host=127.0.0.1", "--data-dir=" + dataDir, "--reader-isolation=none");
        return RunningService.start(((ServeCommand) parsed.subcommand().commandSpec().userObject()).settings(),
                Clock.systemDefaultZone());
    }

    @Test
    void aTakenPortOnTheFirstStartIsOneSentenceAndTheKeyComesWithTheNextStart() throws Exception {
        Path data = dir.resolve("data");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run run = run("serve", "--port=" + taken.getLocalPort(), "--host=127.0.0.1", "--data-dir=" + data,
                    "--reader-isolation=none");
            assertEquals(ServeCommand.COULD_NOT_START, run.exit());
            run.isOneSentence();
            assertTrue(run.err().startsWith("passbook serve: port " + taken.getLocalPort() + " is already in use"), run.err());
            assertTrue(run.err().contains("choose another port with --port"), run.err());
            assertFalse(run.out().contains("pbk_"), "no key was made, so none was shown and lost");
        }
        service = serve(data);
        Bootstrap.Outcome.Generated first = assertInstanceOf(Bootstrap.Outcome.Generated.class, service.bootstrap());
        assertEquals(200, new Http(service.port(), first.apiKey()).get("/bank-connect/v1/banks/catalogue/").status());
    }

    @Test
    void orgCreateWorksWhileTheServiceRunsOnTheSameDataDirectory() throws Exception {
        Path data = dir.resolve("data");
        service = serve(data);
        Run run = child("org", "create", "--name", "Second Lender", "--data-dir", data.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("registered through the passbook serve running on " + data), run.out());
        Matcher key = Pattern.compile("api_key: (\\S+)").matcher(run.out());
        assertTrue(key.find(), run.out());
        assertEquals(200, new Http(service.port(), key.group(1)).get("/bank-connect/v1/banks/catalogue/").status());
        // and the first organisation's key still works
        String first = ((Bootstrap.Outcome.Generated) service.bootstrap()).apiKey();
        assertEquals(200, new Http(service.port(), first).get("/bank-connect/v1/banks/catalogue/").status());
    }

    @Test
    void aSocketLeftByAKilledServiceDoesNotStopOrgCreate() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        try (java.nio.channels.ServerSocketChannel dead = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            dead.bind(java.net.UnixDomainSocketAddress.of(data.resolve(AdminSocket.FILE)));
        }
        assertTrue(Files.exists(data.resolve(AdminSocket.FILE)), "closing a channel leaves its socket file, as kill -9 does");
        Run run = run("org", "create", "--name", "After A Crash", "--data-dir", data.toString());
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.out().contains("registered through"), run.out());
        Matcher key = Pattern.compile("api_key: (\\S+)").matcher(run.out());
        assertTrue(key.find(), run.out());
        // the next service replaces the dead socket and honours the key written straight to the database
        service = serve(data);
        assertInstanceOf(Bootstrap.Outcome.Existing.class, service.bootstrap());
        assertEquals(200, new Http(service.port(), key.group(1)).get("/bank-connect/v1/banks/catalogue/").status());
        Run next = child("org", "create", "--name", "Through The New Socket", "--data-dir", data.toString());
        assertEquals(0, next.exit(), next.err());
        assertTrue(next.out().contains("registered through the passbook serve running on"), next.out());
    }

    @Test
    void aDataDirectoryAnotherServiceHoldsIsOneSentence() throws Exception {
        Path data = dir.resolve("data");
        service = serve(data);
        Run run = child("serve", "--port=0", "--host=127.0.0.1", "--data-dir=" + data, "--reader-isolation=none");
        assertEquals(ServeCommand.COULD_NOT_START, run.exit(), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertTrue(sentence(run).contains("the database in " + data + " is in use by another process"), run.err());
        assertTrue(sentence(run).contains("another --data-dir"), run.err());
    }

    @Test
    void anAddressThatIsNotThisMachinesIsOneSentenceAboutHost() {
        // 192.0.2.0/24 is reserved for documentation: never an address of this machine
        Run run = run("serve", "--port=0", "--host=192.0.2.7", "--data-dir=" + dir.resolve("data"), "--reader-isolation=none");
        assertEquals(ServeCommand.COULD_NOT_START, run.exit());
        run.isOneSentence();
        assertTrue(run.err().contains("--host must be an address of this machine"), run.err());
    }

    @Test
    void anUnreachableDatabaseIsOneSentenceAboutTheUrl() {
        Run run = run("serve", "--port=0", "--database-url=jdbc:postgresql://127.0.0.1:1/passbook?user=u&password=secret",
                "--reader-isolation=none");
        assertEquals(ServeCommand.COULD_NOT_START, run.exit());
        run.isOneSentence();
        assertTrue(run.err().contains("cannot reach the database at jdbc:postgresql://127.0.0.1:1/passbook"), run.err());
        assertTrue(run.err().contains("check --database-url"), run.err());
        assertFalse(run.err().contains("secret"), run.err());
    }

    @Test
    void aDataDirectoryThatCannotBeMadeIsOneSentence() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Run run = run("serve", "--port=0", "--data-dir=" + file.resolve("data"), "--reader-isolation=none");
        assertEquals(ServeCommand.COULD_NOT_START, run.exit());
        run.isOneSentence();
        assertTrue(run.err().contains("cannot create the data directory"), run.err());
        assertTrue(run.err().contains("choose another with --data-dir"), run.err());
    }

    @Test
    void aPrivilegedPortIsOneSentenceAboutPort() {
        // as root the bind would succeed, so the failure is handed to the sentence directly
        ServeSettings settings = ((ServeCommand) PassbookCommand.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), ParsePipeline.standard()).parseArgs("serve", "--port=80")
                .subcommand().commandSpec().userObject()).settings();
        String sentence = StartupFailure.sentence(new IllegalStateException("could not start the HTTP server",
                new java.io.IOException("Failed to bind", new java.net.BindException("Permission denied"))), settings);
        assertEquals("port 80 needs privileges on this system; choose one above 1023 with --port", sentence);
    }

    @Test
    void aBadOptionIsOneSentencePointingAtHelp() {
        Run run = run("serve", "--prot", "9000");
        assertEquals(2, run.exit());
        run.isOneSentence();
        assertTrue(run.err().contains("passbook serve --help lists the options"), run.err());
    }

    @Test
    void helpStatesTheDefaultBindAddress() {
        Run run = run("serve", "--help");
        assertTrue(run.out().contains("listens on 0.0.0.0:8080"), run.out());
    }
}
