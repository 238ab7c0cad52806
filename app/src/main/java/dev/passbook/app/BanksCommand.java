package dev.passbook.app;

import dev.passbook.adapters.http.json.JsonCodec;
import dev.passbook.core.spi.CatalogueEntry;
import dev.passbook.core.spi.ParserRegistry;
import dev.passbook.core.spi.StatementParser;
import io.vavr.collection.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code passbook banks}: every bank the installed parsers read, with the id {@code --bank} takes,
 * the name, the IFSC prefix, and which parser reads it: the bank's own (dedicated) or a fallback
 * that reads tabular statements of any bank. The same list as {@code GET /bank-connect/v1/banks/catalogue/}.
 */
@Command(name = "banks", mixinStandardHelpOptions = true,
        description = "List the banks Passbook reads: the id to give --bank, the name, the IFSC prefix, and whether a "
                + "dedicated parser reads it or the generic one.")
final class BanksCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print the list as JSON.")
    boolean json;

    private final PrintWriter out;
    private final Supplier<ParsePipeline> pipeline;

    BanksCommand(PrintWriter out, Supplier<ParsePipeline> pipeline) {
        this.out = out;
        this.pipeline = pipeline;
    }

    @Override
    public Integer call() {
        ParserRegistry registry = pipeline.get().reading().registry();
        List<CatalogueEntry> banks = registry.catalogue();
        if (json) {
            java.util.List<Map<String, Object>> rows = banks.map(e -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("bank_name", e.bank().id());
                row.put("full_name", e.bank().fullName());
                row.put("ifsc_prefix", e.bank().ifscPrefix());
                row.put("dedicated_parser", e.dedicatedParser());
                row.put("parsers", parsers(registry, e).toJavaList());
                return row;
            }).toJavaList();
            out.println(new String(new JsonCodec().writePretty(Map.of("count", rows.size(), "banks", rows)), StandardCharsets.UTF_8));
        } else {
            int id = Math.max(4, banks.map(e -> e.bank().id().length()).max().getOrElse(0));
            int name = Math.max(4, banks.map(e -> e.bank().fullName().length()).max().getOrElse(0));
            String format = "%-" + id + "s  %-" + name + "s  %-4s  %s";
            out.println(String.format(format, "BANK", "NAME", "IFSC", "PARSER"));
            banks.forEach(e -> out.println(String.format(format, e.bank().id(), e.bank().fullName(), e.bank().ifscPrefix(),
                    (e.dedicatedParser() ? "dedicated: " : "generic: ") + parsers(registry, e).mkString(", "))));
            out.println();
            out.println(banks.size() + " banks, " + banks.count(CatalogueEntry::dedicatedParser) + " with a dedicated parser. "
                    + "Statements of other banks may still read with the generic parser; without --bank Passbook detects the bank.");
        }
        out.flush();
        return 0;
    }

    /** The ids of the parsers that read this bank, dedicated ones first. */
    private static List<String> parsers(ParserRegistry registry, CatalogueEntry entry) {
        return registry.parsers().filter(p -> p.banks().exists(b -> b.id().equals(entry.bank().id())))
                .sortBy(p -> p.dedicated() ? 0 : 1).map(StatementParser::id);
    }
}
