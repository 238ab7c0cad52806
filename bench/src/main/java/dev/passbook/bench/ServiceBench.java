package dev.passbook.bench;

import dev.passbook.adapters.persistence.DatabaseSettings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Uploads per second and latency of {@code passbook serve} for a 5-page statement: the service runs as
 * a child process ({@code app/target/passbook.jar}, {@code -XX:ActiveProcessorCount=2}) on a free
 * loopback port with a temporary data directory and an API key passed in the environment. Every upload
 * goes to a session of its own (created beforehand, not timed), so none is refused as a duplicate.
 * Only loopback traffic.
 */
final class ServiceBench {

    private static final Pattern LISTENING = Pattern.compile("listening on http://[^:]+:(\\d+)");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ServiceBench() {
    }

    /** One load level's figures. */
    record Level(int concurrency, int uploads, int failures, double seconds, double[] latenciesMs, double serverCpuMs) {
        double perSecond() {
            return uploads / seconds;
        }

        double percentile(double p) {
            int i = (int) Math.ceil(p / 100 * latenciesMs.length) - 1;
            return latenciesMs[Math.max(0, Math.min(latenciesMs.length - 1, i))];
        }
    }

    static void run(Consumer<String> line, boolean full, Path corpus, String pgUrl) throws Exception {
        Path jar = Path.of(System.getProperty("passbook.bench.appJar", "app/target/passbook.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " does not exist: build the app module "
                    + "(bench/run.sh does when the app module has sources)");
        }
        Path file = StatementCorpus.file(corpus, 5);
        byte[] pdf = Files.readAllBytes(file);
        Properties facts = StatementCorpus.facts(file);
        int[] levels = full ? new int[]{1, 2, 4, 8} : new int[]{1, 4};
        int uploads = full ? 300 : 100;
        int warmup = full ? 150 : 60;

        line.accept("## Service: uploads of a 5-page statement over loopback HTTP");
        line.accept("");
        line.accept("`java -XX:ActiveProcessorCount=2 -Xmx512m -jar app/target/passbook.jar serve --host 127.0.0.1 --port 0"
                + " --data-dir <temp>` (PostgreSQL: `PASSBOOK_DATABASE_URL` with a fresh schema), API key from"
                + " `PASSBOOK_API_KEY`. Client: java.net.http (HTTP/1.1), N concurrent callers in the same machine,"
                + " multipart `file` + `session_id` + `upload_type=PDF`, one pre-created session per upload. " + warmup
                + " warm-up uploads, then " + uploads + " per level. Server CPU = CPU time of the service process"
                + " per upload (the database server's own CPU is not included for PostgreSQL). Load average before: "
                + Machine.loadAverage() + ".");
        line.accept("");
        line.accept("| database | concurrent callers | uploads/s | p50 | p99 | failures | server CPU per upload |");
        line.accept("|---|---:|---:|---:|---:|---:|---:|");
        report(line, "H2 (embedded file)", measure(jar, null, pdf, facts, levels, uploads, warmup));
        if (pgUrl == null) {
            line.accept("| PostgreSQL | not measured: set PASSBOOK_BENCH_PG_URL or PASSBOOK_TEST_PG_URL | | | | | |");
        } else {
            DatabaseSettings server = DatabaseSettings.fromUrl(pgUrl);
            String schema = "pb_bench_" + UUID.randomUUID().toString().replace("-", "");
            execute(server, "CREATE SCHEMA " + schema);
            try {
                String url = pgUrl + (pgUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
                report(line, "PostgreSQL (127.0.0.1)", measure(jar, url, pdf, facts, levels, uploads, warmup));
            } finally {
                execute(server, "DROP SCHEMA " + schema + " CASCADE");
            }
        }
        line.accept("");
    }

    private static void report(Consumer<String> line, String database, List<Level> levels) {
        for (Level l : levels) {
            line.accept(String.format(Locale.ROOT, "| %s | %d | %.1f | %.0f ms | %.0f ms | %d | %.1f ms |", database,
                    l.concurrency(), l.perSecond(), l.percentile(50), l.percentile(99), l.failures(), l.serverCpuMs()));
        }
    }

    private static List<Level> measure(Path jar, String pgUrl, byte[] pdf, Properties facts, int[] levels, int uploads,
                                       int warmup) throws Exception {
        Path dataDir = Files.createTempDirectory("passbook-bench-serve");
        String apiKey = "pbk_bench_" + UUID.randomUUID().toString().replace("-", "");
        List<String> cmd = List.of(Machine.javaBinary(), "-XX:ActiveProcessorCount=2", "-Xmx512m", "-jar",
                jar.toAbsolutePath().toString(), "serve", "--host", "127.0.0.1", "--port", "0", "--data-dir",
                dataDir.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("serve.log").toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("PASSBOOK_"));
        env.put("PASSBOOK_API_KEY", apiKey);
        if (pgUrl != null) {
            env.put("PASSBOOK_DATABASE_URL", pgUrl);
        }
        Process server = pb.start();
        try {
            int port = awaitPort(server, dataDir.resolve("serve.log"));
            URI base = URI.create("http://127.0.0.1:" + port);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            LocalDate from = LocalDate.parse(facts.getProperty("periodFrom"));
            LocalDate to = LocalDate.parse(facts.getProperty("periodTo"));
            Uploader up = new Uploader(client, base, apiKey, pdf);
            run(up, sessions(up, warmup, from, to), 2);
            List<Level> out = new ArrayList<>();
            for (int c : levels) {
                List<String> ids = sessions(up, uploads, from, to);
                long cpu0 = cpuNanos(server.pid());
                Level l = run(up, ids, c);
                double cpuMs = (cpuNanos(server.pid()) - cpu0) / 1e6 / uploads;
                out.add(new Level(l.concurrency(), l.uploads(), l.failures(), l.seconds(), l.latenciesMs(), cpuMs));
            }
            return out;
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            PersistenceBench.deleteTree(dataDir);
        }
    }

    private static List<String> sessions(Uploader up, int n, LocalDate from, LocalDate to) throws Exception {
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(up.createSession(from.format(DMY), to.format(DMY)));
        }
        return ids;
    }

