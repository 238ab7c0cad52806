package dev.passbook.adapters.persistence;

import dev.passbook.core.domain.DateRange;
import dev.passbook.core.domain.Session;
import dev.passbook.core.port.SessionRepository;
import io.vavr.collection.List;
import io.vavr.control.Option;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Sessions over JDBC; a session and its expected names are written in one transaction. */
public final class JdbcSessionRepository implements SessionRepository {

    private static final String UPDATE = """
            UPDATE sessions SET organisation_id = ?, link_id = ?, period_from = ?, period_to = ?, created_at = ?,
                   expires_at = ?, bank_name = ?
             WHERE id = ?""";
    private static final String INSERT = """
            INSERT INTO sessions (organisation_id, link_id, period_from, period_to, created_at, expires_at, bank_name, id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String DELETE_NAMES = "DELETE FROM session_expected_names WHERE session_id = ?";
    private static final String INSERT_NAME = "INSERT INTO session_expected_names (session_id, seq, name) VALUES (?, ?, ?)";
    private static final String FIND = """
            SELECT id, organisation_id, link_id, period_from, period_to, created_at, expires_at, bank_name
              FROM sessions WHERE id = ?""";
    private static final String FIND_NAMES = "SELECT name FROM session_expected_names WHERE session_id = ? ORDER BY seq";

    private final DataSource dataSource;

    public JdbcSessionRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Inserts the session, or replaces the stored one with the same id (and its expected names). */
    @Override
    public void save(Session session) {
        InTransaction.run(dataSource, "saving session " + session.id(), c -> {
            // insert first: two racing first saves of one session must not fail; a re-save updates
            if (!InsertIfAbsent.run(c, INSERT, ps -> bind(ps, session))) {
                try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
                    bind(ps, session);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement(DELETE_NAMES)) {
                ps.setString(1, session.id());
                ps.executeUpdate();
            }
            if (!session.expectedNames().isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(INSERT_NAME)) {
                    int seq = 0;
                    for (String name : session.expectedNames()) {
                        ps.setString(1, session.id());
                        ps.setInt(2, seq++);
                        ps.setString(3, name);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            return null;
        });
    }

    @Override
    public Option<Session> findById(String sessionId) {
        return InTransaction.run(dataSource, "reading session " + sessionId, c -> {
            try (PreparedStatement ps = c.prepareStatement(FIND)) {
                ps.setString(1, sessionId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Option.none();
                    }
                    return Option.some(new Session(rs.getString("id"), rs.getString("organisation_id"),
                            rs.getString("link_id"),
                            DateRange.of(SqlValues.date(rs, "period_from"), SqlValues.date(rs, "period_to")),
                            SqlValues.instant(rs, "created_at"), SqlValues.instant(rs, "expires_at"),
                            expectedNames(c, sessionId), SqlValues.text(rs, "bank_name")));
                }
            }
        });
    }

    /** INSERT and UPDATE list the columns in the same order, id last. */
    private static void bind(PreparedStatement ps, Session session) throws SQLException {
        ps.setString(1, session.organisationId());
        ps.setString(2, session.linkId());
        SqlValues.date(ps, 3, session.period().from());
        SqlValues.date(ps, 4, session.period().to());
        SqlValues.instant(ps, 5, session.createdAt());
        SqlValues.instant(ps, 6, session.expiresAt());
        SqlValues.text(ps, 7, session.bankName());
        ps.setString(8, session.id());
    }

    private static List<String> expectedNames(Connection c, String sessionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(FIND_NAMES)) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                List<String> names = List.empty();
                while (rs.next()) {
                    names = names.prepend(rs.getString(1));
                }
                return names.reverse();
            }
        }
    }
}
