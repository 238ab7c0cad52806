package dev.passbook.app;

import dev.passbook.core.domain.AccountCategory;
import dev.passbook.core.domain.Organisation;
import dev.passbook.core.port.OrganisationDirectory;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Properties;

/**
 * How {@code passbook org create} reaches an embedded H2 database the running service holds open
 * (H2 lets one process open a file database): {@code serve} listens on a Unix domain socket
 * {@value #FILE} in its data directory, readable and writable by its owner only, and registers the
 * organisations sent there. Nothing listens on the network; whoever can use the socket can read the
 * database file next to it anyway. One request per connection: the organisation and the hash-only
 * key as {@link Properties}, answered {@code ok} or {@code error: reason}.
 *
 * <p>The CLI generates the key, so it never travels back; the service stores only its hash, as
 * {@code org create} does on its own.
 */
final class AdminSocket implements AutoCloseable {

    static final String FILE = "passbook.admin.sock";
    private static final Logger LOG = LoggerFactory.getLogger(AdminSocket.class);
    private static final int MAX_REQUEST = 64 * 1024;

    private final ServerSocketChannel channel;
    private final Path path;
    private final Thread acceptor;

    private AdminSocket(ServerSocketChannel channel, Path path, OrganisationDirectory organisations) {
        this.channel = channel;
        this.path = path;
        this.acceptor = new Thread(() -> serve(organisations), "passbook-admin-socket");
        this.acceptor.setDaemon(true);
        this.acceptor.start();
    }

    /**
     * Listens in {@code dataDir}; the caller holds the database, so a socket file left there is a
     * dead service's and is replaced. None when the platform or the path (Unix sockets take about
     * 100 bytes) does not allow it: then {@code org create} asks to stop the service first.
     */
    static Option<AdminSocket> open(Path dataDir, OrganisationDirectory organisations) {
        Path path = dataDir.resolve(FILE).toAbsolutePath();
        try {
            Files.deleteIfExists(path);
            ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            channel.bind(UnixDomainSocketAddress.of(path));
            try {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data directory's permissions apply
            }
            return Option.some(new AdminSocket(channel, path, organisations));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            LOG.warn("no admin socket in " + dataDir + " (" + e.getMessage()
                    + "); passbook org create will need the service stopped");
            return Option.none();
        }
    }

    private void serve(OrganisationDirectory organisations) {
        while (channel.isOpen()) {
            try (SocketChannel client = channel.accept()) {
                String answer;
                try {
                    Properties request = new Properties();
                    request.load(new ByteArrayInputStream(readAtMost(Channels.newInputStream(client))));
                    organisations.register(organisation(request), request.getProperty("api_key", ""));
                    answer = "ok";
                } catch (RuntimeException | IOException e) {
                    answer = "error: " + e.getMessage();
                }
                Channels.newOutputStream(client).write((answer + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                if (channel.isOpen()) {
                    LOG.warn("admin socket: " + e.getMessage());
                }
            }
        }
    }

    private static byte[] readAtMost(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_REQUEST + 1);
        if (bytes.length > MAX_REQUEST) {
            throw new IOException("request larger than " + MAX_REQUEST + " bytes");
        }
        return bytes;
    }

    /**
     * Sends {@code organisation} and its key to the service listening in {@code dataDir}. Left: no
     * service listens there (no socket, or a dead one's); Right: the service's answer, {@code ok} or
     * {@code error: ...}.
     */
    static Either<String, String> register(Path dataDir, Organisation organisation, String apiKey) {
        Path path = dataDir.resolve(FILE).toAbsolutePath();
        if (!Files.exists(path)) {
            return Either.left("no service socket");
        }
        try (SocketChannel socket = SocketChannel.open(UnixDomainSocketAddress.of(path))) {
            Properties request = properties(organisation);
            request.setProperty("api_key", apiKey);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            request.store(bytes, null);
            OutputStream out = Channels.newOutputStream(socket);
            out.write(bytes.toByteArray());
            socket.shutdownOutput();
            return Either.right(new String(Channels.newInputStream(socket).readNBytes(4096), StandardCharsets.UTF_8).strip());
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Either.left("no service answers on " + path + " (" + e.getMessage() + ")");
        }
    }

    private static Properties properties(Organisation o) {
        Properties p = new Properties();
        p.setProperty("id", o.id());
        p.setProperty("name", o.name());
        p.setProperty("trial_end", o.trialEndsOn().map(LocalDate::toString).getOrElse(""));
        p.setProperty("session_flow", Boolean.toString(o.sessionFlowEnabled()));
        p.setProperty("categories", o.allowedCategories().map(AccountCategory::wire).mkString(","));
        return p;
    }

    private static Organisation organisation(Properties p) {
        String trial = p.getProperty("trial_end", "");
        return new Organisation(required(p, "id"), required(p, "name"),
                trial.isEmpty() ? Option.none() : Option.some(LocalDate.parse(trial)),
                Boolean.parseBoolean(required(p, "session_flow")),
                HashSet.ofAll(List.of(required(p, "categories").split(",")).flatMap(AccountCategory::fromWire)));
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("missing " + key);
        }
        return value;
    }

    @Override
    public void close() {
        try {
            channel.close();
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warn("could not remove " + path + ": " + e.getMessage());
        }
    }
}
