package dev.passbook.core.spi;

import dev.passbook.core.document.Document;
import dev.passbook.core.domain.Bank;
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
 *     public Either<ParseRefusal, ParsedStatement> parse(Document doc) { ... }
 * }
 * }</pre>
 *
 * Implementations must be stateless and thread-safe: one instance serves every upload.
 */
public interface StatementParser {

    /**
     * The SPI version this interface describes; the registry skips plugins built for another.
     * Version 2: {@link #parse} returns a {@link ParseRefusal} (stage, reason, place) instead of a
     * catalogue error.
     */
    int SPI_VERSION = 2;

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

    /**
     * How sure this parser is that the document is its own, on a 0..100 scale: 0 not mine; 1..49 a
     * table this parser could read but no sign of its bank (fallback parsers answer here); 50..99 the
     * bank's marks with some doubt (an IFSC alone, which a co-operative bank may borrow); 100 the bank's
     * own layout, beyond doubt. Name the bank in {@link Detection#bankId()} whenever it is recognised:
     * a detection that names a bank beats a higher one that names none. Cheap; must not throw.
     */
    Detection detect(Document document);

    /**
     * Reads the statement. Expected failures (layout not understood, no transactions) are returned as a
     * {@link ParseRefusal} saying at which stage and why, never thrown; core reports them as
     * {@code STATEMENT_UNSUPPORTED_FORMAT}.
     */
    Either<ParseRefusal, ParsedStatement> parse(Document document);
}
