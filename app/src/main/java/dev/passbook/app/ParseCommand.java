package dev.passbook.app;

import dev.passbook.adapters.http.api.SessionResponses;
import dev.passbook.adapters.http.api.UploadResponse;
import dev.passbook.adapters.http.json.JsonCodec;
import dev.passbook.app.RefusalSentence.PasswordSource;
import dev.passbook.app.check.Diagnosis;
import dev.passbook.core.application.ReadRefusal;
import dev.passbook.core.application.ReadRequest;
import dev.passbook.core.application.ReadStatement;
import dev.passbook.core.application.StatementRead;
import dev.passbook.core.application.UploadOutcome;
import dev.passbook.core.domain.Bank;
import dev.passbook.core.domain.Statement;
import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code passbook parse FILE}: the upload pipeline without server or database. On a terminal it
 * prints a summary and the transactions as a table; otherwise (or with {@code --format json}) the
 * upload response with {@code identity} and a {@code transactions} array; {@code --format csv} the
 * transactions after two comment lines carrying the verdict and the fraud flag. A refusal is one
 * sentence on stderr with its code and what to do. See docs/api.md, "Command line".
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Read one statement PDF and print what Passbook finds in it: on a terminal a summary (bank, "
                + "account, period, balances, the verdict and any fraud signals) and the transactions; in a pipe JSON.",
                "The password of a protected PDF comes from --password, else PASSBOOK_PDF_PASSWORD, else a prompt when "
                        + "run in a terminal."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the statement was read (whatever its verdict, unless --strict)",
                "1:Passbook refused the file (the sentence on stderr says why and what to do)",
                "2:usage error: bad option, no such file, a folder, an output file that cannot be written",
                "3:with --strict: read, but UNVERIFIED or flagged for fraud"})
final class ParseCommand implements Callable<Integer> {

    enum Format { json, csv, table }

    static final int REFUSED = 1;
    static final int USAGE = 2;
    static final int NOT_TRUSTED = 3;
    /** Tries of a password typed at the prompt before giving up. */
    static final int PROMPTS = 3;

    @Parameters(index = "0", paramLabel = "FILE", description = "The statement PDF.")
    Path file;

    @picocli.CommandLine.Option(names = "--password", paramLabel = "P",
            description = "Password of a protected PDF (else env PASSBOOK_PDF_PASSWORD, else asked in a terminal).")
    String password;

    @picocli.CommandLine.Option(names = "--bank", paramLabel = "B",
            description = "Bank id (passbook banks lists them) when the bank is not detected; must match the statement.")
    String bank;

    @picocli.CommandLine.Option(names = "--format", paramLabel = "json|csv|table",
            description = "table: summary and transactions for people (default on a terminal); json: the upload response "
                    + "with identity and transactions (default otherwise); csv: the transactions, after comment lines with "
                    + "the verdict and the fraud flag. With -o and no --format: from the file's extension.")
    Format format;

    @picocli.CommandLine.Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the output to FILE instead of stdout; a one-line result goes to stderr.")
    Path output;

    @picocli.CommandLine.Option(names = "--strict",
            description = "Exit 3 when the statement is read but UNVERIFIED or flagged for fraud.")
    boolean strict;

    @picocli.CommandLine.Option(names = "--explain",
            description = "Instead of the data, say how the file was read: each stage, every parser's detection, the "
                    + "verdict and where the arithmetic breaks, or the stage and reason of a refusal.")
    boolean explain;

    @picocli.CommandLine.Option(names = "--show-data",
            description = "With --explain: also print statement data (holder, full account number, figures, evidence).")
    boolean showData;

    @picocli.CommandLine.Mixin
    PluginOptions plugins;

    private final PrintWriter out;
    private final PrintWriter err;
    private final Supplier<ParsePipeline> pipeline;
    private final Terminal terminal;
    /** The environment; tests replace it. */
    Function<String, String> environment = System::getenv;

