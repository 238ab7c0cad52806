package dev.passbook.adapters.persistence;

import dev.passbook.core.domain.AccountCategory;
import dev.passbook.core.domain.Organisation;
import dev.passbook.core.domain.ApiKeys;
import dev.passbook.core.port.OrganisationDirectory;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Organisations and their API keys over JDBC. A key is looked up by its {@link ApiKeys#hash}; the
 * raw key never reaches SQL, a log line or an exception message.
 */
public final class JdbcOrganisationDirectory implements OrganisationDirectory {

    private static final String FIND_BY_KEY_HASH = """
            SELECT o.id, o.name, o.trial_ends_on, o.session_flow_enabled, o.allowed_categories
              FROM api_keys k JOIN organisations o ON o.id = k.organisation_id
             WHERE k.key_hash = ?""";
    private static final String UPDATE_ORGANISATION = """
            UPDATE organisations SET name = ?, trial_ends_on = ?, session_flow_enabled = ?, allowed_categories = ?
             WHERE id = ?""";
    private static final String INSERT_ORGANISATION = """
            INSERT INTO organisations (name, trial_ends_on, session_flow_enabled, allowed_categories, id)
            VALUES (?, ?, ?, ?, ?)""";
    private static final String FIND_KEY_OWNER = "SELECT organisation_id FROM api_keys WHERE key_hash = ?";
    private static final String INSERT_KEY = "INSERT INTO api_keys (key_hash, organisation_id) VALUES (?, ?)";

    private final DataSource dataSource;

    public JdbcOrganisationDirectory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Option<Organisation> findByApiKey(String apiKey) {
        if (apiKey == null || apiKey.isEmpty()) {
            return Option.none();
        }
        String hash = ApiKeys.hash(apiKey);
        return InTransaction.run(dataSource, "finding an organisation by API key", c -> {
            try (PreparedStatement ps = c.prepareStatement(FIND_BY_KEY_HASH)) {
                ps.setString(1, hash);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Option.some(organisation(rs)) : Option.<Organisation>none();
                }
            }
        });
    }

    /**
     * @throws IllegalArgumentException if the key is already granted to another organisation
     */
    @Override
    public void register(Organisation organisation, String apiKey) {
        if (apiKey == null || apiKey.isEmpty()) {
            throw new IllegalArgumentException("an API key is required");
        }
        String hash = ApiKeys.hash(apiKey);
        InTransaction.run(dataSource, "registering organisation " + organisation.id(), c -> {
            upsert(c, organisation);
            boolean granted = InsertIfAbsent.run(c, INSERT_KEY, ps -> {
                ps.setString(1, hash);
                ps.setString(2, organisation.id());
            });
            if (!granted && !keyOwner(c, hash).contains(organisation.id())) {
                throw new IllegalArgumentException("this API key is already granted to another organisation");
            }
            return null;
        });
    }

    private static void upsert(Connection c, Organisation organisation) throws SQLException {
        if (!InsertIfAbsent.run(c, INSERT_ORGANISATION, ps -> bind(ps, organisation))) {
            try (PreparedStatement ps = c.prepareStatement(UPDATE_ORGANISATION)) {
                bind(ps, organisation);
                ps.executeUpdate();
            }
        }
    }

    /** INSERT and UPDATE list the columns in the same order, id last. */
    private static void bind(PreparedStatement ps, Organisation organisation) throws SQLException {
        ps.setString(1, organisation.name());
        SqlValues.date(ps, 2, organisation.trialEndsOn());
        ps.setBoolean(3, organisation.sessionFlowEnabled());
        ps.setString(4, categoriesColumn(organisation.allowedCategories()));
        ps.setString(5, organisation.id());
    }

    private static Option<String> keyOwner(Connection c, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(FIND_KEY_OWNER)) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Option.some(rs.getString(1)) : Option.none();
            }
        }
    }

    private static Organisation organisation(ResultSet rs) throws SQLException {
        return new Organisation(rs.getString("id"), rs.getString("name"), SqlValues.optionalDate(rs, "trial_ends_on"),
                rs.getBoolean("session_flow_enabled"), categories(rs.getString("allowed_categories")));
    }

    static String categoriesColumn(Set<AccountCategory> categories) {
        return categories.map(AccountCategory::wire).toList().sorted().mkString(",");
    }

    static Set<AccountCategory> categories(String column) {
        if (column.isEmpty()) {
            return HashSet.empty();
        }
        return HashSet.ofAll(List.of(column.split(",")).map(wire -> AccountCategory.fromWire(wire)
                .getOrElseThrow(() -> new IllegalStateException("unknown account category in the database: " + wire))));
    }
}
