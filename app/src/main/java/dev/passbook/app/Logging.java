package dev.passbook.app;

import org.slf4j.bridge.SLF4JBridgeHandler;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One log format on stderr for the runnable jar: Passbook's System.Logger calls and libraries that
 * use java.util.logging are bridged into SLF4J, where PDFBox (through commons-logging), Jetty, Hikari
 * and Flyway already log, and slf4j-simple writes them all alike (settings in simplelogger.properties).
 * {@code serve} logs from INFO; the one-shot commands ({@code parse}, {@code check}, ...) only warnings,
 * so their output is not interleaved with per-upload lines.
 */
final class Logging {

    private static final String DEFAULT_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private Logging() {
    }

    /** Before anything logs. A level given with -D wins. */
    static void configure(boolean service) {
        if (!service && System.getProperty(DEFAULT_LEVEL) == null) {
            System.setProperty(DEFAULT_LEVEL, "warn");
        }
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        // java.util.logging filters before the bridge: records below this level cost nothing
        Logger.getLogger("").setLevel(service ? Level.INFO : Level.WARNING);
    }
}
