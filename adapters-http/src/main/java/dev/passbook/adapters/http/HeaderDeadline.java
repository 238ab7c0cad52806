package dev.passbook.adapters.http;

import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.thread.Scheduler;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Cuts off clients that take too long over a request line and headers. Jetty's idle timeout restarts
 * with every byte, so a client that sends one header byte every few seconds keeps its connection
 * (and Jetty's buffers) forever; Jetty 12 has no header-read timeout of its own. Every
 * {@code min(1 s, timeout / 2)} this sweeper looks at each connection's HTTP parser: one that has
 * been between the first byte of a request and the end of its headers for longer than the timeout
 * is closed. The deadline is therefore met within one sweep period. Reading the parser state from
 * another thread is a benign race: a stale state only delays the cut by one sweep.
 */
final class HeaderDeadline {

    private final ServerConnector connector;
    private final long timeoutNanos;
    private final long periodMillis;
    private final Map<EndPoint, Long> inHeaders = new ConcurrentHashMap<>();
    private volatile boolean stopped;

    private HeaderDeadline(ServerConnector connector, Duration timeout) {
        this.connector = connector;
        this.timeoutNanos = timeout.toNanos();
        this.periodMillis = Math.max(50, Math.min(1_000, timeout.toMillis() / 2));
    }

    static HeaderDeadline start(ServerConnector connector, Duration timeout) {
        HeaderDeadline deadline = new HeaderDeadline(connector, timeout);
        deadline.schedule();
        return deadline;
    }

    void stop() {
        stopped = true;
    }

    private void schedule() {
        Scheduler scheduler = connector.getScheduler();
        if (!stopped && scheduler != null && scheduler.isRunning()) {
            scheduler.schedule(this::sweep, periodMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void sweep() {
        try {
            long now = System.nanoTime();
            Set<EndPoint> connected = new HashSet<>(connector.getConnectedEndPoints());
            inHeaders.keySet().retainAll(connected);
            for (EndPoint endPoint : connected) {
                if (endPoint.getConnection() instanceof HttpConnection http && readingHeaders(http.getParser())) {
                    long since = inHeaders.computeIfAbsent(endPoint, e -> now);
                    if (now - since > timeoutNanos) {
                        inHeaders.remove(endPoint);
                        endPoint.close();
                    }
                } else {
                    inHeaders.remove(endPoint);
                }
            }
        } finally {
            schedule();
        }
    }

    private static boolean readingHeaders(HttpParser parser) {
        HttpParser.State state = parser.getState();
        return state.ordinal() > HttpParser.State.START.ordinal() && state.ordinal() <= HttpParser.State.HEADER.ordinal();
    }
}
