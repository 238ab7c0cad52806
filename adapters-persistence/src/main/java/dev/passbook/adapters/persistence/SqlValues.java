package dev.passbook.adapters.persistence;

import dev.passbook.core.domain.Money;
import io.vavr.control.Option;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * How domain values map to columns, in one place so every repository agrees: {@code Option.none()}
 * is SQL NULL, dates are DATE, instants are TIMESTAMP WITH TIME ZONE in UTC, money is NUMERIC(18,2).
 */
final class SqlValues {

    private SqlValues() {
    }

    static void text(PreparedStatement ps, int index, Option<String> value) throws SQLException {
        if (value.isDefined()) {
            ps.setString(index, value.get());
        } else {
            ps.setNull(index, Types.VARCHAR);
        }
    }

    static void integer(PreparedStatement ps, int index, Option<Integer> value) throws SQLException {
        if (value.isDefined()) {
            ps.setInt(index, value.get());
        } else {
            ps.setNull(index, Types.INTEGER);
        }
    }

    static void date(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        ps.setObject(index, value);
    }

    static void date(PreparedStatement ps, int index, Option<LocalDate> value) throws SQLException {
        if (value.isDefined()) {
            ps.setObject(index, value.get());
        } else {
            ps.setNull(index, Types.DATE);
        }
    }

    /** Refuses (rather than rounds) a value with digits beyond the paisa: NUMERIC(18,2) would round silently. */
    static void money(PreparedStatement ps, int index, BigDecimal value) throws SQLException {
        ps.setBigDecimal(index, Money.of(value));
    }

    static void money(PreparedStatement ps, int index, Option<BigDecimal> value) throws SQLException {
        if (value.isDefined()) {
            money(ps, index, value.get());
        } else {
            ps.setNull(index, Types.NUMERIC);
        }
    }

    static void instant(PreparedStatement ps, int index, Instant value) throws SQLException {
        ps.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    static Option<String> text(ResultSet rs, String column) throws SQLException {
        return Option.of(rs.getString(column));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static Option<LocalDate> optionalDate(ResultSet rs, String column) throws SQLException {
        return Option.of(rs.getObject(column, LocalDate.class));
    }

    static BigDecimal money(ResultSet rs, String column) throws SQLException {
        return rs.getBigDecimal(column);
    }

    static Option<BigDecimal> optionalMoney(ResultSet rs, String column) throws SQLException {
        return Option.of(rs.getBigDecimal(column));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** SQLState class 23505: a unique or primary key constraint refused the row (H2 and PostgreSQL agree). */
    static boolean isUniqueViolation(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if ("23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
