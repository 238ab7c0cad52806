package dev.passbook.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code passbook org ...}: organisation administration. */
@Command(name = "org", mixinStandardHelpOptions = true, description = "Manage organisations and their API keys.")
final class OrgCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
