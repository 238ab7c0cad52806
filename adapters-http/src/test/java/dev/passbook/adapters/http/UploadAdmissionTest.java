package dev.passbook.adapters.http;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UploadAdmissionTest {

    private static UploadAdmission admission(int max, int perKey, long waitMillis) {
        return new UploadAdmission(new AdmissionLimits(max, perKey, Duration.ofMillis(waitMillis), Duration.ofSeconds(5)));
    }

    private static long millis(Runnable action) {
        long t0 = System.nanoTime();
        action.run();
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Test
    void withoutLimitsEveryUploadIsAdmitted() {
        UploadAdmission open = new UploadAdmission(AdmissionLimits.unlimited());
        for (int i = 0; i < 1_000; i++) {
            assertTrue(open.enter("same-key").isDefined());
        }
    }

    @Test
    void oneKeyCannotTakeMoreThanItsShareWhileAnotherKeyStillGetsIn() {
        UploadAdmission admission = admission(3, 1, 200);
        UploadAdmission.Permit first = admission.enter("a").get();

        Option<UploadAdmission.Permit>[] second = new Option[1];
        long waited = millis(() -> second[0] = admission.enter("a"));

        assertTrue(second[0].isEmpty(), "a second upload of key a is refused");
        assertTrue(waited >= 150, "after waiting briefly: " + waited + " ms");
        assertTrue(admission.enter("b").isDefined(), "key b is admitted at once");
        first.close();
        assertTrue(admission.enter("a").isDefined(), "key a again, once its upload ended");
    }

    @Test
    void aWaiterIsAdmittedAsSoonAsAnUploadEnds() throws Exception {
        UploadAdmission admission = admission(1, 0, 5_000);
        UploadAdmission.Permit first = admission.enter("a").get();
        CompletableFuture<Option<UploadAdmission.Permit>> waiting = CompletableFuture.supplyAsync(() -> admission.enter("b"));
        Thread.sleep(200);
        assertTrue(!waiting.isDone(), "b waits while a is in flight");

        first.close();

        assertTrue(waiting.get(2, TimeUnit.SECONDS).isDefined());
        assertEquals(1, admission.inFlight());
    }

    @Test
    void whenTheWaitingRoomIsFullTheAnswerIsImmediate() throws Exception {
        UploadAdmission admission = admission(1, 0, 3_000);
        admission.enter("a").get();
        CountDownLatch waiterStarted = new CountDownLatch(1);
        CompletableFuture<Option<UploadAdmission.Permit>> waiter = CompletableFuture.supplyAsync(() -> {
            waiterStarted.countDown();
            return admission.enter("b");
        });
        waiterStarted.await();
        Thread.sleep(200); // the waiter is in the room

        Option<UploadAdmission.Permit>[] third = new Option[1];
        long waited = millis(() -> third[0] = admission.enter("c"));

        assertTrue(third[0].isEmpty());
        assertTrue(waited < 1_000, "no wait when the room is full: " + waited + " ms");
        assertTrue(waiter.get(10, TimeUnit.SECONDS).isEmpty(), "the waiter gives up after the wait");
    }
}
