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
 */
final class RunningService implements AutoCloseable {

    private final Database database;
    private final HttpApiServer server;
    private final Bootstrap.Outcome bootstrap;
    private final UseCases useCases;
    private final DocumentReader reader;

    private RunningService(Database database, HttpApiServer server, Bootstrap.Outcome bootstrap, UseCases useCases,
                           DocumentReader reader) {
        this.database = database;
        this.server = server;
        this.bootstrap = bootstrap;
        this.useCases = useCases;
        this.reader = reader;
    }

    static RunningService start(ServeSettings settings, Clock clock) {
        if (settings.database().isH2()) {
            try {
                Files.createDirectories(settings.dataDir());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the data directory " + settings.dataDir(), e);
            }
        }
        Database database = Database.open(settings.database());
        DocumentReader reader = null;
        try {
            Bootstrap.Outcome outcome = Bootstrap.run(database, settings.apiKey());
            reader = reader(settings);
            UseCases useCases = UseCases.wire(new UseCases.Ports(database.organisations(), database.sessions(),
                            database.statements(), reader, new HttpFileFetcher(settings.fetch())),
                    Plugins.registry(RunningService.class.getClassLoader()), clock, settings.operatorName(),
                    settings.analysis());
            HttpApiServer server = useCases.httpApi().start(settings.http());
            return new RunningService(database, server, outcome, useCases, reader);
        } catch (RuntimeException e) {
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
