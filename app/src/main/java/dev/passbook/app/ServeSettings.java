package dev.passbook.app;

import dev.passbook.adapters.http.HttpSettings;
import dev.passbook.adapters.http.fetch.FetchSettings;
import dev.passbook.adapters.persistence.DatabaseSettings;
import dev.passbook.analysis.AnalysisSettings;
import dev.passbook.app.reading.ReaderSettings;
import io.vavr.control.Option;

import java.nio.file.Path;

/** Everything {@code passbook serve} needs, from flags and the environment. */
record ServeSettings(HttpSettings http, DatabaseSettings database, Path dataDir, FetchSettings fetch,
                     String operatorName, Option<String> apiKey, AnalysisSettings analysis, ReaderSettings readers,
                     boolean isolatedReaders, Option<Path> plugins) {

    ServeSettings withApiKey(Option<String> key) {
        return new ServeSettings(http, database, dataDir, fetch, operatorName, key, analysis, readers, isolatedReaders,
                plugins);
    }

    /** The key is a secret: never printed with the settings. */
    @Override
    public String toString() {
        return "ServeSettings[http=" + http + ", database=" + database + ", dataDir=" + dataDir + ", fetch=" + fetch
                + ", operatorName=" + operatorName + ", apiKey=" + (apiKey.isDefined() ? "****" : "none")
                + ", readers=" + readers + ", isolatedReaders=" + isolatedReaders + "]";
    }
}
