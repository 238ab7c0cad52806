package dev.passbook.adapters.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code GET /ready} reports: whether the service can take requests now. Each named check
 * answers {@code "ok"} or a short fixed phrase of the host's own making (never an exception message:
 * the probe needs no key, so it must not leak hosts, SQL or stack traces).
 */
@FunctionalInterface
public interface Readiness {

    /** The answer of every check, by name, in a stable order. Must return within a second or two. */
    Map<String, String> check();

    /** True when every check answered {@code "ok"}. */
    static boolean ready(Map<String, String> checks) {
        return checks.values().stream().allMatch(OK::equals);
    }

    String OK = "ok";

    /** A service without dependencies worth probing (in-memory ports): always ready, no checks. */
    static Readiness always() {
        return LinkedHashMap::new;
    }
}
