package dev.passbook.adapters.persistence;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The repository suite on the embedded default: an H2 file database in a temporary directory. */
class H2RepositoryTest extends RepositoryContract {

    @TempDir
    Path dataDirectory;

    @Override
    protected DatabaseSettings freshDatabase() {
        return DatabaseSettings.embedded(dataDirectory);
    }
}
