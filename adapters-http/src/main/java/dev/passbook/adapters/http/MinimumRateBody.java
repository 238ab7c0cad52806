package dev.passbook.adapters.http;

import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Scheduler;

import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A request body read at a minimum average rate. A client that sends one byte every few seconds
 * never trips the idle timeout but holds a worker thread (bodies are read blocking) for as long as
 * it likes. Once the body has been arriving for the grace period, a check every second compares
 * the bytes received with the time spent; below the minimum, the pending read fails with a
 * {@link TooSlow} cause and the handler answers 408 and closes the connection. Jetty's own
 * {@code MinimumDataRateHandler} checks only when the handler asks for more data and has no grace
 * period, so one slow first packet would fail an honest client.
 */
final class MinimumRateBody extends Request.Wrapper {

    /** The cause of a read failed for being too slow. */
    static final class TooSlow extends TimeoutException {
        private static final long serialVersionUID = 1L;

        TooSlow(String message) {
            super(message);
        }
    }

    private final ConnectionLimits limits;
    private final AtomicLong received = new AtomicLong();
    private final AtomicReference<Runnable> waiting = new AtomicReference<>();
    private final long started = System.nanoTime();
    private volatile Content.Chunk failure;
    private volatile boolean finished;
    private Scheduler.Task check;

    private MinimumRateBody(Request request, ConnectionLimits limits) {
        super(request);
        this.limits = limits;
    }

    /** The body of {@code request} as a blocking stream under the rate rule; {@link #finish} when done. */
    static MinimumRateBody of(Request request, ConnectionLimits limits) {
        MinimumRateBody body = new MinimumRateBody(request, limits);
        if (limits.minBodyBytesPerSecond() > 0) {
            body.schedule(Math.max(1_000, limits.minRateGrace().toMillis()));
        }
        return body;
    }

    InputStream stream() {
        return Content.Source.asInputStream(this);
    }

    /** Stops the checks; the body has been read (or abandoned). */
    void finish() {
        finished = true;
        Scheduler.Task task;
        synchronized (this) {
            task = check;
        }
        if (task != null) {
            task.cancel();
        }
    }

    private synchronized void schedule(long millis) {
        if (!finished) {
            check = getComponents().getScheduler().schedule(this::check, millis, TimeUnit.MILLISECONDS);
        }
    }

    private void check() {
        if (finished || failure != null) {
            return;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long bytes = received.get();
        if (bytes < limits.minBodyBytesPerSecond() * seconds) {
            failure = Content.Chunk.from(new TooSlow("request body arrived at " + Math.round(bytes / seconds)
                    + " bytes/s, below the minimum of " + limits.minBodyBytesPerSecond()), true);
            Runnable wake = waiting.getAndSet(null);
            if (wake != null) {
                wake.run();
            }
            return;
        }
        schedule(1_000);
    }

    @Override
    public Content.Chunk read() {
        Content.Chunk slow = failure;
        if (slow != null) {
            return slow;
        }
        Content.Chunk chunk = super.read();
        if (chunk != null) {
            received.addAndGet(chunk.remaining());
        }
        return chunk;
    }

    @Override
    public void demand(Runnable callback) {
        AtomicBoolean ran = new AtomicBoolean();
        Runnable once = () -> {
            if (ran.compareAndSet(false, true)) {
                callback.run();
            }
        };
        waiting.set(once);
        if (failure != null) {
            waiting.set(null);
            once.run();
            return;
        }
        super.demand(() -> {
            waiting.compareAndSet(once, null);
            once.run();
        });
    }
}
