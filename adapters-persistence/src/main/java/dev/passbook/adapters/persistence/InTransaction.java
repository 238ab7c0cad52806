package dev.passbook.adapters.persistence;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Runs work on one connection inside one database transaction: commit on success, rollback otherwise. */
final class InTransaction {

    /** Work that may fail with SQL errors. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Tells, from the work's result, whether to commit it (the statement repository rolls back a duplicate). */
    @FunctionalInterface
    interface CommitIf<T> {
        boolean test(T result);
    }

    private InTransaction() {
    }

    static <T> T run(DataSource dataSource, String what, Work<T> work) {
        return run(dataSource, what, work, result -> true);
    }

    /**
     * Runs {@code work}; commits when {@code commitIf} accepts its result, rolls back otherwise.
     * Any {@link SQLException} rolls back and is rethrown as {@link PersistenceException}; any other
     * exception rolls back and propagates unchanged.
     */
    static <T> T run(DataSource dataSource, String what, Work<T> work, CommitIf<T> commitIf) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                if (commitIf.test(result)) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
                connection.setAutoCommit(autoCommit);
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(connection, autoCommit, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new PersistenceException(what + " failed", e);
        }
    }

    /** A broken connection may refuse the rollback too; the first failure is the one worth reporting. */
    private static void rollbackQuietly(Connection connection, boolean autoCommit, Throwable cause) {
        try {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }
}
