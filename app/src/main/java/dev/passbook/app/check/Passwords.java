package dev.passbook.app.check;

import io.vavr.control.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Passwords for {@code passbook check}: one for every file ({@code --password} or
 * {@code PASSBOOK_PDF_PASSWORD}) and per-file ones from a tab-separated file of file and password
 * ({@code --passwords}, such as the corpus {@code MANIFEST.tsv}: extra columns are ignored, the
 * password is the last column, a first line starting with {@code file} is a header). Relative paths
 * in that file are relative to its folder. A per-file password wins over the common one.
 */
public final class Passwords {

    private final Option<String> common;
    private final Map<Path, String> perFile;

    private Passwords(Option<String> common, Map<Path, String> perFile) {
        this.common = common;
        this.perFile = perFile;
    }

    public static Passwords none() {
        return new Passwords(Option.none(), Map.of());
    }

    public static Passwords common(Option<String> password) {
        return new Passwords(password.filter(p -> !p.isEmpty()), Map.of());
    }

    /** Adds the per-file passwords of {@code tsv}. */
    public Passwords withFile(Path tsv) throws IOException {
        Map<Path, String> map = new HashMap<>(perFile);
        Path base = tsv.toAbsolutePath().getParent();
        boolean first = true;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t", -1);
            boolean header = first && cols[0].strip().equalsIgnoreCase("file");
            first = false;
            if (header || cols.length < 2 || cols[0].isBlank() || cols[cols.length - 1].isEmpty()) {
                continue;
            }
            map.put(key(base.resolve(cols[0].strip())), cols[cols.length - 1]);
        }
        return new Passwords(common, Map.copyOf(map));
    }

    public Option<String> forFile(Path file) {
        return Option.of(perFile.get(key(file))).orElse(common);
    }

    private static Path key(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
