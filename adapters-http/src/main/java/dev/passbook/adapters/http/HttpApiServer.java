package dev.passbook.adapters.http;

import dev.passbook.adapters.http.json.JsonCodec;
import dev.passbook.adapters.http.routing.Router;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.net.URI;

/**
 * The embedded Jetty 12 server (core API, no servlets) serving one {@link Router}.
 *
 * <pre>{@code
 * try (HttpApiServer server = HttpApiServer.start(HttpSettings.onPort(0), router, access)) {
 *     URI base = server.baseUri();
 * }
 * }</pre>
 */
public final class HttpApiServer implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;
    private final HeaderDeadline headerDeadline;

    private HttpApiServer(Server server, ServerConnector connector, HeaderDeadline headerDeadline) {
        this.server = server;
        this.connector = connector;
        this.headerDeadline = headerDeadline;
    }

    public static HttpApiServer start(HttpSettings settings, Router<Endpoint> router, AccessCheck access) {
        JsonCodec json = new JsonCodec();
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("passbook-http");
        Server server = new Server(threads);
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        config.setSendXPoweredBy(false);
        // an empty segment (/session_data//progress/) is simply a path no route has: 404, not 400
        config.setUriCompliance(UriCompliance.DEFAULT.with("passbook", UriCompliance.Violation.AMBIGUOUS_EMPTY_SEGMENT));
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(config));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        // nothing received for this long (between requests, or a stalled body): the connection is closed
        connector.setIdleTimeout(settings.connections().idleTimeout().toMillis());
        server.addConnector(connector);
        server.setErrorHandler(new JsonErrorHandler(json));
        server.setHandler(new ApiHandler(router, access, settings, json));
        server.setStopTimeout(5_000);
        try {
            server.start();
        } catch (Exception e) {
            try {
                server.stop();
            } catch (Exception ignored) {
                // the start failure is the one worth reporting
            }
            throw new IllegalStateException("could not start the HTTP server on " + settings.host() + ":" + settings.port(), e);
        }
        return new HttpApiServer(server, connector, HeaderDeadline.start(connector, settings.connections().headerTimeout()));
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        headerDeadline.stop();
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the HTTP server", e);
        }
    }
}
