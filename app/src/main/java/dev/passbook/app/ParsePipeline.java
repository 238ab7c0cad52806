package dev.passbook.app;

import dev.passbook.adapters.pdf.PdfDocumentReader;
import dev.passbook.adapters.pdf.ReaderLimits;
import dev.passbook.analysis.AnalysisSettings;
import dev.passbook.core.application.FileSource;
import dev.passbook.core.application.ReadStatement;
import dev.passbook.core.application.Months;
import dev.passbook.core.application.UploadOutcome;
import dev.passbook.core.application.UploadStatementCommand;
import dev.passbook.core.domain.AccountCategory;
import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Organisation;
import dev.passbook.core.domain.Session;
import dev.passbook.core.domain.Statement;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import dev.passbook.core.inmemory.InMemoryOrganisationDirectory;
import dev.passbook.core.inmemory.InMemorySessionRepository;
import dev.passbook.core.inmemory.InMemoryStatementRepository;
import dev.passbook.core.port.ApiKeys;
import dev.passbook.core.port.DocumentReader;
import dev.passbook.core.spi.ParserRegistry;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The upload pipeline without a server or a database, for {@code passbook parse}: the same use
 * case on in-memory ports, inside a throwaway session that accepts any date and any account
 * category. Months are then reported against the statement's own period, since there is no
 * session period to miss months of: {@code missing_months} are the declared months no transaction
 * touched.
 */
final class ParsePipeline {

    private static final DateRange ANY_DATE = DateRange.of(LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 31));

    private final DocumentReader reader;
    private final ParserRegistry registry;
    private final Clock clock;
    private final ReadStatement reading;

    ParsePipeline(DocumentReader reader, ParserRegistry registry, Clock clock) {
        this.reader = reader;
        this.registry = registry;
        this.clock = clock;
        this.reading = UseCases.reading(reader, registry, AnalysisSettings.defaults());
    }

    DocumentReader reader() {
        return reader;
    }

    /** Reading one statement with the same parsers and analysis, without the upload's session. */
    ReadStatement reading() {
        return reading;
    }

    /**
     * The reader with its default limits, except the time budget, which {@code PASSBOOK_READER_TIME_BUDGET}
     * sets for {@code parse} as it does for {@code serve}. {@code parse} reads in its own JVM: a PDF that
     * exhausts the heap takes only this one command down (it answers PDF_TOO_COMPLEX when the reader
     * catches the OutOfMemoryError).
     */
    static ParsePipeline standard() {
        Duration budget = Option.of(System.getenv("PASSBOOK_READER_TIME_BUDGET")).filter(v -> !v.isBlank())
                .map(DurationConverter::parse).getOrElse(ReaderLimits.DEFAULT_TIME_BUDGET);
        return new ParsePipeline(new PdfDocumentReader(new ReaderLimits(ReaderLimits.DEFAULT_MAX_BYTES,
                ReaderLimits.DEFAULT_MAX_PAGES, budget)), ParserRegistry.load(ParsePipeline.class.getClassLoader()),
                Clock.systemDefaultZone());
    }

    Either<UploadError, UploadOutcome> parse(byte[] file, Option<String> password, Option<String> bank) {
        InMemoryOrganisationDirectory organisations = new InMemoryOrganisationDirectory();
        InMemorySessionRepository sessions = new InMemorySessionRepository();
        String key = ApiKeys.generate();
        Organisation org = new Organisation("cli", "passbook parse", Option.none(), true, HashSet.of(AccountCategory.values()));
        organisations.register(org, key);
        Session session = new Session(UUID.randomUUID().toString(), org.id(), "passbook-parse", ANY_DATE, clock.instant(),
                clock.instant().plusSeconds(3600), List.empty(), Option.none());
        sessions.save(session);
        UseCases useCases = UseCases.wire(new UseCases.Ports(organisations, sessions, new InMemoryStatementRepository(),
                reader, url -> Either.left(UploadError.of(ErrorCode.INVALID_FILE_URL))), registry, clock, "FinBox");
        return useCases.uploads()
                .upload(new UploadStatementCommand(Option.some(key), Option.some(session.id()), Option.some("PDF"), bank,
                        FileSource.blob(file), password))
                .map(ParsePipeline::againstOwnPeriod);
    }

    private static UploadOutcome againstOwnPeriod(UploadOutcome outcome) {
        Statement s = outcome.statement();
        return new UploadOutcome(s, outcome.months(), Months.missing(s.period(), List.of(s.extracted())), List.of(s));
    }
}
