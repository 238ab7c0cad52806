package dev.passbook.testkit.arbitraries;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;

import java.util.Random;

/**
 * Draws values from an arbitrary outside a jqwik property, reproducibly: the same seed and index
 * give the same value. Used by the parser contract and the samples writer.
 */
public final class Seeded {

    private static final int GEN_SIZE = 1000;

    private Seeded() {
    }

    public static <T> T sample(Arbitrary<T> arbitrary, long seed) {
        try {
            return draw(arbitrary, seed);
        } catch (RuntimeException e) {
            // jqwik memoises generators per property; outside one (a plain JUnit test, a main) it
            // needs a session. Its exception type lives in the engine, so it is matched by name.
            if (!e.getClass().getSimpleName().equals("OutsideJqwikException")) {
                throw e;
            }
            java.util.concurrent.atomic.AtomicReference<T> out = new java.util.concurrent.atomic.AtomicReference<>();
            JqwikSession.run(() -> out.set(draw(arbitrary, seed)));
            return out.get();
        }
    }

    private static <T> T draw(Arbitrary<T> arbitrary, long seed) {
        return arbitrary.generator(GEN_SIZE).next(new Random(seed)).value();
    }

    /** The {@code index}-th value of a run started with {@code seed}. */
    public static <T> T sample(Arbitrary<T> arbitrary, long seed, int index) {
        return sample(arbitrary, seed * 1_000_003L + index);
    }
}
