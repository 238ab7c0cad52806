package dev.passbook.adapters.persistence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where the database is and how many connections to keep. {@code user} and {@code password} may be
 * empty (the driver's default, or an embedded database). A PostgreSQL URL that carries
 * {@code user=} and {@code password=} query parameters is accepted by {@link #fromUrl}, which moves
 * them out of the URL so the password never travels in a string that might be logged.
 *
 * <pre>{@code
 * DatabaseSettings.embedded(Path.of("data"));                       // zero-setup H2 file database
 * DatabaseSettings.fromUrl("jdbc:postgresql://db:5432/passbook?user=pb&password=s3cret");
 * }</pre>
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, int poolSize) {

    public static final int DEFAULT_POOL_SIZE = 10;
    /** The data directory used when nothing is configured. */
    public static final Path DEFAULT_DATA_DIRECTORY = Path.of("data");

    /*
     * LOCK_TIMEOUT: an upload racing another upload of the same file waits on the unique index
     * until the first commits; H2's default of one second is shorter than a large save.
     * WRITE_DELAY=0: a commit is written to the file before the upload is answered. H2's default
     * (500 ms) keeps recent commits in memory, so a process killed right after answering 200 lost
     * the accepted statement (found by the robustness crash test). The OS still buffers the write:
     * a power loss can lose the last commits, a killed process cannot.
     */
    private static final String H2_FILE_OPTIONS = ";LOCK_TIMEOUT=30000;WRITE_DELAY=0";

    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!jdbcUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("not a JDBC URL: " + redact(jdbcUrl));
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1: " + poolSize);
        }
    }

    /** The default: an embedded H2 file database {@code ./data/passbook.mv.db}. */
    public static DatabaseSettings defaults() {
        return embedded(DEFAULT_DATA_DIRECTORY);
    }

    /** An embedded H2 file database {@code passbook.mv.db} in {@code dataDirectory}. */
    public static DatabaseSettings embedded(Path dataDirectory) {
        String base = dataDirectory.resolve("passbook").toAbsolutePath().normalize().toString();
        return new DatabaseSettings("jdbc:h2:file:" + base + H2_FILE_OPTIONS, "sa", "", DEFAULT_POOL_SIZE);
    }

    /**
     * Settings from one URL; {@code user} and {@code password} query parameters (PostgreSQL style,
     * {@code ?user=u&password=p}) become the credentials and are removed from the URL.
     */
    public static DatabaseSettings fromUrl(String jdbcUrl) {
        return fromUrl(jdbcUrl, DEFAULT_POOL_SIZE);
    }

    public static DatabaseSettings fromUrl(String jdbcUrl, int poolSize) {
        int q = jdbcUrl.indexOf('?');
        if (q < 0) {
            return new DatabaseSettings(jdbcUrl, "", "", poolSize);
        }
        String user = "";
        String password = "";
        List<String> kept = new ArrayList<>();
        for (String param : jdbcUrl.substring(q + 1).split("&")) {
            if (param.isEmpty()) {
                continue;
            }
            int eq = param.indexOf('=');
            String key = eq < 0 ? param : param.substring(0, eq);
            String value = eq < 0 ? "" : java.net.URLDecoder.decode(param.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
            switch (key) {
                case "user" -> user = value;
                case "password" -> password = value;
                default -> kept.add(param);
            }
        }
        String url = jdbcUrl.substring(0, q) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
        return new DatabaseSettings(url, user, password, poolSize);
    }

    public DatabaseSettings withPoolSize(int size) {
        return new DatabaseSettings(jdbcUrl, user, password, size);
    }

    public boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    public boolean isH2() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    /** Never shows the password, not even one left inside the URL. */
    @Override
    public String toString() {
        return "DatabaseSettings[jdbcUrl=" + redact(jdbcUrl) + ", user=" + user + ", password="
                + (password.isEmpty() ? "" : "****") + ", poolSize=" + poolSize + "]";
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1****");
    }
}
