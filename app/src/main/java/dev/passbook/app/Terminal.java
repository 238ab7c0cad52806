package dev.passbook.app;

import io.vavr.control.Option;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * What the command line knows about the terminal it runs in: whether a person is at it (so
 * {@code parse} prints a summary instead of JSON and may prompt for a password), how wide it is,
 * and a prompt that does not echo. Injected so tests can play the person.
 */
interface Terminal {

    /** Width used when nothing says better. */
    int DEFAULT_WIDTH = 100;

    /** Whether stdin and stdout are a terminal. */
    boolean interactive();

    /** Columns of the terminal (or {@code COLUMNS}), {@link #DEFAULT_WIDTH} when unknown. */
    int width();

    /** Reads a line without echo after printing {@code prompt}; none when no terminal or end of input. */
    Option<String> readSecret(String prompt);

    /** No person at the other end: output goes to a pipe or a file, nothing is asked. */
    Terminal NONE = new Terminal() {
        @Override
        public boolean interactive() {
            return false;
        }

        @Override
        public int width() {
            return widthFromEnvironment().getOrElse(DEFAULT_WIDTH);
        }

        @Override
        public Option<String> readSecret(String prompt) {
            return Option.none();
        }
    };

    /** The JVM's console: present on Java 17 only when stdin and stdout are both a terminal. */
    static Terminal system() {
        Console console = System.console();
        if (console == null) {
            return NONE;
        }
        return new Terminal() {
            @Override
            public boolean interactive() {
                return true;
            }

            @Override
            public int width() {
                return widthFromEnvironment().orElse(Terminal::sttyColumns).getOrElse(DEFAULT_WIDTH);
            }

            @Override
            public Option<String> readSecret(String prompt) {
                char[] typed = console.readPassword("%s", prompt);
                return typed == null ? Option.none() : Option.of(new String(typed));
            }
        };
    }

    private static Option<Integer> widthFromEnvironment() {
        return Option.of(System.getenv("COLUMNS")).flatMap(Terminal::columns);
    }

    /** {@code stty size} on the controlling terminal: "rows columns". */
    private static Option<Integer> sttyColumns() {
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/tty")))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String answer = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Option.none();
            }
            String[] parts = answer.split("\\s+");
            return parts.length == 2 ? columns(parts[1]) : Option.none();
        } catch (IOException e) {
            return Option.none();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Option.none();
        }
    }

    private static Option<Integer> columns(String value) {
        try {
            int n = Integer.parseInt(value.strip());
            return n >= 20 ? Option.some(n) : Option.none();
        } catch (NumberFormatException e) {
            return Option.none();
        }
    }
}
