package dev.passbook.app;

import dev.passbook.adapters.persistence.Database;
import dev.passbook.adapters.persistence.DatabaseSettings;
import dev.passbook.core.domain.AccountCategory;
import dev.passbook.core.domain.Organisation;
import dev.passbook.core.domain.ApiKeys;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * {@code passbook org create}: adds an organisation and prints its new API key (shown once). With
 * the embedded database held by a running {@code passbook serve}, the organisation goes through that
 * service's {@link AdminSocket}; otherwise straight into the database.
 */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = {"Add an organisation and print its API key.",
                "Works while passbook serve runs on the same --data-dir: the service registers it."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:created", "1:the database could not be opened or the service refused (the sentence says why)",
                "2:bad option"})
final class OrgCreateCommand implements Callable<Integer> {

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Organisation name.")
    String name;

    @Option(names = "--trial-end", paramLabel = "YYYY-MM-DD",
            description = "Last day of the trial; later requests get 402 TRIAL_PERIOD_EXPIRED (default: no trial).")
    String trialEnd;

    @Option(names = "--categories", paramLabel = "LIST", split = ",", defaultValue = "individual,corporate",
            description = "Account categories accepted (individual, corporate; default both).")
    java.util.List<String> categories;

    @Option(names = "--session-flow", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Whether the session and upload routes are enabled (default true; --no-session-flow disables).")
    boolean sessionFlow;

    @Mixin
    DatabaseOptions database;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final PrintWriter out;
    private final PrintWriter err;

    OrgCreateCommand(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        Organisation org = new Organisation(UUID.randomUUID().toString(), name.strip(), trial(), sessionFlow, categories());
        if (database.settings().isH2()) {
            Files.createDirectories(database.dataDir);
        }
        String key = ApiKeys.generate();
        DatabaseSettings settings = database.settings();
        boolean viaService = false;
        io.vavr.control.Either<String, String> service = settings.isH2()
                ? AdminSocket.register(database.dataDir, org, key) : io.vavr.control.Either.left("not embedded");
        if (service.isRight()) {
            if (!service.get().equals("ok")) {
                return failed("the running service refused the organisation (" + service.get() + ")");
            }
            viaService = true;
        } else {
            try (Connection probe = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password())) {
                // reachable and not held by another process; the pool below opens it for good
            } catch (SQLException e) {
                return failed(e.getErrorCode() == StartupFailure.H2_DATABASE_ALREADY_OPEN
                        ? "the database in " + database.dataDir + " is in use by a process that takes no organisations "
                        + "(a passbook serve of an older version, or one whose data directory path is too long for its "
                        + "admin socket: see its log); stop it and run this command again"
                        : StartupFailure.database(e, settings, database.dataDir.toString()));
            }
            try (Database db = Database.open(settings)) {
                db.organisations().register(org, key);
            }
        }
        out.println("organisation_id: " + org.id());
        out.println("name: " + org.name());
        out.println("trial_ends_on: " + org.trialEndsOn().map(LocalDate::toString).getOrElse("none"));
        out.println("account_categories: " + org.allowedCategories().map(AccountCategory::wire).toSortedSet().mkString(","));
        out.println("session_flow: " + org.sessionFlowEnabled());
        out.println("api_key: " + key);
        out.println("(the key is shown once; only its hash is stored" + (viaService
                ? "; registered through the passbook serve running on " + database.dataDir : "") + ")");
        out.flush();
        return 0;
    }

    private int failed(String sentence) {
        err.println("passbook org create: " + sentence + ".");
        err.flush();
        return 1;
    }

    private io.vavr.control.Option<LocalDate> trial() {
        if (trialEnd == null || trialEnd.isBlank()) {
            return io.vavr.control.Option.none();
        }
        try {
            return io.vavr.control.Option.some(LocalDate.parse(trialEnd.strip()));
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--trial-end must be YYYY-MM-DD: " + trialEnd);
        }
    }

    private Set<AccountCategory> categories() {
        List<String> given = List.ofAll(categories).map(String::strip).filter(s -> !s.isEmpty());
        List<String> unknown = given.filter(c -> AccountCategory.fromWire(c).isEmpty());
        if (!unknown.isEmpty() || given.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--categories must list individual and/or corporate, got: " + String.join(",", categories));
        }
        return HashSet.ofAll(given.flatMap(AccountCategory::fromWire));
    }
}
