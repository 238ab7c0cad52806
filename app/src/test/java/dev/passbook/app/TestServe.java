package dev.passbook.app;

import dev.passbook.adapters.persistence.Database;
import dev.passbook.core.port.DocumentReader;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;

/**
 * {@code passbook serve} as its command line builds it, started in this JVM, for tests in other
 * packages: the port, the generated API key of the bootstrap organisation, the database and the
 * statement reader.
 */
public final class TestServe implements AutoCloseable {

    private final RunningService service;

    private TestServe(RunningService service) {
        this.service = service;
    }

    /** {@code serve} with these arguments (add --port 0 --host 127.0.0.1 --data-dir ...). */
    public static TestServe start(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "serve";
        System.arraycopy(args, 0, all, 1, args.length);
        CommandLine.ParseResult parsed = PassbookCommand.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), ParsePipeline.standard()).parseArgs(all);
        ServeSettings settings = ((ServeCommand) parsed.subcommand().commandSpec().userObject()).settings();
        return new TestServe(RunningService.start(settings, Clock.systemDefaultZone()));
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + service.port());
    }

    public String apiKey() {
        return ((Bootstrap.Outcome.Generated) service.bootstrap()).apiKey();
    }

    public Database database() {
        return service.database();
    }

    public DocumentReader reader() {
        return service.reader();
    }

    /** Waits until every reader process is up (the service itself waits for one). */
    public void awaitReaders(java.time.Duration timeout) throws InterruptedException {
        if (service.reader() instanceof dev.passbook.app.reading.ReaderPool pool
                && !pool.awaitReady(pool.settings().processes(), timeout)) {
            throw new AssertionError("the reader processes did not all start within " + timeout);
        }
    }

    @Override
    public void close() {
        service.close();
    }
}
