package dev.passbook.app;

import dev.passbook.adapters.http.ErrorEnvelope;
import dev.passbook.adapters.http.api.SessionResponses;
import dev.passbook.adapters.http.api.UploadResponse;
import dev.passbook.adapters.http.json.JsonCodec;
import dev.passbook.app.check.Diagnosis;
import dev.passbook.core.application.ReadRefusal;
import dev.passbook.core.application.ReadRequest;
import dev.passbook.core.application.ReadStatement;
import dev.passbook.core.application.StatementRead;
import dev.passbook.core.application.UploadOutcome;
import dev.passbook.core.domain.Statement;
import dev.passbook.core.error.UploadError;
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
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code passbook parse FILE}: the upload pipeline without server or database. Prints the upload
 * response with {@code identity} and a {@code transactions} array (json) or the transactions (csv);
 * on a pipeline error prints the error envelope and exits 2.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Read one statement PDF and print what Passbook finds in it. Exit 0 on success, 2 on a pipeline error.")
final class ParseCommand implements Callable<Integer> {

    enum Format { json, csv }

    static final int PIPELINE_ERROR = 2;
    static final int UNREADABLE_FILE = 1;

    @Parameters(index = "0", paramLabel = "FILE", description = "The statement PDF.")
    Path file;

    @picocli.CommandLine.Option(names = "--password", paramLabel = "P", description = "Password of a protected PDF.")
    String password;

    @picocli.CommandLine.Option(names = "--bank", paramLabel = "B", description = "Bank id (see the catalogue); must match the statement.")
    String bank;

    @picocli.CommandLine.Option(names = "--format", paramLabel = "json|csv", defaultValue = "json",
            description = "Output: json (default) or csv (transactions only).")
    Format format;

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
    private final java.util.function.Supplier<ParsePipeline> pipeline;

    ParseCommand(PrintWriter out, PrintWriter err, java.util.function.Supplier<ParsePipeline> pipeline) {
        this.out = out;
        this.err = err;
        this.pipeline = pipeline;
    }

    @Override
    public Integer call() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            err.println("passbook parse: cannot read " + file + ": " + e.getClass().getSimpleName().replace("Exception", ""));
            err.flush();
            return UNREADABLE_FILE;
        }
        if (explain) {
            return explain(bytes);
        }
        Either<UploadError, UploadOutcome> result = plugins.pipeline(pipeline).parse(bytes, Option.of(password), Option.of(bank).filter(b -> !b.isBlank()));
        JsonCodec json = new JsonCodec();
        if (result.isLeft()) {
            out.println(new String(json.writePretty(ErrorEnvelope.body(result.getLeft(), "", "")), StandardCharsets.UTF_8));
            out.flush();
            return PIPELINE_ERROR;
        }
        Statement statement = result.get().statement();
        if (format == Format.csv) {
            out.print(TransactionsCsv.of(statement));
        } else {
            Map<String, Object> body = UploadResponse.of(result.get(), true, false);
            body.put("session_id", null); // read without a session
            body.put("transactions", statement.transactions().map(t -> SessionResponses.transaction(statement, t)).toJavaList());
            out.println(new String(json.writePretty(body), StandardCharsets.UTF_8));
        }
        out.flush();
        return 0;
    }

    private int explain(byte[] bytes) {
        ReadStatement reading = plugins.pipeline(pipeline).reading();
        Either<ReadRefusal, StatementRead> read = reading.read(ReadRequest.of(bytes).withPassword(Option.of(password))
                .withBank(Option.of(bank).filter(b -> !b.isBlank())));
        out.println("file       " + file + " (" + bytes.length + " bytes)");
        List<String> lines = read.fold(Diagnosis::explain, r -> Diagnosis.explain(r,
                reading.registry().ranked(r.document()).map(t -> t._2), showData));
        lines.forEach(out::println);
        out.flush();
        return read.isRight() ? 0 : PIPELINE_ERROR;
    }
}
