package dev.passbook.app;

import io.vavr.control.Option;
import picocli.CommandLine;

import java.nio.file.Path;

/** {@code --plugins DIR}: the folder of parser plugin jars {@code serve}, {@code parse} and {@code check} load ({@link Plugins}). */
final class PluginOptions {

    @CommandLine.Option(names = "--plugins", paramLabel = "DIR", defaultValue = "${env:PASSBOOK_PLUGINS}",
            description = "Folder of parser plugin jars to load besides the built-in parsers; a plugin that fails to load "
                    + "is logged and skipped (env PASSBOOK_PLUGINS; see docs/plugin-loading.md).")
    Path folder;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    Option<Path> folder() {
        if (folder != null && !java.nio.file.Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--plugins: " + folder + " is not a directory");
        }
        return Option.of(folder);
    }

    /** The injected pipeline, or one with the folder's plugins when a folder is given. */
    ParsePipeline pipeline(java.util.function.Supplier<ParsePipeline> injected) {
        Option<Path> given = folder();
        return given.isDefined() ? ParsePipeline.standard(given) : injected.get();
    }
}
