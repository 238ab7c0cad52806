package dev.passbook.adapters.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * An INSERT that tolerates the row being there already, race-safe on H2 and PostgreSQL without
 * dialect SQL ({@code ON CONFLICT}, {@code MERGE}): a concurrent inserter of the same key waits on
 * the unique index, then gets SQLState 23505, which is rolled back to a savepoint so the
 * surrounding transaction stays usable (PostgreSQL would otherwise abort it).
 */
final class InsertIfAbsent {

    /** Binds the parameters of the prepared INSERT. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement insert) throws SQLException;
    }

    private InsertIfAbsent() {
    }

    /** @return true if the row was inserted, false if a unique constraint said it already exists */
    static boolean run(Connection c, String insertSql, Binder binder) throws SQLException {
        Savepoint beforeInsert = c.setSavepoint();
        try (PreparedStatement ps = c.prepareStatement(insertSql)) {
            binder.bind(ps);
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (!SqlValues.isUniqueViolation(e)) {
                throw e;
            }
            c.rollback(beforeInsert);
            return false;
        }
    }
}