    private static Level run(Uploader up, List<String> sessions, int concurrency) throws Exception {
        int n = sessions.size();
        double[] latencies = new double[n];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> callers = new ArrayList<>();
            for (int c = 0; c < concurrency; c++) {
                callers.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < n; ) {
                        long s = System.nanoTime();
                        int status = up.upload(sessions.get(i));
                        latencies[i] = (System.nanoTime() - s) / 1e6;
                        if (status != 200) {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : callers) {
                f.get(30, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Arrays.sort(latencies);
        return new Level(concurrency, n, failures.get(), seconds, latencies, 0);
    }

    private static int awaitPort(Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("passbook serve exited with " + server.exitValue() + ": " + tail(log));
            }
            Matcher m = LISTENING.matcher(Files.exists(log) ? Files.readString(log) : "");
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("passbook serve did not announce its port within 180 s: " + tail(log));
    }

    private static String tail(Path log) throws IOException {
        String s = Files.exists(log) ? Files.readString(log) : "";
        return s.length() > 500 ? s.substring(s.length() - 500) : s;
    }

    /** utime + stime of a process from /proc (Linux, USER_HZ = 100); 0 elsewhere. */
    private static long cpuNanos(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
        } catch (Exception e) {
            return 0;
        }
    }

    private static void execute(DatabaseSettings server, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
             java.sql.Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The two calls the load needs, over one shared client. */
    private record Uploader(HttpClient client, URI base, String apiKey, byte[] pdf) {
        private static final Pattern SESSION_ID = Pattern.compile("\"session_id\"\\s*:\\s*\"([^\"]+)\"");
        private static final String BOUNDARY = "passbook-bench-" + UUID.randomUUID();

        String createSession(String from, String to) throws Exception {
            String json = "{\"link_id\":\"bench-" + UUID.randomUUID() + "\",\"from_date\":\"" + from + "\",\"to_date\":\"" + to + "\"}";
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("/bank-connect/v1/session/"))
                    .header("x-api-key", apiKey).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = SESSION_ID.matcher(r.body());
            if (r.statusCode() != 200 || !m.find()) {
                throw new IllegalStateException("session not created: " + r.statusCode() + " " + r.body());
            }
            return m.group(1);
        }

        int upload(String sessionId) throws Exception {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("/bank-connect/v1/statement/upload_session/"))
                    .header("x-api-key", apiKey).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                    .timeout(Duration.ofMinutes(2))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(sessionId))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                String body = r.body();
                System.err.println("upload failed: " + r.statusCode() + " " + body.substring(0, Math.min(300, body.length())));
            }
            return r.statusCode();
        }

        private byte[] multipart(String sessionId) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 512);
            field(out, "session_id", sessionId);
            field(out, "upload_type", "PDF");
            out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"statement.pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(pdf);
            out.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
            return out.toByteArray();
        }

        private static void field(ByteArrayOutputStream out, String name, String value) throws IOException {
            out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        }
    }
}
