package dev.passbook.app;

import dev.passbook.adapters.http.json.JsonCodec;
import dev.passbook.app.check.CheckReport;
import dev.passbook.app.check.Diagnosis;
import dev.passbook.app.check.FileCheck;
import dev.passbook.app.check.Passwords;
import dev.passbook.app.check.StatementCheck;
import io.vavr.collection.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code passbook check PATH...}: reads every statement PDF under the paths and prints one line per
 * file (verdict or error code, bank, layout, pages, rows, time, and for a refusal the stage, reason,
 * place and every parser's detection), then the totals. See docs/real-world.md for how the project
 * uses it on real statements.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Read every statement PDF under the given files and folders (searched recursively for *.pdf) and "
                + "say which ones Passbook verifies, which it reads without verifying, and why it refuses the others.",
                "Nothing read from a statement (names, account numbers, narrations, amounts) is printed unless "
                        + "--show-data is given; long digit runs in file names are masked too."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every file meets --require (always, without --require)",
                "1:some file falls short of --require",
                "2:usage error: bad option, no PDF found, a path or password file that cannot be read"})
final class CheckCommand implements Callable<Integer> {

    enum Requirement { verified, parsed }

    static final int SHORT_OF_REQUIREMENT = 1;
    static final int USAGE = 2;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "PDF files or folders.")
    java.util.List<Path> paths;

    @Option(names = "--password", paramLabel = "P", defaultValue = "${env:PASSBOOK_PDF_PASSWORD}",
            description = "Password for protected PDFs (env PASSBOOK_PDF_PASSWORD).")
    String password;

    @Option(names = "--passwords", paramLabel = "FILE",
            description = "Tab-separated file and password per line (such as the corpus MANIFEST.tsv; the password is "
                    + "the last column; relative paths are relative to FILE's folder). Wins over --password.")
    Path passwordsFile;

    @Option(names = "--bank", paramLabel = "B", description = "Bank id to read statements as when their bank is not detected.")
    String bank;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the per-file report as JSON to FILE.")
    Path json;

    @Option(names = "--require", paramLabel = "verified|parsed",
            description = "Exit 1 unless every file is verified (or at least parsed).")
    Requirement require;

    @Option(names = "--show-data", description = "Print statement data (unmasked file names) in lines and the JSON report.")
    boolean showData;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show a progress bar on stderr when it is a terminal (default); --no-progress never does.")
    boolean progress;

    private final PrintWriter out;
    private final PrintWriter err;
    @picocli.CommandLine.Mixin
    PluginOptions plugins;

    private final Supplier<ParsePipeline> pipeline;

    CheckCommand(PrintWriter out, PrintWriter err, Supplier<ParsePipeline> pipeline) {
        this.out = out;
        this.err = err;
        this.pipeline = pipeline;
    }

    @Override
    public Integer call() {
        List<Path> files;
        Passwords passwords;
        try {
            files = StatementCheck.pdfsUnder(paths);
            passwords = Passwords.common(io.vavr.control.Option.of(password));
            if (passwordsFile != null) {
                passwords = passwords.withFile(passwordsFile);
            }
        } catch (IOException e) {
            return usage(e.getMessage());
        }
        if (files.isEmpty()) {
            return usage("no PDF files under " + paths);
        }
        boolean bar = progress && System.console() != null;
        StatementCheck check = new StatementCheck(plugins.pipeline(pipeline).reading());
        CheckReport report = check.checkAll(files, passwords, io.vavr.control.Option.of(bank).filter(b -> !b.isBlank()),
                (done, all) -> {
                    if (bar) {
                        int width = 30;
                        int filled = done * width / all;
                        err.print("\r[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + done + "/" + all);
                        err.flush();
                    }
                });
        if (bar) {
            err.print("\r" + " ".repeat(50) + "\r");
            err.flush();
        }
        for (FileCheck f : report.files()) {
            out.println(Diagnosis.line(f, showData));
        }
        out.println();
        report.totals().forEach(out::println);
        out.flush();
        if (json != null) {
            try {
                Files.write(json, new JsonCodec().writePretty(report.json(showData)));
            } catch (IOException e) {
                return usage("cannot write " + json + ": " + e.getMessage());
            }
        }
        boolean met = require == null || report.files().forAll(f -> require == Requirement.verified ? f.verified() : f.parsed());
        return met ? 0 : SHORT_OF_REQUIREMENT;
    }

    private int usage(String message) {
        err.println("passbook check: " + message);
        err.flush();
        return USAGE;
    }
}
