package dev.passbook.bench;

import java.nio.file.Path;
import java.util.function.Consumer;

/** Uploads per second and latency of {@code passbook serve} over loopback HTTP. */
final class ServiceBench {

    private ServiceBench() {
    }

    static void run(Consumer<String> line, boolean full, Path corpus, String pgUrl) {
        throw new IllegalStateException("the HTTP service (app/target/passbook.jar serve) is not available yet");
    }
}
