package dev.passbook.core.port;

import dev.passbook.core.domain.Statement;
import dev.passbook.core.error.UploadError;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * Accepted statements. {@link #save} stores a statement with all its transactions atomically and
 * decides duplicates itself (same session + file SHA-256, or same session + content fingerprint),
 * answering {@code Left(STATEMENT_DUPLICATE)}, so concurrent uploads store exactly one.
 */
public interface StatementRepository {

    Either<UploadError, Statement> save(Statement statement);

    /** The session's accepted statements, oldest first, with their transactions. */
    List<Statement> findBySession(String sessionId);

    boolean existsWithFile(String sessionId, String fileSha256);

    boolean existsWithFingerprint(String sessionId, String contentFingerprint);
}
