package dev.passbook.app;

import dev.passbook.adapters.http.api.PassbookHttpApi;
import dev.passbook.core.application.AccessPolicy;
import dev.passbook.core.application.CreateSessionService;
import dev.passbook.core.application.NameMatcher;
import dev.passbook.core.application.SessionQueryService;
import dev.passbook.core.application.SimpleNameMatcher;
import dev.passbook.core.application.StatementAnalyzer;
import dev.passbook.core.application.UploadStatementService;
import dev.passbook.core.port.DocumentReader;
import dev.passbook.core.port.FileFetcher;
import dev.passbook.core.port.OrganisationDirectory;
import dev.passbook.core.port.SessionRepository;
import dev.passbook.core.port.StatementRepository;
import dev.passbook.core.spi.ParserRegistry;
import io.vavr.collection.List;

import java.time.Clock;
import java.util.ServiceLoader;

/**
 * Core's use cases wired to a set of ports: the one place where Passbook is assembled, for the
 * server and for {@code passbook parse} alike. Fraud analyzers and a name matcher are found with
 * {@link ServiceLoader} when a module provides them; otherwise only the accounting checks run and
 * names are matched by {@link SimpleNameMatcher}.
 */
public record UseCases(AccessPolicy access, UploadStatementService uploads, CreateSessionService sessions,
                       SessionQueryService queries, ParserRegistry registry) {

    /** The ports the use cases run on. */
    public record Ports(OrganisationDirectory organisations, SessionRepository sessions, StatementRepository statements,
                        DocumentReader reader, FileFetcher fetcher) {
    }

    public static UseCases wire(Ports ports, ParserRegistry registry, Clock clock, String operatorName) {
        AccessPolicy access = new AccessPolicy(ports.organisations(), clock, operatorName);
        UploadStatementService uploads = new UploadStatementService(access, ports.sessions(), ports.statements(),
                registry, ports.reader(), ports.fetcher(), analyzers(), nameMatcher(), clock);
        return new UseCases(access, uploads, new CreateSessionService(access, ports.sessions(), registry, clock),
                new SessionQueryService(access, ports.sessions(), ports.statements(), registry), registry);
    }

    public PassbookHttpApi httpApi() {
        return new PassbookHttpApi(access, uploads, sessions, queries);
    }

    static StatementAnalyzer analyzers() {
        List<StatementAnalyzer> found = List.ofAll(ServiceLoader.load(StatementAnalyzer.class));
        return found.isEmpty() ? StatementAnalyzer.none() : StatementAnalyzer.combine(found.toJavaArray(StatementAnalyzer[]::new));
    }

    static NameMatcher nameMatcher() {
        return List.ofAll(ServiceLoader.load(NameMatcher.class)).headOption().getOrElse(SimpleNameMatcher::new);
    }
}
