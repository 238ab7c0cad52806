package dev.passbook.app;

import dev.passbook.adapters.http.Readiness;
import dev.passbook.adapters.http.api.PassbookHttpApi;
import dev.passbook.analysis.AnalysisSettings;
import dev.passbook.analysis.FraudAnalyzer;
import dev.passbook.analysis.name.PhoneticNameMatcher;
import dev.passbook.core.application.AccessPolicy;
import dev.passbook.core.application.CreateSessionService;
import dev.passbook.core.application.ReadStatement;
import dev.passbook.core.application.SessionQueryService;
import dev.passbook.core.application.UploadStatementService;
import dev.passbook.core.port.DocumentReader;
import dev.passbook.core.port.FileFetcher;
import dev.passbook.core.port.OrganisationDirectory;
import dev.passbook.core.port.SessionRepository;
import dev.passbook.core.port.StatementRepository;
import dev.passbook.core.spi.ParserRegistry;

import java.time.Clock;

/**
 * Core's use cases wired to a set of ports: the one place where Passbook is assembled, for the
 * server and for {@code passbook parse} alike. Fraud analysis is the analysis module's
 * {@link FraudAnalyzer} (core adds the accounting signals itself, with the settings' severities) and
 * names are matched by its {@link PhoneticNameMatcher}.
 */
public record UseCases(AccessPolicy access, ReadStatement reading, UploadStatementService uploads,
                       CreateSessionService sessions, SessionQueryService queries, ParserRegistry registry) {

    /** The ports the use cases run on. */
    public record Ports(OrganisationDirectory organisations, SessionRepository sessions, StatementRepository statements,
                        DocumentReader reader, FileFetcher fetcher) {
    }

    public static UseCases wire(Ports ports, ParserRegistry registry, Clock clock, String operatorName) {
        return wire(ports, registry, clock, operatorName, AnalysisSettings.defaults());
    }

    public static UseCases wire(Ports ports, ParserRegistry registry, Clock clock, String operatorName,
                                AnalysisSettings analysis) {
        AccessPolicy access = new AccessPolicy(ports.organisations(), clock, operatorName);
        ReadStatement reading = reading(ports.reader(), registry, analysis);
        UploadStatementService uploads = new UploadStatementService(access, ports.sessions(), ports.statements(),
                reading, ports.fetcher(), clock);
        return new UseCases(access, reading, uploads, new CreateSessionService(access, ports.sessions(), registry, clock),
                new SessionQueryService(access, ports.sessions(), ports.statements(), registry), registry);
    }

    /**
     * Reading one statement: core's accounting signals with the settings' severities, the analysis
     * module's other fraud signals and its name matching.
     */
    public static ReadStatement reading(DocumentReader reader, ParserRegistry registry, AnalysisSettings analysis) {
        return new ReadStatement(reader, registry, analysis.accounting(), new FraudAnalyzer(analysis),
                PhoneticNameMatcher.from(analysis));
    }

    public PassbookHttpApi httpApi() {
        return httpApi(Readiness.always());
    }

    /** The HTTP API whose {@code /ready} answers what {@code readiness} checks. */
    public PassbookHttpApi httpApi(Readiness readiness) {
        return new PassbookHttpApi(access, uploads, sessions, queries, readiness);
    }
}
