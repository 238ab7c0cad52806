package dev.passbook.app;

import dev.passbook.redact.Redactor;
import io.vavr.control.Either;
import io.vavr.control.Option;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * {@code passbook redact IN.pdf OUT.pdf}: writes a copy Passbook reads as it reads the original, with
 * nothing of the person left in it, plus {@code OUT.expected.json} (what Passbook reads from the copy);
 * prints a report of counts. Refuses to write anything when the leak check finds an original token in
 * the copy. See docs/redaction.md.
 */
@Command(name = "redact", mixinStandardHelpOptions = true,
        description = "Write an anonymised copy of a statement PDF that reads like the original. Exit 0 when the copy "
                + "reads with the same verdict, rows and word boxes; 3 when it was written but reads differently; "
                + "1 when nothing was written (unreadable original, or the leak check refused the copy).")
final class RedactCommand implements Callable<Integer> {

    static final int NOTHING_WRITTEN = 1;
    static final int READS_DIFFERENTLY = 3;

    @Parameters(index = "0", paramLabel = "IN", description = "The statement PDF.")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "Where to write the redacted PDF.")
    Path out;

    @picocli.CommandLine.Option(names = "--password", paramLabel = "P", description = "Password of a protected PDF.")
    String password;

    @picocli.CommandLine.Option(names = "--seed", paramLabel = "N",
            description = "Seed of the invented values, for a reproducible copy (default: a random one).")
    Long seed;

    private final PrintWriter stdout;
    private final PrintWriter err;
    private final java.util.function.Supplier<ParsePipeline> pipeline;

    RedactCommand(PrintWriter stdout, PrintWriter err, java.util.function.Supplier<ParsePipeline> pipeline) {
        this.stdout = stdout;
        this.err = err;
        this.pipeline = pipeline;
    }

    /** {@code OUT.expected.json} beside {@code OUT}: {@code copy.pdf} gives {@code copy.expected.json}. */
    static Path expectedJson(Path out) {
        String name = out.getFileName().toString();
        String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
        return out.resolveSibling(stem + ".expected.json");
    }

    @Override
    public Integer call() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(in);
        } catch (IOException e) {
            err.println("passbook redact: cannot read " + in + ": " + e.getClass().getSimpleName().replace("Exception", ""));
            err.flush();
            return NOTHING_WRITTEN;
        }
        ParsePipeline p = pipeline.get();
        Random random = seed == null ? new SecureRandom() : new Random(seed);
        Either<String, Redactor.Redaction> result = new Redactor(p.reader(), p.reading())
                .redact(bytes, Option.of(password), random);
        if (result.isLeft()) {
            err.println("passbook redact: nothing written: " + result.getLeft());
            err.flush();
            return NOTHING_WRITTEN;
        }
        Redactor.Redaction r = result.get();
        try {
            Files.write(out, r.pdf());
            Files.writeString(expectedJson(out), r.expectedJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("passbook redact: cannot write " + out + ": " + e.getClass().getSimpleName().replace("Exception", ""));
            err.flush();
            return NOTHING_WRITTEN;
        }
        stdout.println("wrote      " + out + " and " + expectedJson(out).getFileName());
        stdout.print(r.report().describe());
        stdout.println("leak check passed: no original name, number, narration word or amount in the text layer, "
                + "content streams or metadata");
        stdout.flush();
        return r.report().fidelity().kept() ? 0 : READS_DIFFERENTLY;
    }
}
