package dev.passbook.app;

import dev.passbook.adapters.http.HttpApiServer;
import dev.passbook.adapters.http.fetch.HttpFileFetcher;
import dev.passbook.adapters.pdf.PdfDocumentReader;
import dev.passbook.adapters.pdf.ReaderLimits;
import dev.passbook.app.reading.InProcessReaders;
import dev.passbook.app.reading.ReaderPool;
import dev.passbook.app.reading.ReaderSettings;
import dev.passbook.core.port.DocumentReader;
import dev.passbook.adapters.persistence.Database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;

/**
 * The HTTP service on its database: what {@code passbook serve} starts, and what tests start on
 * port 0 with a temporary data directory.
 *
 * <p>Order of the start: the database (probed first, so a locked or unreachable one is one sentence
 * and not a pool's stack trace), the readers, the HTTP port, and only once the port is bound the
 * first-start organisation: a start that fails on a taken port creates nothing, and the next start
 * generates and prints the key. With an embedded database the {@link AdminSocket} then lets
 * {@code org create} register organisations while the service runs.
 */
final class RunningService implements AutoCloseable {

    private final Database database;
    private final HttpApiServer server;
    private final Bootstrap.Outcome bootstrap;
    private final UseCases useCases;
    private final DocumentReader reader;
    private final io.vavr.control.Option<AdminSocket> admin;

    private RunningService(Database database, HttpApiServer server, Bootstrap.Outcome bootstrap, UseCases useCases,
                           DocumentReader reader, io.vavr.control.Option<AdminSocket> admin) {
        this.database = database;
        this.server = server;
        this.bootstrap = bootstrap;
        this.useCases = useCases;
        this.reader = reader;
        this.admin = admin;
    }

    static RunningService start(ServeSettings settings, Clock clock) {
        if (settings.database().isH2()) {
            try {
                Files.createDirectories(settings.dataDir());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the data directory " + settings.dataDir(), e);
            }
        }
        StartupFailure.probeDatabase(settings);
        Database database = Database.open(settings.database());
        DocumentReader reader = null;
        HttpApiServer server = null;
        try {
            reader = reader(settings);
            UseCases useCases = UseCases.wire(new UseCases.Ports(database.organisations(), database.sessions(),
                            database.statements(), reader, new HttpFileFetcher(settings.fetch())),
                    Plugins.registry(settings.plugins()), clock, settings.operatorName(),
                    settings.analysis());
            server = useCases.httpApi(new DatabaseReadiness(database)).start(settings.http());
            Bootstrap.Outcome outcome = Bootstrap.run(database, settings.apiKey());
            io.vavr.control.Option<AdminSocket> admin = settings.database().isH2()
                    ? AdminSocket.open(settings.dataDir(), database.organisations()) : io.vavr.control.Option.none();
            return new RunningService(database, server, outcome, useCases, reader, admin);
        } catch (RuntimeException e) {
            if (server != null) {
                server.close();
            }
            closeReader(reader);
            database.close();
            throw e;
        }
    }

    /**
     * Reader processes (the default), or the in-process reader behind a semaphore. Either way at
     * most {@code readers.processes()} PDFs are read at once.
     */
    private static DocumentReader reader(ServeSettings settings) {
        ReaderSettings readers = settings.readers();
        if (settings.isolatedReaders()) {
            ReaderPool pool = ReaderPool.start(readers);
            // listen only once a statement can be read: the first uploads would otherwise be SERVICE_BUSY
            try {
                if (!pool.awaitReady(1, readers.startTimeout())) {
                    pool.close();
                    throw new IllegalStateException("no statement reader process started within "
                            + readers.startTimeout().toSeconds() + " s (see the log)");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                pool.close();
                throw new IllegalStateException("interrupted while starting the statement readers", e);
            }
            return pool;
        }
        return new InProcessReaders(new PdfDocumentReader(new ReaderLimits(readers.maxFileBytes(), readers.maxPages(),
                readers.timeBudget())), readers);
    }

    private static void closeReader(DocumentReader reader) {
        if (reader instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not stop the reader processes", e);
            }
        }
    }

    DocumentReader reader() {
        return reader;
    }

    int port() {
        return server.port();
    }

    Bootstrap.Outcome bootstrap() {
        return bootstrap;
    }

    UseCases useCases() {
        return useCases;
    }

    Database database() {
        return database;
    }

    void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        admin.forEach(AdminSocket::close);
        try {
            server.close();
        } finally {
            try {
                closeReader(reader);
            } finally {
                database.close();
            }
        }
    }
}
