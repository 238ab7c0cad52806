package dev.passbook.app;

import dev.passbook.adapters.persistence.Database;
import dev.passbook.core.domain.AccountCategory;
import dev.passbook.core.domain.Organisation;
import dev.passbook.core.domain.ApiKeys;
import io.vavr.collection.HashSet;
import io.vavr.control.Option;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The first start of a service: with {@code PASSBOOK_API_KEY} set, that key is granted to the
 * default organisation (on every start; idempotent). Otherwise, when the database holds no
 * organisation at all, a default organisation is created with a fresh key, which is returned so it
 * can be shown exactly once. The key itself is never stored, only its hash.
 */
final class Bootstrap {

    static final String DEFAULT_ORGANISATION_ID = "default";

    /** What the first start did. */
    sealed interface Outcome {
        /** A key was generated; show it once. */
        record Generated(String apiKey) implements Outcome {
        }

        /** The configured key was granted. */
        record Configured() implements Outcome {
        }

        /** Organisations already exist; nothing to do. */
        record Existing() implements Outcome {
        }
    }

    private Bootstrap() {
    }

    static Organisation defaultOrganisation() {
        return new Organisation(DEFAULT_ORGANISATION_ID, "Default organisation", Option.none(), true,
                HashSet.of(AccountCategory.values()));
    }

    static Outcome run(Database db, Option<String> configuredKey) {
        if (configuredKey.exists(k -> !k.isBlank())) {
            Organisation org = db.organisations().findByApiKey(configuredKey.get().strip()).getOrElse(Bootstrap::defaultOrganisation);
            db.organisations().register(org, configuredKey.get().strip());
            return new Outcome.Configured();
        }
        if (organisationCount(db) > 0) {
            return new Outcome.Existing();
        }
        String key = ApiKeys.generate();
        db.organisations().register(defaultOrganisation(), key);
        return new Outcome.Generated(key);
    }

    // The port cannot enumerate organisations; the table name is the persistence adapter's schema (V1).
    private static long organisationCount(Database db) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM organisations")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not count organisations", e);
        }
    }
}