    ParseCommand(PrintWriter out, PrintWriter err, Supplier<ParsePipeline> pipeline, Terminal terminal) {
        this.out = out;
        this.err = err;
        this.pipeline = pipeline;
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        if (Files.isDirectory(file)) {
            return usage(file + " is a folder; parse reads one PDF. To read every PDF in it: passbook check " + file);
        }
        if (!Files.exists(file)) {
            return usage("there is no file " + file);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return usage("cannot read " + file + " (" + e.getClass().getSimpleName().replace("Exception", "") + ")");
        }
        Option<String> chosenBank = Option.of(bank).map(String::strip).filter(b -> !b.isEmpty());
        if (explain) {
            return explain(bytes, chosenBank);
        }
        ParsePipeline parsing = plugins.pipeline(pipeline);
        Tuple2<Either<UploadError, UploadOutcome>, PasswordSource> result = withPassword(
                p -> parsing.parse(bytes, p, chosenBank), r -> r.isLeft() && r.getLeft().errorCode() == ErrorCode.PASSWORD_INCORRECT);
        Format chosen = format();
        if (result._1.isLeft()) {
            UploadError error = result._1.getLeft();
            err.println("passbook parse: " + RefusalSentence.of(error, file.toString(), result._2, chosenBank.getOrElse("")) + ".");
            err.flush();
            if (chosen == Format.json && output == null) {
                // a script reading JSON gets JSON: the code and the API's message, nothing else
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("code", error.code());
                body.put("message", error.message());
                out.println(new String(new JsonCodec().writePretty(Map.of("error", body)), StandardCharsets.UTF_8));
                out.flush();
            }
            return REFUSED;
        }
        Statement statement = result._1.get().statement();
        String text = render(chosen, result._1.get(), parsing);
        if (output != null) {
            try {
                Files.writeString(output, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return usage("cannot write " + output + " (" + e.getClass().getSimpleName().replace("Exception", "") + ")");
            }
            err.println("passbook parse: wrote " + statement.transactions().size() + " transactions to " + output + "; "
                    + StatementReport.verdictLine(statement) + "; fraud " + StatementReport.fraudLine(statement));
        } else {
            out.print(text);
            out.flush();
            if (chosen != Format.table && !trusted(statement)) {
                // the data went to a pipe or a file: say on the terminal what the output itself says only in a field
                err.println("passbook parse: warning: " + StatementReport.verdictLine(statement) + "; fraud "
                        + StatementReport.fraudLine(statement));
            }
        }
        err.flush();
        return strict && !trusted(statement) ? NOT_TRUSTED : 0;
    }

    private static boolean trusted(Statement s) {
        return s.verification().verified() && !s.isFraud();
    }

    /** --format, else the extension of -o, else table on a terminal and json elsewhere. */
    Format format() {
        if (format != null) {
            return format;
        }
        if (output != null) {
            String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".csv") ? Format.csv : name.endsWith(".json") ? Format.json : Format.table;
        }
        return terminal.interactive() ? Format.table : Format.json;
    }

    private String render(Format chosen, UploadOutcome outcome, ParsePipeline parsing) {
        Statement statement = outcome.statement();
        return switch (chosen) {
            case csv -> TransactionsCsv.of(statement);
            case json -> {
                Map<String, Object> body = UploadResponse.of(outcome, true, false);
                body.put("session_id", null); // read without a session
                body.put("transactions", statement.transactions().map(t -> SessionResponses.transaction(statement, t)).toJavaList());
                yield new String(new JsonCodec().writePretty(body), StandardCharsets.UTF_8) + System.lineSeparator();
            }
            case table -> {
                String bankName = parsing.reading().registry().parsers().flatMap(p -> p.banks())
                        .find(b -> b.id().equals(statement.bankId())).map(Bank::fullName).getOrElse("");
                // a file gets whole narrations; a terminal gets a table that fits it
                int width = output != null ? Integer.MAX_VALUE : terminal.width();
                yield StatementReport.summary(statement, bankName, file.toString())
                        .append("")
                        .appendAll(StatementReport.table(statement, width))
                        .mkString("", System.lineSeparator(), System.lineSeparator());
            }
        };
    }

    /**
     * Runs {@code attempt} with the password from --password, else PASSBOOK_PDF_PASSWORD, else none;
     * when that is refused as locked and stdin is a terminal, asks up to {@link #PROMPTS} times.
     */
    private <R> Tuple2<R, PasswordSource> withPassword(Function<Option<String>, R> attempt, java.util.function.Predicate<R> locked) {
        Option<String> env = Option.of(environment.apply("PASSBOOK_PDF_PASSWORD")).filter(p -> !p.isEmpty());
        Tuple2<Option<String>, PasswordSource> given = password != null ? Tuple.of(Option.of(password), PasswordSource.OPTION)
                : env.isDefined() ? Tuple.of(env, PasswordSource.ENVIRONMENT) : Tuple.of(Option.none(), PasswordSource.NONE);
        R result = attempt.apply(given._1);
        if (!locked.test(result) || given._2 != PasswordSource.NONE) {
            return Tuple.of(result, given._2);
        }
        PasswordSource source = PasswordSource.NONE;
        for (int i = 0; i < PROMPTS && locked.test(result); i++) {
            Option<String> typed = terminal.readSecret("Password for " + file.getFileName() + ": ");
            if (typed.isEmpty()) {
                break;
            }
            source = PasswordSource.PROMPT;
            result = attempt.apply(typed);
        }
        return Tuple.of(result, source);
    }

    private int explain(byte[] bytes, Option<String> chosenBank) {
        ReadStatement reading = plugins.pipeline(pipeline).reading();
        Either<ReadRefusal, StatementRead> read = withPassword(p -> reading.read(ReadRequest.of(bytes).withPassword(p)
                .withBank(chosenBank)), r -> r.isLeft() && r.getLeft().error().errorCode() == ErrorCode.PASSWORD_INCORRECT)._1;
        out.println("file       " + file + " (" + bytes.length + " bytes)");
        List<String> lines = read.fold(Diagnosis::explain, r -> Diagnosis.explain(r,
                reading.registry().ranked(r.document()).map(t -> t._2), showData));
        lines.forEach(out::println);
        out.flush();
        return read.isRight() ? 0 : REFUSED;
    }

    private int usage(String message) {
        err.println("passbook parse: " + message);
        err.flush();
        return USAGE;
    }
}
