package dev.passbook.adapters.persistence;

import java.sql.SQLException;

/**
 * The database failed in a way no caller can fix: an outage, a broken schema or a bug. Expected
 * outcomes such as a duplicate statement are never reported this way; they are returned.
 */
public final class PersistenceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PersistenceException(String message, SQLException cause) {
        super(message + " (SQLState " + cause.getSQLState() + ")", cause);
    }

    public SQLException sqlException() {
        return (SQLException) getCause();
    }
}
