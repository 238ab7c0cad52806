package dev.passbook.app;

import dev.passbook.adapters.pdf.PdfDocumentReader;
import dev.passbook.adapters.pdf.ReaderLimits;
import dev.passbook.analysis.AnalysisSettings;
import dev.passbook.core.application.Months;
import dev.passbook.core.application.ReadRefusal;
import dev.passbook.core.application.ReadRequest;
import dev.passbook.core.application.ReadStatement;
import dev.passbook.core.application.UploadOutcome;
import dev.passbook.core.application.UploadRules;
import dev.passbook.core.domain.Statement;
import dev.passbook.core.error.UploadError;
import dev.passbook.core.port.DocumentReader;
import dev.passbook.core.spi.ParserRegistry;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Reading one statement without a server, a database or a session, for {@code passbook parse} and
 * {@code passbook check}: core's {@link ReadStatement} with the same parsers and analysis as the
 * service. The statement belongs to no organisation and no session (both ids empty; the account id is
 * computed with an empty organisation id). Months are reported against the statement's own period,
 * since there is no session period to miss months of: {@code missing_months} are the declared months no
 * transaction touched.
 */
final class ParsePipeline {

    private final DocumentReader reader;
    private final ReadStatement reading;
    private final Clock clock;

    ParsePipeline(DocumentReader reader, ParserRegistry registry, Clock clock) {
        this.reader = reader;
        this.reading = UseCases.reading(reader, registry, AnalysisSettings.defaults());
        this.clock = clock;
    }

    DocumentReader reader() {
        return reader;
    }

    /** Reading one statement with the same parsers and analysis as the service. */
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
        return standard(Option.none());
    }

    /** {@link #standard()} with the parser plugins of {@code pluginFolder} ({@link Plugins}). */
    static ParsePipeline standard(Option<Path> pluginFolder) {
        Duration budget = Option.of(System.getenv("PASSBOOK_READER_TIME_BUDGET")).filter(v -> !v.isBlank())
                .map(DurationConverter::parse).getOrElse(ReaderLimits.DEFAULT_TIME_BUDGET);
        return new ParsePipeline(new PdfDocumentReader(new ReaderLimits(ReaderLimits.DEFAULT_MAX_BYTES,
                ReaderLimits.DEFAULT_MAX_PAGES, budget)), Plugins.registry(pluginFolder),
                Clock.systemDefaultZone());
    }

    Either<UploadError, UploadOutcome> parse(byte[] file, Option<String> password, Option<String> bank) {
        return UploadRules.notEmpty(file)
                .flatMap(bytes -> reading.read(new ReadRequest(bytes, password, bank, List.empty())).mapLeft(ReadRefusal::error))
                .map(read -> againstOwnPeriod(read.toStatement(UUID.randomUUID().toString(), "", "", file, clock.instant())));
    }

    private static UploadOutcome againstOwnPeriod(Statement s) {
        return new UploadOutcome(s, Months.touched(s.extracted()), Months.missing(s.period(), List.of(s.extracted())), List.of(s));
    }
}
