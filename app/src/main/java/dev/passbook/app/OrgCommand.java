package dev.passbook.app;

import picocli.CommandLine.Command;

/** {@code passbook org ...}: organisation administration. */
@Command(name = "org", mixinStandardHelpOptions = true, description = "Manage organisations and their API keys.")
final class OrgCommand {
}
