package dev.passbook.app;

import dev.passbook.adapters.persistence.DatabaseSettings;

import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.channels.UnresolvedAddressException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Why {@code passbook serve} (or {@code org create}) could not start, as one sentence with the fix:
 * a taken port, an address that is not this machine's, a data directory another process holds, a
 * database that cannot be reached. The operator reads this instead of a stack trace.
 */
final class StartupFailure extends RuntimeException {

    /** H2's code for a file database another process has open ("Database may be already in use"). */
    static final int H2_DATABASE_ALREADY_OPEN = 90020;

    StartupFailure(String sentence) {
        super(sentence, null, false, false);
    }

    /**
     * Opens one plain connection before the pool does: a locked or unreachable database then fails
     * here, quietly, instead of in the pool, which logs its own stack trace first.
     */
    static void probeDatabase(ServeSettings settings) {
        DatabaseSettings db = settings.database();
        try (Connection ignored = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            // reachable, and not held by another process
        } catch (SQLException e) {
            throw new StartupFailure(database(e, db, settings.dataDir().toString()));
        }
    }

    static String database(SQLException e, DatabaseSettings db, String dataDir) {
        if (e.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
            return "the database in " + dataDir + " is in use by another process, most likely a passbook serve already "
                    + "running on it; stop that one, or start this one with another --data-dir";
        }
        if (db.isH2()) {
            return "cannot open the database in " + dataDir + " (" + firstLine(e.getMessage()) + "); check the folder, "
                    + "or choose another with --data-dir";
        }
        return "cannot reach the database at " + db.jdbcUrl().replaceAll("(?i)(password=)[^&;]*", "$1****") + " ("
                + firstLine(e.getMessage()) + "); check --database-url, --database-user and PASSBOOK_DATABASE_PASSWORD";
    }

    /** The sentence for anything {@link RunningService#start} threw. */
    static String sentence(RuntimeException failure, ServeSettings settings) {
        if (failure instanceof StartupFailure known) {
            return known.getMessage();
        }
        String host = settings.http().host();
        int port = settings.http().port();
        for (Throwable cause : causes(failure)) {
            if (cause instanceof BindException bind) {
                String reason = bind.getMessage() == null ? "" : bind.getMessage();
                if (reason.contains("in use")) {
                    return "port " + port + " is already in use (another passbook serve, or another program); stop it, "
                            + "or choose another port with --port (env PASSBOOK_PORT)";
                }
                if (reason.contains("ermission")) {
                    return "port " + port + " needs privileges on this system; choose one above 1023 with --port";
                }
                return "cannot listen on " + host + ":" + port + " (" + reason + "); --host must be an address of this "
                        + "machine (default 0.0.0.0, every interface; 127.0.0.1 for this machine only)";
            }
            if (cause instanceof UnresolvedAddressException) {
                return "cannot listen on " + host + ": it is not an address of this machine; give one with --host "
                        + "(default 0.0.0.0, every interface; 127.0.0.1 for this machine only)";
            }
            if (cause instanceof SQLException sql) {
                return database(sql, settings.database(), settings.dataDir().toString());
            }
            if (cause instanceof UncheckedIOException io && io.getMessage().startsWith("cannot create the data directory")) {
                return io.getMessage() + " (" + io.getCause().getClass().getSimpleName().replace("Exception", "")
                        + "); choose another with --data-dir";
            }
        }
        return "could not start: " + String.join(": ", causes(failure).stream().map(StartupFailure::describe).toList());
    }

    private static String describe(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : firstLine(t.getMessage());
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
