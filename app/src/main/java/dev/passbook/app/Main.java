package dev.passbook.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point of the runnable jar. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        // serve returns only once the server has stopped
        System.exit(PassbookCommand.commandLine(out, err, ParsePipeline::standard, Terminal.system())
                .setExecutionStrategy(Logging::configureAndRun).execute(args));
    }
}
