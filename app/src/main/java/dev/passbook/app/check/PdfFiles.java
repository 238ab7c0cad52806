package dev.passbook.app.check;

import io.vavr.collection.List;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The files {@code passbook check} reads: each file argument as given, and every {@code *.pdf} (any
 * case) under each folder argument, searched recursively, in path order.
 */
final class PdfFiles {

    private PdfFiles() {
    }

    static List<Path> under(java.util.List<Path> arguments) throws IOException {
        List<Path> out = List.empty();
        for (Path arg : arguments) {
            if (Files.isDirectory(arg)) {
                try (Stream<Path> walk = Files.walk(arg)) {
                    out = out.appendAll(walk.filter(Files::isRegularFile)
                            .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
                            .sorted().toList());
                }
            } else if (Files.isRegularFile(arg)) {
                out = out.append(arg);
            } else {
                throw new IOException("no such file or folder: " + arg);
            }
        }
        return out.distinct();
    }
}
