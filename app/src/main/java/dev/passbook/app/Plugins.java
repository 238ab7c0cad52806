package dev.passbook.app;

import dev.passbook.core.spi.ParserRegistry;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The parsers {@code serve}, {@code parse} and {@code check} run with: every provider built in, plus
 * those of the plugin jars in a folder ({@code --plugins DIR} or {@code PASSBOOK_PLUGINS}), found with
 * {@link java.util.ServiceLoader} through a class loader over the folder's {@code *.jar} files (in name
 * order, Passbook's own classes as the parent, so a plugin sees core, parser-kit and vavr). The registry's
 * rules apply to them as to the built-in ones: a provider that fails to load, was built for another SPI
 * version or takes an id already taken is logged and skipped. One parser can be forced with
 * {@code -D}{@value #FORCE_PROPERTY}{@code =<id>} (the core reads no system property; the choice is made
 * here, at wiring time).
 */
final class Plugins {

    static final String FORCE_PROPERTY = "passbook.parser";
    private static final Logger LOG = LoggerFactory.getLogger(Plugins.class);

    private Plugins() {
    }

    static ParserRegistry registry(Option<Path> folder) {
        ParserRegistry registry = ParserRegistry.load(loader(folder));
        return Option.of(System.getProperty(FORCE_PROPERTY)).filter(id -> !id.isBlank())
                .map(registry::forcing).getOrElse(registry);
    }

    /**
     * Passbook's class loader, or one over the folder's jars with it as the parent. The loader is never
     * closed: the parsers it loaded serve until the process ends.
     *
     * @throws IllegalArgumentException when the folder is not a readable directory
     */
    static ClassLoader loader(Option<Path> folder) {
        ClassLoader own = Plugins.class.getClassLoader();
        if (folder.isEmpty()) {
            return own;
        }
        Path dir = folder.get();
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("the plugin folder " + dir + " is not a directory");
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(dir)) {
            jars = List.ofAll(files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f))
                    .sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the plugin folder " + dir, e);
        }
        LOG.info("Plugin folder {}: {} jar(s) {}", dir, jars.size(),
                jars.map(j -> j.getFileName().toString()).mkString(", "));
        return new URLClassLoader("passbook-plugins", jars.map(Plugins::url).toJavaArray(URL[]::new), own);
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a file path: " + jar, e);
        }
    }
}
