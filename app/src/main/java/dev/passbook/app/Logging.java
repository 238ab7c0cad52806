package dev.passbook.app;

import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One log format on stderr for the runnable jar: Passbook logs through SLF4J, PDFBox's commons-logging
 * API is SLF4J's own ({@code jcl-over-slf4j}), libraries on java.util.logging are bridged, and
 * slf4j-simple writes them all alike (format in simplelogger.properties). The levels:
 * <ul>
 *   <li>{@code serve}: INFO; library start-up chatter and PDFBox's per-file complaints left out
 *       (simplelogger.properties).</li>
 *   <li>the other commands ({@code parse}, {@code check}, {@code redact}, ...): Passbook's own warnings
 *       (a plugin that cannot load, a rule that failed), other libraries' errors, nothing from PDFBox
 *       or FontBox, whose warnings and errors are about defects of the input file that the command
 *       reports in its own words. Their output is not interleaved with log lines.</li>
 *   <li>{@code --verbose}, on any command: DEBUG for Passbook (why each parser refused a file), INFO for
 *       the others, and the libraries' warnings, PDFBox's fallback fonts and recovered defects included.</li>
 * </ul>
 * A level given with {@code -D} ({@code PASSBOOK_JAVA_OPTS}) wins over all of these.
 */
final class Logging {

    static final String VERBOSE = "--verbose";
    private static final String PREFIX = "org.slf4j.simpleLogger.";
    /** Libraries whose warnings a one-shot command does not show, and --verbose does. */
    private static final List<String> LIBRARIES = List.of("org.apache.pdfbox", "org.apache.fontbox",
            "org.eclipse.jetty", "com.zaxxer.hikari", "org.flywaydb");

    private Logging() {
    }

    /** Configures logging from the parsed command line, then runs the command: before anything logs. */
    static int configureAndRun(CommandLine.ParseResult parsed) {
        configure(parsed.hasSubcommand() && parsed.subcommand().commandSpec().name().equals("serve"), verbose(parsed));
        return new CommandLine.RunLast().execute(parsed);
    }

    /** Whether {@code --verbose} was given to the command or any of its subcommands. */
    static boolean verbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.hasSubcommand() ? p.subcommand() : null) {
            if (p.hasMatchedOption(VERBOSE)) {
                return true;
            }
        }
        return false;
    }

    static void configure(boolean service, boolean verbose) {
        if (verbose) {
            defaultTo(PREFIX + "defaultLogLevel", "info");
            defaultTo(PREFIX + "log.dev.passbook", "debug");
            LIBRARIES.forEach(library -> defaultTo(PREFIX + "log." + library, "warn"));
        } else if (!service) {
            defaultTo(PREFIX + "defaultLogLevel", "error");
            defaultTo(PREFIX + "log.dev.passbook", "warn");
            LIBRARIES.forEach(library -> defaultTo(PREFIX + "log." + library,
                    library.startsWith("org.apache") ? "off" : "error"));
        }
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        // java.util.logging filters before the bridge: records below this level cost nothing
        Logger.getLogger("").setLevel(service || verbose ? Level.INFO : Level.WARNING);
    }

    private static void defaultTo(String property, String level) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, level);
        }
    }
}
