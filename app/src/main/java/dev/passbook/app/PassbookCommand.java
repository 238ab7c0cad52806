package dev.passbook.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The {@code passbook} command line: {@code serve}, {@code parse}, {@code check}, {@code redact}, {@code org create}. */
@Command(name = "passbook", mixinStandardHelpOptions = true, version = "passbook 0.1.0",
        description = "Verified, structured data from Indian bank-statement PDFs.")
final class PassbookCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, ParsePipeline pipeline) {
        return commandLine(out, err, () -> pipeline);
    }

    /** The full command tree writing to {@code out} and {@code err}, with {@code pipeline} behind {@code parse}. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, java.util.function.Supplier<ParsePipeline> pipeline) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == ServeCommand.class) {
                    return type.cast(new ServeCommand(out));
                }
                if (type == ParseCommand.class) {
                    return type.cast(new ParseCommand(out, err, pipeline));
                }
                if (type == CheckCommand.class) {
                    return type.cast(new CheckCommand(out, err, pipeline));
                }
                if (type == RedactCommand.class) {
                    return type.cast(new RedactCommand(out, err, pipeline));
                }
                if (type == OrgCreateCommand.class) {
                    return type.cast(new OrgCreateCommand(out));
                }
                return defaults.create(type);
            }
        };
        CommandLine cli = new CommandLine(new PassbookCommand(), factory)
                .addSubcommand("serve", ServeCommand.class)
                .addSubcommand("parse", ParseCommand.class)
                .addSubcommand("check", CheckCommand.class)
                .addSubcommand("redact", RedactCommand.class)
                .addSubcommand(new CommandLine(new OrgCommand(), factory).addSubcommand("create", OrgCreateCommand.class));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }
}
