package dev.passbook.core.spi;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one place where the core calls code it did not write — parser plugins ({@code detect},
 * {@code parse}) and the injected analyzers and name matcher — and survives what that code throws.
 * The contracts say plugins never throw and never answer null; when one does anyway (a bug, a jar
 * built against other libraries), the call is logged with the plugin and what was called (never the
 * message, which could quote statement data) and answered with the fallback, so one faulty plugin
 * cannot fail a read. {@link OutOfMemoryError} and other {@link VirtualMachineError}s except a stack
 * overflow are not caught: the JVM is not in a state to go on.
 */
public final class PluginCalls {

    private static final Logger LOG = LoggerFactory.getLogger(PluginCalls.class);

    private PluginCalls() {
    }

    /**
     * {@code call}'s answer; when it throws or answers null, {@code fallback} of what went wrong (an
     * exception's class name, or {@code "null"}), after a warning naming {@code plugin} and {@code what}.
     */
    public static <T> T guarded(String plugin, String what, Supplier<T> call, Function<String, T> fallback) {
        String failure;
        try {
            T answer = call.get();
            if (answer != null) {
                return answer;
            }
            failure = "null";
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            failure = e.getClass().getSimpleName();
        }
        LOG.warn(plugin + " failed in " + what + " (" + failure + "); its answer is ignored");
        return fallback.apply(failure);
    }
}
