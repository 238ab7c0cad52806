package dev.passbook.app;

import dev.passbook.core.spi.ParserRegistry;
import io.vavr.control.Option;

/**
 * The parsers {@code serve}, {@code parse} and {@code check} run with: every provider on the class
 * path, with one forced by {@code -D}{@value #FORCE_PROPERTY}{@code =<id>} when given (the core reads
 * no system property; the choice is made here, at wiring time).
 */
final class Plugins {

    static final String FORCE_PROPERTY = "passbook.parser";

    private Plugins() {
    }

    static ParserRegistry registry(ClassLoader loader) {
        ParserRegistry registry = ParserRegistry.load(loader);
        return Option.of(System.getProperty(FORCE_PROPERTY)).filter(id -> !id.isBlank())
                .map(registry::forcing).getOrElse(registry);
    }
}
