package dev.passbook.app;

import dev.passbook.adapters.http.HttpApiServer;
import dev.passbook.adapters.http.fetch.HttpFileFetcher;
import dev.passbook.adapters.pdf.PdfDocumentReader;
import dev.passbook.adapters.persistence.Database;
import dev.passbook.core.spi.ParserRegistry;

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

    private RunningService(Database database, HttpApiServer server, Bootstrap.Outcome bootstrap, UseCases useCases) {
        this.database = database;
        this.server = server;
        this.bootstrap = bootstrap;
        this.useCases = useCases;
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
        try {
            Bootstrap.Outcome outcome = Bootstrap.run(database, settings.apiKey());
            UseCases useCases = UseCases.wire(new UseCases.Ports(database.organisations(), database.sessions(),
                            database.statements(), new PdfDocumentReader(), new HttpFileFetcher(settings.fetch())),
                    ParserRegistry.load(RunningService.class.getClassLoader()), clock, settings.operatorName(),
                    settings.analysis());
            HttpApiServer server = useCases.httpApi().start(settings.http());
            return new RunningService(database, server, outcome, useCases);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
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
            database.close();
        }
    }
}
