package dev.passbook.core.inmemory;

import dev.passbook.core.domain.Statement;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import dev.passbook.core.port.StatementRepository;
import io.vavr.collection.List;
import io.vavr.control.Either;

import java.util.HashMap;
import java.util.Map;

/**
 * Statements in memory. The duplicate check and the insert happen under one lock, like the unique
 * constraints of the database adapter, so two racing uploads of the same file store exactly one.
 */
public final class InMemoryStatementRepository implements StatementRepository {

    private final Map<String, List<Statement>> bySession = new HashMap<>();

    @Override
    public synchronized Either<UploadError, Statement> save(Statement statement) {
        List<Statement> existing = bySession.getOrDefault(statement.sessionId(), List.empty());
        boolean duplicate = existing.exists(s -> s.fileSha256().equals(statement.fileSha256())
                || s.contentFingerprint().equals(statement.contentFingerprint()));
        if (duplicate) {
            return Either.left(UploadError.of(ErrorCode.STATEMENT_DUPLICATE));
        }
        bySession.put(statement.sessionId(), existing.append(statement));
        return Either.right(statement);
    }

    @Override
    public synchronized List<Statement> findBySession(String sessionId) {
        return bySession.getOrDefault(sessionId, List.empty());
    }

    @Override
    public synchronized boolean existsWithFile(String sessionId, String fileSha256) {
        return findBySession(sessionId).exists(s -> s.fileSha256().equals(fileSha256));
    }

    @Override
    public synchronized boolean existsWithFingerprint(String sessionId, String contentFingerprint) {
        return findBySession(sessionId).exists(s -> s.contentFingerprint().equals(contentFingerprint));
    }
}
