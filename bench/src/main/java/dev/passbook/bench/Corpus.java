package dev.passbook.bench;

import java.nio.file.Path;

/** Where the rendered statements live between the harness and its forked benchmark JVMs. */
final class Corpus {

    /** System property naming the directory; {@link Bench} passes it to every JVM it starts. */
    static final String DIR_PROPERTY = "passbook.bench.dir";

    private Corpus() {
    }

    static Path dir() {
        return Path.of(System.getProperty(DIR_PROPERTY, System.getProperty("java.io.tmpdir") + "/passbook-bench-corpus"));
    }
}
