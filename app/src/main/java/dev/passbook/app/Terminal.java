package dev.passbook.app;

import io.vavr.control.Option;

import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * What the command line knows about the terminal it runs in: whether a person reads the output (so
 * {@code parse} prints a summary instead of JSON), how wide it is, and a password prompt that does
 * not echo, asked whenever stdin is a terminal (even when the output goes to a pipe or a file).
 * Injected so tests can play the person.
 */
interface Terminal {

    /** Width used when nothing says better. */
    int DEFAULT_WIDTH = 100;

    /** Whether stdin and stdout are a terminal: a person reads what is printed. */
    boolean interactive();

    /** Columns of the terminal (or {@code COLUMNS}), {@link #DEFAULT_WIDTH} when unknown. */
    int width();

    /**
     * Reads a line without echo after printing {@code prompt}; none when stdin is not a terminal or
     * at end of input.
     */
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

    /**
     * The process's own terminal. Java 17's console exists only when stdin and stdout are both a
     * terminal; when only stdin is ({@code passbook parse locked.pdf > out.json}), the prompt goes to
     * stderr and echo is switched off with {@code stty} (Unix; elsewhere nothing is asked).
     */
    static Terminal system() {
        Console console = isTerminal(System.console()) ? System.console() : null;
        return new Terminal() {
            @Override
            public boolean interactive() {
                return console != null;
            }

            @Override
            public int width() {
                return widthFromEnvironment().orElse(() -> console == null ? Option.none() : sttyColumns())
                        .getOrElse(DEFAULT_WIDTH);
            }

            @Override
            public Option<String> readSecret(String prompt) {
                if (console != null) {
                    char[] typed = console.readPassword("%s", prompt);
                    return typed == null ? Option.none() : Option.of(new String(typed));
                }
                return stdinIsTerminal() ? readWithoutEcho(prompt) : Option.none();
            }
        };
    }

    /** Java 22 returns a console even for pipes and says with isTerminal() whether it is one; before, a console is one. */
    private static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException olderJava) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static Option<Integer> widthFromEnvironment() {
        return Option.of(System.getenv("COLUMNS")).flatMap(Terminal::columns);
    }

    /** {@code stty size} on the terminal of stdin: "rows columns". */
    private static Option<Integer> sttyColumns() {
        String[] parts = stty("size").getOrElse("").split("\\s+");
        return parts.length == 2 ? columns(parts[1]) : Option.none();
    }

    private static boolean stdinIsTerminal() {
        return stty("-g").isDefined();
    }

    private static Option<String> readWithoutEcho(String prompt) {
        // a Ctrl-C at the prompt must not leave the terminal without echo
        Thread restore = new Thread(() -> stty("echo"));
        Runtime.getRuntime().addShutdownHook(restore);
        stty("-echo");
        System.err.print(prompt);
        System.err.flush();
        try {
            return readLine(System.in);
        } catch (IOException e) {
            return Option.none();
        } finally {
            stty("echo");
            Runtime.getRuntime().removeShutdownHook(restore);
            System.err.println();
        }
    }

    private static Option<String> readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return line.size() == 0 ? Option.none() : Option.some(line.toString(StandardCharsets.UTF_8));
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return Option.some(line.toString(StandardCharsets.UTF_8));
    }

    /** {@code stty ARG} on stdin's terminal; its output, or none when stdin is not a terminal (or no stty). */
    private static Option<String> stty(String arg) {
        try {
            Process p = new ProcessBuilder("stty", arg).redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String answer = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Option.none();
            }
            return p.exitValue() == 0 ? Option.some(answer) : Option.none();
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
