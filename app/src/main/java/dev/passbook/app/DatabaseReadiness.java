package dev.passbook.app;

import dev.passbook.adapters.http.Readiness;
import dev.passbook.adapters.persistence.Database;
import dev.passbook.adapters.persistence.DatabaseHealth;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /ready} of {@code passbook serve}: the database answers within {@link #TIMEOUT} and has
 * every migration this version applied at start. Reader processes are not checked: the service
 * starts listening only once one is up, and a busy reader is {@code SERVICE_BUSY}, not "not ready".
 */
final class DatabaseReadiness implements Readiness {

    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final Database database;

    DatabaseReadiness(Database database) {
        this.database = database;
    }

    @Override
    public Map<String, String> check() {
        DatabaseHealth health = database.health(TIMEOUT);
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("database", health == DatabaseHealth.UNREACHABLE ? "unreachable" : OK);
        checks.put("migrations", switch (health) {
            case UP -> OK;
            case MIGRATIONS_PENDING -> "pending";
            case UNREACHABLE -> "unknown";
        });
        return checks;
    }
}
