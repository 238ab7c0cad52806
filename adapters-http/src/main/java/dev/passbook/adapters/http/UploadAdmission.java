package dev.passbook.adapters.http;

import io.vavr.control.Option;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The waiting room in front of uploads ({@link AdmissionLimits}). Fair enough for its purpose: a
 * waiter is admitted as soon as both the total and its key's count allow it, whichever came first.
 */
final class UploadAdmission {

    /** Released when the upload's answer is ready. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private static final Permit NONE = () -> { };

    private final AdmissionLimits limits;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition released = lock.newCondition();
    private final Map<String, Integer> perKey = new HashMap<>();
    private int inFlight;
    private int waiting;

    UploadAdmission(AdmissionLimits limits) {
        this.limits = limits;
    }

    /** A permit for an upload made with {@code key}, or none when the service is too busy. */
    Option<Permit> enter(String key) {
        if (!limits.limited()) {
            return Option.some(NONE);
        }
        long deadline = System.nanoTime() + limits.queueWait().toNanos();
        lock.lock();
        try {
            if (!admits(key)) {
                if (waiting >= limits.maxUploads()) {
                    return Option.none();
                }
                waiting++;
                try {
                    while (!admits(key)) {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) {
                            return Option.none();
                        }
                        released.await(left, TimeUnit.NANOSECONDS);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Option.none();
                } finally {
                    waiting--;
                }
            }
            inFlight++;
            perKey.merge(key, 1, Integer::sum);
            return Option.some(() -> leave(key));
        } finally {
            lock.unlock();
        }
    }

    private boolean admits(String key) {
        int mine = perKey.getOrDefault(key, 0);
        return inFlight < limits.maxUploads() && (limits.maxUploadsPerKey() <= 0 || mine < limits.maxUploadsPerKey());
    }

    private void leave(String key) {
        lock.lock();
        try {
            inFlight--;
            perKey.computeIfPresent(key, (k, n) -> n <= 1 ? null : n - 1);
            released.signalAll();
        } finally {
            lock.unlock();
        }
    }

    int inFlight() {
        lock.lock();
        try {
            return inFlight;
        } finally {
            lock.unlock();
        }
    }
}
