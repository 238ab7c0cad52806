package dev.passbook.adapters.persistence;

/** What {@link Database#health(java.time.Duration)} found. */
public enum DatabaseHealth {
    /** A pooled connection answered and every migration applied at start is still recorded as applied. */
    UP,
    /** No connection, or no answer within the probe's time limit. */
    UNREACHABLE,
    /** The database answers, but its schema history lacks a migration this version needs, or records a failed one. */
    MIGRATIONS_PENDING
}
