package dev.passbook.app.reading;

import dev.passbook.core.document.Document;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import dev.passbook.core.port.DocumentReader;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@link DocumentReader} of {@code passbook serve}: every PDF is read in one of a fixed number of
 * reader processes (see {@link ReaderProcess}), never in the service's own JVM. Whatever a file does
 * to PDFBox — fill the heap, loop, crash — happens to a process with a small heap of its own, which
 * is killed when the time budget runs out and replaced when it dies; the service answers
 * {@code PDF_TOO_COMPLEX} for that upload and every other request goes on. This is Apache Tika's
 * {@code ForkParser} / tika-server watchdog pattern.
 *
 * <p>The processes are also the admission control for reads: one read per process, so at most
 * {@code processes} reads are in flight, and the number of processes is derived from the memory
 * given to readers. An upload that finds no free process within {@code queueWait} is answered
 * {@code SERVICE_BUSY} (503, with Retry-After from the HTTP adapter). Only processes that are up and
 * warmed wait in the queue: a replacement joins it once it has started.
 *
 * <p>All processes are started with the pool, in the background (each start costs a second or two
 * of CPU): under attack the capacity must already be there, not be started while the attacker holds
 * the first reader. A process that dies is replaced at once; should the count ever fall short (a
 * start failed), a read that finds no process free starts one. Processes are not stopped for being idle.
 */
public final class ReaderPool implements DocumentReader, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReaderPool.class);
    private static final long RETRY_START_AFTER_MILLIS = 5_000;

    private final ReaderSettings settings;
    private final List<String> command;
    private final BlockingQueue<ReaderProcess> ready = new LinkedBlockingQueue<>();
    private final List<ReaderProcess> all = new ArrayList<>();
    private final ScheduledExecutorService watchdog;
    private final ExecutorService starter;
    private final AtomicInteger started = new AtomicInteger();
    /** Processes being started; guarded by {@code all}. */
    private int starting;
    /** Their OS processes, so that closing the pool can end a start in progress; guarded by {@code all}. */
    private final java.util.Set<Process> spawning = new java.util.HashSet<>();
    private final AtomicInteger busyAnswers = new AtomicInteger();
    private volatile boolean closed;

    private ReaderPool(ReaderSettings settings, List<String> command) {
        this.settings = settings;
        this.command = List.copyOf(command);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(daemon("passbook-reader-watchdog"));
        this.starter = Executors.newCachedThreadPool(daemon("passbook-reader-start"));
    }

    /** Starts {@code settings.processes()} reader processes in the background and returns at once. */
    public static ReaderPool start(ReaderSettings settings) {
        return start(settings, settings.command());
    }

    /** With another reader command line (tests run stand-in readers). */
    static ReaderPool start(ReaderSettings settings, List<String> command) {
        ReaderPool pool = new ReaderPool(settings, command);
        for (int i = 0; i < settings.processes(); i++) {
            pool.launch();
        }
        return pool;
    }

    public ReaderSettings settings() {
        return settings;
    }

    /** Reader processes started so far (replacements included). */
    public int processesStarted() {
        return started.get();
    }

    /** Processes waiting for a read right now. */
    int idleProcesses() {
        return ready.size();
    }

    /** Uploads answered SERVICE_BUSY so far. */
    public int busyAnswers() {
        return busyAnswers.get();
    }

    /** Waits until at least {@code count} processes wait for reads; false after {@code timeout}. */
    public boolean awaitReady(int count, java.time.Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (ready.size() < count) {
            if (System.nanoTime() - end > 0) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    @Override
    public Either<UploadError, Document> read(byte[] file, Option<String> password) {
        if (file == null || file.length == 0) {
            return Either.left(UploadError.of(ErrorCode.EMPTY_FILE));
        }
        if (file.length > settings.maxFileBytes()) {
            return Either.left(UploadError.of(ErrorCode.FILE_TOO_LARGE));
        }
        ReaderProcess process = take();
        if (process == null) {
            busyAnswers.incrementAndGet();
            return Either.left(UploadError.of(ErrorCode.SERVICE_BUSY));
        }
        Either<UploadError, Document> answer = process.read(file, password == null ? Option.none() : password,
                settings.timeBudget());
        if (process.alive() && process.reads() < settings.recycleAfter() && !closed) {
            ready.add(process);
        } else {
            retire(process);
            launch();
        }
        return answer;
    }

    /** A live process within the queue wait, or null; one that died while idle is replaced on the way. */
    private ReaderProcess take() {
        long end = System.nanoTime() + settings.queueWait().toNanos();
        try {
            while (true) {
                ReaderProcess process = ready.poll();
                if (process == null) {
                    grow();
                    process = ready.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
                }
                if (process == null || process.alive()) {
                    return process;
                }
                retire(process);
                launch();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** No process is free: start one more, unless the pool is full or one is on its way. */
    private void grow() {
        synchronized (all) {
            if (starting > 0 || all.size() >= settings.processes()) {
                return;
            }
        }
        launch();
    }

    private void launch() {
        if (closed) {
            return;
        }
        synchronized (all) {
            starting++;
        }
        CompletableFuture.runAsync(() -> {
            Process[] spawned = new Process[1];
            try {
                ReaderProcess process = ReaderProcess.start(command, settings.startTimeout(), watchdog, p -> {
                    synchronized (all) {
                        spawned[0] = p;
                        spawning.add(p);
                        if (closed) {
                            p.destroyForcibly();
                        }
                    }
                });
                started.incrementAndGet();
                synchronized (all) {
                    spawning.remove(spawned[0]);
                    starting--;
                    if (closed) {
                        process.stop();
                        return;
                    }
                    all.add(process);
                }
                ready.add(process);
            } catch (IOException | RuntimeException e) {
                synchronized (all) {
                    spawning.remove(spawned[0]);
                    starting--;
                }
                if (closed) {
                    return; // shutting down: the process was stopped on purpose
                }
                LOG.error("could not start a reader process; retrying in "
                        + RETRY_START_AFTER_MILLIS / 1000 + " s: " + e.getMessage());
                try {
                    watchdog.schedule(this::launch, RETRY_START_AFTER_MILLIS, TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.RejectedExecutionException closing) {
                    // the pool closed meanwhile
                }
            }
        }, starter);
    }

    /** Stops {@code process} (at once for a dead one; a live one exits when its stdin closes) and forgets it. */
    private void retire(ReaderProcess process) {
        synchronized (all) {
            all.remove(process);
        }
        process.stop();
    }

    @Override
    public void close() {
        closed = true;
        List<ReaderProcess> running;
        synchronized (all) {
            running = new ArrayList<>(all);
            all.clear();
            // a start in progress ends at once: its greeting fails and it cleans up after itself
            spawning.forEach(Process::destroyForcibly);
        }
        ready.clear();
        running.forEach(ReaderProcess::stop);
        starter.shutdown();
        try {
            starter.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        watchdog.shutdownNow();
    }

    @Override
    public String toString() {
        return "ReaderPool[" + settings.processes() + " processes of " + settings.heapBytes() / (1024 * 1024) + " MB]";
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
