package dev.passbook.app.robustness;

import dev.passbook.adapters.http.HttpApiServer;
import dev.passbook.adapters.http.HttpSettings;
import dev.passbook.adapters.http.fetch.FetchSettings;
import dev.passbook.adapters.http.fetch.HttpFileFetcher;
import dev.passbook.adapters.pdf.PdfDocumentReader;
import dev.passbook.adapters.pdf.ReaderLimits;
import dev.passbook.adapters.persistence.Database;
import dev.passbook.adapters.persistence.DatabaseSettings;
import dev.passbook.app.UseCases;
import dev.passbook.core.domain.AccountCategory;
import dev.passbook.core.domain.Organisation;
import dev.passbook.core.fixtures.FakeBankParser;
import dev.passbook.core.domain.ApiKeys;
import dev.passbook.core.spi.ParserRegistry;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * The production wiring ({@link UseCases#wire}, the real PDF reader, JDBC database, HTTP server
 * and file fetcher) on a real socket, with a fake parser of bank {@code ledger} as the only parser and two
 * organisations, A and B, each with a freshly generated API key.
 */
final class TestService implements AutoCloseable {

    /** An organisation and its raw API key. */
    record Tenant(String organisationId, String apiKey) {
    }

    /** What a test may tune. */
    record Limits(long maxBodyBytes, Duration readerBudget, List<String> fetchAllowList) {
        static Limits defaults() {
            return new Limits(HttpSettings.DEFAULT_MAX_BODY_BYTES, ReaderLimits.DEFAULT_TIME_BUDGET, List.empty());
        }
    }

    final Database database;
    final HttpApiServer server;
    final Tenant a;
    final Tenant b;
    final Limits limits;

    private TestService(Database database, HttpApiServer server, Tenant a, Tenant b, Limits limits) {
        this.database = database;
        this.server = server;
        this.a = a;
        this.b = b;
        this.limits = limits;
    }

    static TestService start(DatabaseSettings settings, Limits limits) {
        return start(Database.open(settings), limits, new Tenant("org-a", ApiKeys.generate()),
                new Tenant("org-b", ApiKeys.generate()));
    }

    /** Another node on the same database and tenants (its own pool when {@code database} is its own). */
    static TestService start(Database database, Limits limits, Tenant a, Tenant b) {
        try {
            for (Tenant t : List.of(a, b)) {
                database.organisations().register(new Organisation(t.organisationId(), "Lender " + t.organisationId(),
                        Option.none(), true, HashSet.of(AccountCategory.values())), t.apiKey());
            }
            PdfDocumentReader reader = new PdfDocumentReader(new ReaderLimits(ReaderLimits.DEFAULT_MAX_BYTES,
                    ReaderLimits.DEFAULT_MAX_PAGES, limits.readerBudget()));
            HttpFileFetcher fetcher = new HttpFileFetcher(FetchSettings.defaults().withAllowList(limits.fetchAllowList())
                    .withMaxBytes(limits.maxBodyBytes()).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10)));
            UseCases useCases = UseCases.wire(new UseCases.Ports(database.organisations(), database.sessions(),
                    database.statements(), reader, fetcher), ParserRegistry.of(new FakeBankParser(LedgerPdf.BANK, "Ledger Test Bank", "LEDG")),
                    Clock.systemUTC(), "FinBox");
            HttpApiServer server = useCases.httpApi().start(new HttpSettings("127.0.0.1", 0, limits.maxBodyBytes()));
            return new TestService(database, server, a, b, limits);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    URI base() {
        return server.baseUri();
    }

    int port() {
        return server.port();
    }

    ApiClient client() {
        return new ApiClient(base());
    }

    /** Stops the HTTP server only (the database may be shared with another node). */
    void stopServer() {
        server.close();
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
