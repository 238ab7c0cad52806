package dev.passbook.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The {@code passbook} command line: {@code serve}, {@code parse}, {@code check}, {@code redact}, {@code banks}, {@code org create}. */
@Command(name = "passbook", mixinStandardHelpOptions = true, version = "passbook 0.1.0",
        description = "Verified, structured data from Indian bank-statement PDFs.")
final class PassbookCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Read from the parse result by {@link Logging} before the command runs; declared here so every command takes it. */
    @CommandLine.Option(names = Logging.VERBOSE, scope = CommandLine.ScopeType.INHERIT,
            description = "Log Passbook's reasoning (DEBUG) and the libraries' warnings, PDFBox's included, on stderr. "
                    + "Without it a command logs only Passbook's own warnings and other libraries' errors.")
    boolean verbose;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * A bad option is one sentence and where to look, not the whole option list (serve's fills a
     * screen): {@code passbook serve: Unknown option: '--prot' (did you mean --port?); passbook serve --help lists the options}.
     */
    private static int badOption(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String name = cmd.getCommandSpec().qualifiedName();
        java.util.List<String> suggestions = e instanceof CommandLine.UnmatchedArgumentException unmatched
                ? unmatched.getSuggestions() : java.util.List.of();
        cmd.getErr().println(name + ": " + e.getMessage()
                + (suggestions.isEmpty() ? "" : " (did you mean " + String.join(" or ", suggestions) + "?)")
                + "; " + name + " --help lists the options.");
        cmd.getErr().flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, ParsePipeline pipeline) {
        return commandLine(out, err, () -> pipeline);
    }

    /** The full command tree writing to {@code out} and {@code err}, with {@code pipeline} behind {@code parse}; no terminal. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, java.util.function.Supplier<ParsePipeline> pipeline) {
        return commandLine(out, err, pipeline, Terminal.NONE);
    }

    /** As above, with a person possibly at {@code terminal} (summaries, password prompts). */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, java.util.function.Supplier<ParsePipeline> pipeline,
                                   Terminal terminal) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == ServeCommand.class) {
                    return type.cast(new ServeCommand(out, err));
                }
                if (type == ParseCommand.class) {
                    return type.cast(new ParseCommand(out, err, pipeline, terminal));
                }
                if (type == CheckCommand.class) {
                    return type.cast(new CheckCommand(out, err, pipeline));
                }
                if (type == RedactCommand.class) {
                    return type.cast(new RedactCommand(out, err, pipeline));
                }
                if (type == BanksCommand.class) {
                    return type.cast(new BanksCommand(out, pipeline));
                }
                if (type == OrgCreateCommand.class) {
                    return type.cast(new OrgCreateCommand(out, err));
                }
                return defaults.create(type);
            }
        };
        CommandLine cli = new CommandLine(new PassbookCommand(), factory)
                .addSubcommand("serve", ServeCommand.class)
                .addSubcommand("parse", ParseCommand.class)
                .addSubcommand("check", CheckCommand.class)
                .addSubcommand("redact", RedactCommand.class)
                .addSubcommand("banks", BanksCommand.class)
                .addSubcommand(new CommandLine(new OrgCommand(), factory).addSubcommand("create", OrgCreateCommand.class));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(PassbookCommand::badOption);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }
}
