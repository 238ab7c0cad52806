package dev.passbook.core.spi;

import dev.passbook.core.document.Document;
import dev.passbook.core.domain.Bank;
import dev.passbook.core.error.UploadError;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * A bank-statement parser plugin, found with {@link java.util.ServiceLoader}. Register the
 * implementation in {@code META-INF/services/dev.passbook.core.spi.StatementParser}.
 *
 * <pre>{@code
 * public final class AcmeBankParser implements StatementParser {
 *     public String id() { return "acme"; }
 *     public List<Bank> banks() { return List.of(new Bank("acme", "Acme Bank", "ACME")); }
 *     public Detection detect(Document doc) { ... }      // cheap, never throws
 *     public Either<UploadError, ParsedStatement> parse(Document doc) { ... }
 * }
 * }</pre>
 *
 * Implementations must be stateless and thread-safe: one instance serves every upload.
 */
public interface StatementParser {

    /** The SPI version this interface describes; the registry skips plugins built for another. */
    int SPI_VERSION = 1;

    /** Unique, stable, lower-case id, e.g. {@code hdfc}. */
    String id();

    default int spiVersion() {
        return SPI_VERSION;
    }

    /** The banks this parser reads. */
    List<Bank> banks();

    /** True for a bank's own parser; false for a fallback that reads any bank roughly. */
    default boolean dedicated() {
        return true;
    }

    /** How sure this parser is that the document is its own. Cheap; must not throw. */
    Detection detect(Document document);

    /**
     * Reads the statement. Expected failures (layout not understood, no transactions) are returned as
     * {@code Left(STATEMENT_UNSUPPORTED_FORMAT)}, never thrown.
     */
    Either<UploadError, ParsedStatement> parse(Document document);
}
