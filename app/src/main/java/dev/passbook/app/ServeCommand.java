package dev.passbook.app;

import dev.passbook.adapters.http.AdmissionLimits;
import dev.passbook.adapters.http.HttpSettings;
import dev.passbook.adapters.http.fetch.FetchSettings;
import dev.passbook.analysis.AnalysisSettings;
import dev.passbook.app.reading.ReaderSettings;
import dev.passbook.core.application.AccessPolicy;
import io.vavr.collection.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;

/** {@code passbook serve}: the HTTP API on the embedded (or a configured) database. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the HTTP API. It listens on 0.0.0.0:8080 (every network interface) unless --host and --port "
                + "say otherwise; --host 127.0.0.1 keeps it to this machine.",
                "Every option can also be set with the environment variable named in its description."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:stopped", "1:could not start (one sentence on stderr says why and what to change)",
                "2:bad option"})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "${env:PASSBOOK_PORT:-8080}",
            description = "TCP port (env PASSBOOK_PORT, default 8080; 0 picks a free port).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "${env:PASSBOOK_HOST:-0.0.0.0}",
            description = "Address to listen on (env PASSBOOK_HOST, default 0.0.0.0).")
    String host;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--max-body-size", paramLabel = "SIZE", defaultValue = "${env:PASSBOOK_MAX_BODY_SIZE:-25MB}",
            converter = ByteSize.class,
            description = "Largest request body; larger ones get 413 FILE_TOO_LARGE (env PASSBOOK_MAX_BODY_SIZE, default 25MB). "
                    + "Also the largest file fetched from a file_url.")
    long maxBodySize;

    @Option(names = "--file-url-allow-list", paramLabel = "ENTRIES", split = ",",
            defaultValue = "${env:PASSBOOK_FILE_URL_ALLOW_LIST}",
            description = "Hosts, IP addresses or CIDR blocks a file_url may reach even though they are internal "
                    + "(comma separated; env PASSBOOK_FILE_URL_ALLOW_LIST; default none).")
    java.util.List<String> allowList;

    @Option(names = "--operator-name", paramLabel = "NAME", defaultValue = "${env:PASSBOOK_OPERATOR_NAME:-FinBox}",
            description = "Who the trial-expired message tells callers to ask (env PASSBOOK_OPERATOR_NAME, default FinBox).")
    String operatorName;

    @Option(names = "--analysis-settings", paramLabel = "FILE", defaultValue = "${env:PASSBOOK_ANALYSIS_SETTINGS}",
            description = "Properties file tuning the fraud analysis (keys analysis.*, see docs/analysis.md; "
                    + "env PASSBOOK_ANALYSIS_SETTINGS; default: built-in settings).")
    java.nio.file.Path analysisSettings;

    @Mixin
    ReadingOptions reading;

    @Mixin
    ConnectionOptions connections;

    @Mixin
    PluginOptions plugins;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    static final int COULD_NOT_START = 1;

    private final PrintWriter out;
    private final PrintWriter err;

    ServeCommand(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    ServeSettings settings() {
        List<String> allowed = allowList == null ? List.empty()
                : List.ofAll(allowList).map(String::strip).filter(s -> !s.isEmpty());
        ReaderSettings readers = reading.readerSettings();
        HttpSettings http = new HttpSettings(host, port, maxBodySize, connections.limits(),
                new AdmissionLimits(reading.uploads(), reading.uploadsPerKey(), readers.queueWait(),
                        AdmissionLimits.DEFAULT_RETRY_AFTER));
        return new ServeSettings(http, database.settings(), database.dataDir,
                FetchSettings.defaults().withAllowList(allowed).withMaxBytes(maxBodySize),
                operatorName == null || operatorName.isBlank() ? AccessPolicy.DEFAULT_OPERATOR : operatorName.strip(),
                io.vavr.control.Option.of(System.getenv("PASSBOOK_API_KEY")).filter(k -> !k.isBlank()),
                analysis(), readers, reading.isolation == ReadingOptions.Isolation.process, plugins.folder());
    }

    private AnalysisSettings analysis() {
        if (analysisSettings == null) {
            return AnalysisSettings.defaults();
        }
        return AnalysisSettings.fromFile(analysisSettings).getOrElseThrow(problem ->
                new picocli.CommandLine.ParameterException(spec.commandLine(), "--analysis-settings: " + problem));
    }

    @Override
    public Integer call() throws Exception {
        ServeSettings settings = settings();
        RunningService service;
        try {
            service = RunningService.start(settings, Clock.systemDefaultZone());
        } catch (RuntimeException e) {
            err.println("passbook serve: " + StartupFailure.sentence(e, settings) + ".");
            err.flush();
            return COULD_NOT_START;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "passbook-shutdown"));
        announce(service, settings);
        service.join();
        return 0;
    }

    private void announce(RunningService service, ServeSettings settings) {
        if (service.bootstrap() instanceof Bootstrap.Outcome.Generated generated) {
            out.println("================================================================================");
            out.println(" First start: created organisation '" + Bootstrap.DEFAULT_ORGANISATION_ID + "'. Its API key (shown once):");
            out.println();
            out.println("   " + generated.apiKey());
            out.println();
            out.println(" Send it in the x-api-key header. Only its hash is stored; keep it now.");
            out.println("================================================================================");
        } else if (service.bootstrap() instanceof Bootstrap.Outcome.Configured) {
            out.println("Using the API key from PASSBOOK_API_KEY for organisation '" + Bootstrap.DEFAULT_ORGANISATION_ID + "'.");
        }
        out.println("Passbook listening on http://" + settings.http().host() + ":" + service.port()
                + " (database " + settings.database().jdbcUrl().replaceAll("(?i)(password=)[^&;]*", "$1****") + ")");
        out.println("Reads statements of " + service.useCases().registry().catalogue().size()
                + " banks (GET /bank-connect/v1/banks/catalogue/ lists them) with " + settings.readers().processes()
                + (settings.isolatedReaders() ? " reader processes of " + settings.readers().heapBytes() / (1024 * 1024)
                        + " MB heap" : " in-process readers") + ", " + settings.readers().timeBudget().toSeconds()
                + " s each.");
        out.flush();
    }
}
