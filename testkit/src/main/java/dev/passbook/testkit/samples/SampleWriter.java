package dev.passbook.testkit.samples;

import dev.passbook.testkit.GeneratedStatement;
import dev.passbook.testkit.Layout;
import dev.passbook.testkit.arbitraries.Seeded;
import dev.passbook.testkit.arbitraries.StatementShape;
import dev.passbook.testkit.arbitraries.Statements;
import dev.passbook.testkit.render.RenderOptions;
import dev.passbook.testkit.render.RenderedStatement;
import dev.passbook.testkit.render.StatementRenderer;
import dev.passbook.testkit.render.Tampering;
import io.vavr.collection.List;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes sample statements (PDF) with their expected parse (JSON) for the README quickstart and for
 * people trying the service. Fixed seeds: running it twice writes the same bytes.
 *
 * <pre>{@code ./mvnw -q -pl testkit exec:java}</pre>
 * (the target directory defaults to {@code docs/samples}; pass another as the first argument).
 */
public final class SampleWriter {

    /** One sample: file stem, layout, bank, seed, render options. */
    record Sample(String name, Layout layout, String bank, long seed, RenderOptions options, String description) {
    }

    static final List<Sample> SAMPLES = List.of(
            new Sample("hdfc-legacy", Layout.HDFC_LEGACY, "hdfc", 101, RenderOptions.bankLike(Layout.HDFC_LEGACY),
                    "HDFC legacy netbanking layout, RC4 owner-password encrypted like the bank's files (opens without a password)"),
            new Sample("hdfc-newer", Layout.HDFC_NEWER, "hdfc", 202, RenderOptions.defaults(),
                    "HDFC newer layout: Page N of M, 0.00 placeholders, vertically centred narrations"),
            new Sample("sbi-debit-credit", Layout.GENERIC_DEBIT_CREDIT, "sbi", 303, RenderOptions.defaults(),
                    "generic layout with separate Debit and Credit columns (SBI-like)"),
            new Sample("axis-amount-drcr", Layout.GENERIC_AMOUNT_DRCR, "axis", 404, RenderOptions.defaults(),
                    "generic layout with one Amount column and Dr/Cr (Axis-like)"),
            new Sample("icici-serial-first", Layout.GENERIC_SERIAL_FIRST, "icici", 505, RenderOptions.defaults(),
                    "generic layout with S No. and value date first (ICICI-like)"),
            new Sample("hdfc-legacy-tampered", Layout.HDFC_LEGACY, "hdfc", 101, RenderOptions.bankLike(Layout.HDFC_LEGACY)
                    .tamper(Tampering.editedBalance(5)).tamper(Tampering.incrementalResave()),
                    "the hdfc-legacy sample with row 5's balance edited and re-saved by an online editor"));

    private SampleWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "docs/samples");
        Files.createDirectories(dir);
        StringBuilder index = new StringBuilder("# Sample statements\n\n")
                .append("Synthetic statements (no real person or account) written by `dev.passbook.testkit.samples.SampleWriter`;\n")
                .append("each PDF has a JSON file with exactly what a parser should read from it. Regenerate with\n")
                .append("`./mvnw -q -pl testkit -am install -DskipTests && ./mvnw -q -pl testkit exec:java`\n")
                .append("(output is reproducible). How the files are drawn: `docs/testkit.md`.\n\n")
                .append("| file | what it is |\n|---|---|\n");
        for (Sample sample : SAMPLES) {
            GeneratedStatement s = Seeded.sample(Statements.forLayout(sample.layout(), sample.bank(),
                    StatementShape.defaults().rows(18, 30).overdraft(0)), sample.seed());
            RenderedStatement r = StatementRenderer.renderWithTruth(s, sample.options());
            Files.write(dir.resolve(sample.name() + ".pdf"), r.pdf());
            Files.writeString(dir.resolve(sample.name() + ".json"), TruthJson.write(r.truth()), StandardCharsets.UTF_8);
            index.append("| `").append(sample.name()).append(".pdf` | ").append(sample.description()).append(" |\n");
            System.out.println("wrote " + dir.resolve(sample.name() + ".pdf") + " (" + r.pdf().length + " bytes)");
        }
        Files.writeString(dir.resolve("README.md"), index.toString(), StandardCharsets.UTF_8);
    }
}
